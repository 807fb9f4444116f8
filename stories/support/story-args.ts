/*
 * Shared by the component stories: argTypes read from the custom-elements manifest (so a
 * control's description, type and default are the ones written in the component's JSDoc), a
 * directive that turns a story's args into the element's attributes, and the ids, labels and
 * caption over invented figures that several stories use. Plain Lit and plain data: importable
 * by the browser tests as well as by Storybook (only types come from Storybook).
 */
import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { ArgTypes } from '@storybook/web-components-vite';
import { elementDeclaration, propertiesOnly } from './manifest.js';

export { HEADLINE_INDICATORS, OTHER_INDICATORS } from './indicator-ids.js';

/** Attribute values a story passes; `undefined`, `null`, `false` and `''` leave the attribute off. */
export type AttributeValue = string | number | boolean | null | undefined;

/** Shown on every story whose figure is invented, and used as that figure's `source`. */
export const ILLUSTRATIVE = {
  en: 'Illustrative figure for this demo, not an official statistic',
  zh: '示例数据，为演示虚构，并非官方统计',
} as const;

/** A small caption over stories whose figure is invented, so nobody quotes it. */
export const illustrativeNote = (text: string): TemplateResult =>
  html`<p style="margin: 0 0 0.75rem; font: 600 0.875rem/1.4 system-ui, sans-serif; color: #8a4b00">⚠ ${text}</p>`;

type Overrides = Record<string, Partial<ArgTypes[string]>>;

/** A control for a manifest type text, where the type alone says which one fits. */
function controlFor(type: string | undefined): ArgTypes[string]['control'] {
  if (!type) return 'text';
  const parts = type.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  if (parts.length === 1 && parts[0] === 'boolean') return 'boolean';
  if (parts.length === 1 && parts[0] === 'number') return 'number';
  const literals = parts.map((p) => /^'([^']*)'$/.exec(p)?.[1]);
  if (literals.every((l) => l !== undefined)) return { type: 'select' };
  return 'text';
}

/**
 * argTypes for every attribute, JavaScript-only property, CSS custom property and part of
 * `tag`, read from `custom-elements.json`. Attributes are keyed by attribute name (args become
 * attributes one to one, see `attributes()`); `overrides` adds options or a better control.
 * An attribute added to a component later gets a control from its type without a change here.
 */
export function manifestArgTypes(tag: string, overrides: Overrides = {}): ArgTypes {
  const decl = elementDeclaration(tag);
  if (!decl) throw new Error(`${tag} is not in custom-elements.json: run npm run manifest`);
  const argTypes: ArgTypes = {};
  for (const a of decl.attributes ?? []) {
    argTypes[a.name] = {
      name: a.name,
      description: a.description,
      control: controlFor(a.type?.text),
      table: {
        category: 'attributes',
        type: { summary: a.type?.text ?? 'string' },
        ...(a.default !== undefined ? { defaultValue: { summary: a.default } } : {}),
      },
    };
  }
  for (const p of propertiesOnly(decl)) {
    argTypes[p.name] = {
      name: p.name,
      description: p.description,
      // Getters (`summary`, `status`) are read, not set: listed without a control.
      control: p.readonly ? false : 'object',
      table: { category: p.readonly ? 'read-only properties' : 'properties', type: { summary: p.type?.text ?? '' } },
    };
  }
  for (const c of decl.cssProperties ?? []) {
    argTypes[c.name] = {
      name: c.name,
      description: c.description,
      control: false,
      table: { category: 'css custom properties', ...(c.default ? { defaultValue: { summary: c.default } } : {}) },
    };
  }
  for (const part of decl.cssParts ?? []) {
    // Keyed apart from attributes and properties: a part may share a name with either (`status`).
    argTypes[`part:${part.name}`] = {
      name: `::part(${part.name})`,
      description: part.description,
      control: false,
      table: { category: 'css shadow parts' },
    };
  }
  for (const [name, override] of Object.entries(overrides)) {
    const base = argTypes[name] ?? { name };
    argTypes[name] = { ...base, ...override, table: { ...base.table, ...override.table } };
  }
  return argTypes;
}

/** Attribute names of `tag`, from the manifest. */
export function attributeNames(tag: string): string[] {
  return (elementDeclaration(tag)?.attributes ?? []).map((a) => a.name);
}

/** The args among `args` that are attributes of `tag`. */
export function attributeArgs(tag: string, args: Record<string, unknown>): Record<string, AttributeValue> {
  const names = new Set(attributeNames(tag));
  return Object.fromEntries(Object.entries(args).filter(([k]) => names.has(k))) as Record<string, AttributeValue>;
}

/**
 * Sets the given attributes on its element and removes the ones a previous render set and this
 * one does not, so that clearing a control removes the attribute. `true` sets a boolean
 * attribute; `undefined`, `null`, `false` and `''` leave it off. Lit templates cannot bind an
 * attribute whose name is only known at run time; this lets the stories pass every attribute
 * the manifest lists, including ones added after the stories were written.
 */
class AttributesDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() must be used on an element');
  }

  render(_attributes: Record<string, AttributeValue>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [attributes]: [Record<string, AttributeValue>]): unknown {
    const element = part.element;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || value === false || value === '') continue;
      element.setAttribute(name, value === true ? '' : String(value));
      next.add(name);
    }
    for (const name of this.applied) if (!next.has(name)) element.removeAttribute(name);
    this.applied = next;
    return noChange;
  }
}

export const attributes = directive(AttributesDirective);
