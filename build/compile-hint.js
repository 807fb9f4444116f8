/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a comment). The script
 * files' widgets run nearly every function of their file to draw, so V8 compiles them all on a
 * background thread while the file streams in, rather than one at a time on the main thread
 * as each is first called. The price is bytecode for the few functions a page never calls
 * (downloads, errors): about 0.1–0.2 MB of heap for the first chart. It must be the file's
 * first line.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
