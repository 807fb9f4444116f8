// build/framework-types.js and build/manifest.config.js: the typings cover every tag the
// manifest lists (a new widget needs no edit), an event with no known detail type stops the
// build, and the shipped manifest names only what the package ships. That the typings
// type-check in real React, Vue and Svelte apps is test/interop/'s job.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { frameworkTypes } from '../../build/framework-types.js';
import { SHIPPED_MODULE, shippedManifest } from '../../build/manifest.config.js';

/** A manifest shaped as the analyzer writes it: element classes in source modules, plus defineOnce's false definition. */
function analyzerManifest(tags) {
  return {
    schemaVersion: '2.1.0',
    modules: [
      {
        kind: 'javascript-module',
        path: 'src/index.ts',
        exports: tags.map((tag) => ({ kind: 'js', name: className(tag), declaration: { name: className(tag), module: `./components/${tag}.js` } })),
      },
      {
        kind: 'javascript-module',
        path: 'src/internal/define.ts',
        exports: [{ kind: 'custom-element-definition', name: 'tag', declaration: { name: 'element', module: 'src/internal/define.ts' } }],
      },
      ...tags.map((tag) => ({
        kind: 'javascript-module',
        path: `src/components/${tag}.ts`,
        declarations: [
          {
            kind: 'class',
            name: className(tag),
            tagName: tag,
            customElement: true,
            superclass: { name: 'EcElement', module: '/src/internal/ec-element.js' },
            attributes: [
              { name: 'indicator', fieldName: 'indicator', type: { text: 'string' } },
              { name: 'hide-menu', fieldName: 'hideMenu', type: { text: 'boolean' }, inheritedFrom: { name: 'EcElement', module: 'src/internal/ec-element.ts' } },
            ],
            members: [
              { kind: 'field', name: 'indicator', privacy: 'public', attribute: 'indicator' },
              { kind: 'field', name: 'hideMenu', privacy: 'public', attribute: 'hide-menu' },
              { kind: 'field', name: 'rows', privacy: 'public', description: 'Set as a property only.' },
              { kind: 'field', name: 'view', privacy: 'private' },
              { kind: 'field', name: 'summary', readonly: true },
              { kind: 'field', name: 'styles', static: true },
              { kind: 'method', name: 'render' },
            ],
            events: [{ name: 'ec-export', type: { text: 'CustomEvent' } }],
          },
        ],
        exports: [{ kind: 'custom-element-definition', name: tag, declaration: { name: className(tag), module: `src/components/${tag}.ts` } }],
      })),
    ],
  };
}
const className = (tag) => tag.replace(/(^|-)(\w)/g, (_, _d, c) => c.toUpperCase());

describe('frameworkTypes(manifest)', () => {
  const files = frameworkTypes(shippedManifest(analyzerManifest(['ec-indicator', 'ec-target-gauge', 'ec-new-widget'])));

  it('types every tag for React, Vue and Svelte, a tag added later included', () => {
    for (const tag of ['ec-indicator', 'ec-target-gauge', 'ec-new-widget']) {
      assert.match(files['types/react.d.ts'], new RegExp(`'${tag}': Base<HTMLElementTagNameMap\\['${tag}'\\]`));
      assert.match(files['types/vue.d.ts'], new RegExp(`'${tag}': DefineComponent<`));
      assert.match(files['types/svelte.d.ts'], new RegExp(`'${tag}': Omit<HTMLAttributes<HTMLElementTagNameMap\\['${tag}'\\]>`));
    }
  });

  it("takes each value's type from the element class, and leaves out private, static and read-only members", () => {
    const elements = files['types/elements.d.ts'];
    assert.match(elements, /rows\?: HTMLElementTagNameMap\['ec-new-widget'\]\['rows'\];/);
    assert.match(elements, /'hide-menu'\?: AttributeValue<HTMLElementTagNameMap\['ec-new-widget'\]\['hideMenu'\]>;/);
    assert.doesNotMatch(elements, /\bview\?|\bsummary\?|\bstyles\?|\brender\?/);
  });

  it('listens through the name each framework gives an event handler', () => {
    assert.match(files['types/react.d.ts'], /'onec-export'\?: \(event: EcIndicatorEvents\['ec-export'\]\) => void/);
    assert.match(files['types/svelte.d.ts'], /'onec-export'\?: \(event: EcIndicatorEvents\['ec-export'\]\) => void/);
    assert.match(files['types/vue.d.ts'], /onEcExport\?: \(event: EcIndicatorEvents\['ec-export'\]\) => void/);
  });

  it("puts ec-export in the DOM's event map with its detail type", () => {
    assert.match(files['types/index.d.ts'], /interface HTMLElementEventMap \{[^}]*'ec-export': CustomEvent<ExportEventDetail>;/);
    assert.match(files['types/index.d.ts'], /^export \* from '\.\/src\/index\.js';$/m);
  });

  it('takes a detail type the manifest gives (CustomEvent<T>) over its own table', () => {
    const manifest = analyzerManifest(['ec-indicator']);
    manifest.modules.at(-1).declarations[0].events = [{ name: 'ec-select', type: { text: 'CustomEvent<SelectDetail>' } }];
    assert.match(frameworkTypes(manifest)['types/index.d.ts'], /'ec-select': CustomEvent<SelectDetail>;/);
  });

  it('stops the build on an event with no known detail type, naming it', () => {
    const manifest = analyzerManifest(['ec-indicator']);
    manifest.modules.at(-1).declarations[0].events = [{ name: 'ec-mystery', type: { text: 'CustomEvent' } }];
    assert.throws(() => frameworkTypes(manifest), /<ec-indicator> fires 'ec-mystery' with no detail type/);
  });

  it('stops the build on a manifest with no custom element', () => {
    assert.throws(() => frameworkTypes({ modules: [] }), /lists no custom element/);
  });
});

describe('shippedManifest(manifest)', () => {
  const shipped = shippedManifest(analyzerManifest(['ec-indicator', 'ec-target-gauge']));
  const text = JSON.stringify(shipped);

  it('holds every element in the one module the package ships', () => {
    assert.deepEqual(shipped.modules.map((module) => module.path), [SHIPPED_MODULE]);
    assert.deepEqual(shipped.modules[0].declarations.map((d) => d.tagName), ['ec-indicator', 'ec-target-gauge']);
  });

  it('names no source path, and keeps references by name', () => {
    assert.doesNotMatch(text, /src\//);
    assert.deepEqual(shipped.modules[0].declarations[0].superclass, { name: 'EcElement' });
  });

  it("drops defineOnce's parameter, which the analyzer takes for a tag called 'tag'", () => {
    const definitions = shipped.modules[0].exports.filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name);
    assert.deepEqual(definitions, ['ec-indicator', 'ec-target-gauge']);
  });

  it('exports by name only the classes the package entry exports', () => {
    const manifest = analyzerManifest(['ec-indicator', 'ec-target-gauge']);
    manifest.modules[0].exports = manifest.modules[0].exports.slice(0, 1);
    const names = shippedManifest(manifest).modules[0].exports.filter((entry) => entry.kind === 'js').map((entry) => entry.name);
    assert.deepEqual(names, ['EcIndicator']);
  });
});
