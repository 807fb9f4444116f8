// custom-elements-manifest analyzer config (`npm run manifest`). The analyzer reads every
// source module, so that inherited members are resolved; the manifest that ships describes
// what ships: one module, the ES build that defines the tags, holding every custom element.
// Source paths (src/*.ts, not in the package) and defineOnce's parameter, which the analyzer
// takes for a tag called `tag`, are left out.
export const SHIPPED_MODULE = 'dist/ec-widgets.js';

/** The manifest's custom elements, in one module at the path the package ships. */
export function shippedManifest(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  const tags = new Set(elements.map((element) => element.tagName));
  const bogus = manifest.modules
    .flatMap((module) => module.exports ?? [])
    .filter((entry) => entry.kind === 'custom-element-definition' && !tags.has(entry.name));
  if (bogus.some((entry) => entry.name !== 'tag')) {
    console.warn(`manifest: definitions with no element class left out: ${bogus.map((entry) => entry.name).join(', ')}`);
  }
  // Classes the package's entry exports by name (the rest are reachable only by tag).
  const exported = new Set(
    (manifest.modules.find((module) => module.path === 'src/index.ts')?.exports ?? []).map((entry) => entry.name),
  );
  const shipped = JSON.parse(JSON.stringify(elements), (key, value) =>
    // References into source modules (inheritedFrom, superclass) keep their name only.
    key === 'module' && typeof value === 'string' && /^\/?src\//.test(value) ? undefined : value,
  );
  return {
    ...manifest,
    modules: [
      {
        kind: 'javascript-module',
        path: SHIPPED_MODULE,
        declarations: shipped,
        exports: [
          ...shipped.filter((element) => exported.has(element.name)).map((element) => ({ kind: 'js', name: element.name, declaration: { name: element.name, module: SHIPPED_MODULE } })),
          ...shipped.map((element) => ({ kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: SHIPPED_MODULE } })),
        ],
      },
    ],
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'ec-shipped-module',
      packageLinkPhase({ customElementsManifest }) {
        const shipped = shippedManifest(customElementsManifest);
        customElementsManifest.modules = shipped.modules;
      },
    },
  ],
};
