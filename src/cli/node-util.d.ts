/**
 * The part of `node:util` the command uses. The library's tsconfig carries no Node types (the
 * widgets run in browsers), so the one function is declared here, as Node documents it.
 */
declare module 'node:util' {
  interface ParseArgsOption {
    type: 'string' | 'boolean';
    short?: string;
    multiple?: boolean;
  }
  type ParseArgsToken =
    | { kind: 'option'; index: number; name: string; rawName: string; value: string | undefined; inlineValue: boolean | undefined }
    | { kind: 'positional'; index: number; value: string }
    | { kind: 'option-terminator'; index: number };
  export function parseArgs(config: {
    args: string[];
    options: Record<string, ParseArgsOption>;
    allowPositionals?: boolean;
    strict?: boolean;
    tokens?: boolean;
  }): { values: Record<string, string | boolean | undefined>; positionals: string[]; tokens?: ParseArgsToken[] };
}
