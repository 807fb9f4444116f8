/*
 * Reading the custom-elements manifest (`custom-elements.json`, generated from the
 * components' JSDoc by `npm run manifest`) for the docs pages, so that attributes,
 * properties, events, parts and CSS custom properties are written once, in the source.
 * Only the parts of schema 2.x the docs use are typed.
 */
import raw from '../../custom-elements.json';

interface TypeRef {
  text: string;
}

export interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: TypeRef;
  default?: string;
  description?: string;
  inheritedFrom?: { name: string };
}

export interface ManifestMember {
  kind: 'field' | 'method';
  name: string;
  type?: TypeRef;
  default?: string;
  description?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}

export interface ManifestNamed {
  name: string;
  description?: string;
  default?: string;
  syntax?: string;
  type?: TypeRef;
}

export interface ManifestClass {
  kind: 'class';
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestNamed[];
  slots?: ManifestNamed[];
  cssParts?: ManifestNamed[];
  cssProperties?: ManifestNamed[];
}

interface Manifest {
  schemaVersion: string;
  modules: Array<{ path: string; declarations?: Array<{ kind: string; name: string }> }>;
}

const manifest = raw as unknown as Manifest;

const classes: ManifestClass[] = manifest.modules.flatMap(
  (m) => (m.declarations ?? []).filter((d): d is ManifestClass => d.kind === 'class'),
);

/** `ec-target-gauge` → `EcTargetGauge`. */
const className = (tag: string) => tag.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/**
 * The manifest's declaration of a tag. The analyzer records `tagName` for
 * `customElements.define`, `@customElement` and a JSDoc `@tag`; a class registered through a
 * helper (`defineOnce`) without `@tag` has none, and is found by its class name instead.
 */
export function elementDeclaration(tag: string): ManifestClass | undefined {
  return classes.find((c) => c.tagName === tag) ?? classes.find((c) => c.name === className(tag));
}

/** Public instance fields with no attribute: set from JavaScript only (arrays, objects). */
export function propertiesOnly(decl: ManifestClass): ManifestMember[] {
  return (decl.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.attribute && !m.name.startsWith('_'),
  );
}

/** Every `--ec-*` property documented with `@cssprop` on any element, by name (first description wins). */
export function documentedCssProperties(): ReadonlyMap<string, ManifestNamed> {
  const map = new Map<string, ManifestNamed>();
  for (const c of classes) for (const p of c.cssProperties ?? []) if (!map.has(p.name)) map.set(p.name, p);
  return map;
}
