import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
// Defines every ec-* tag.
import '../src/index.js';
import { listDocuments } from '../src/index.js';
import { SCORECARD_INPUTS } from '../src/view/scorecard-view.js';
import { docOf } from '../src/view/input-docs.js';
import type { ArgTypes } from '@storybook/web-components-vite';
import { attributes, manifestArgTypes, type AttributeValue } from './support/story-args.js';

/** Args are the element's attributes by name. */
type Args = {
  document?: string;
  indicators?: string;
  lang?: string;
  theme?: string;
  loading?: string;
  'target-year'?: number | string;
  'as-of'?: string;
  compact?: boolean;
  /** Any attribute the manifest lists that this type does not name yet. */
  [attribute: string]: unknown;
};

const TAG = 'ec-plan-scorecard';

/** The attributes the element takes, from its declared inputs (the one table the docs, CLI and embed page read). */
const ATTRIBUTES = SCORECARD_INPUTS.filter((s) => s.surfaces.includes('element') && s.attribute).map((s) => s.attribute!);

/** A control per attribute, described by the input's own doc line. */
const inputArgTypes: ArgTypes = Object.fromEntries(
  SCORECARD_INPUTS.filter((s) => s.surfaces.includes('element') && s.attribute).map((s) => [
    s.attribute!,
    {
      name: s.attribute!,
      description: docOf('scorecard', s),
      control: s.type === 'boolean' ? 'boolean' : s.type === 'enum' ? { type: 'select' } : s.type === 'year' || s.type === 'number' ? 'number' : 'text',
      ...(s.values ? { options: [...s.values] } : {}),
      table: { category: 'attributes', ...(s.default !== undefined ? { defaultValue: { summary: String(s.default) } } : {}) },
    },
  ]),
);

/** The element alone, every attribute from args; what "Show code" prints. */
function renderScorecard(args: Args): TemplateResult {
  const given = Object.fromEntries(Object.entries(args).filter(([k]) => ATTRIBUTES.includes(k))) as Record<string, AttributeValue>;
  return html`<ec-plan-scorecard ${attributes(given)}></ec-plan-scorecard>`;
}

/** The element in a column `width` px wide, outlined, as on a phone or in a sidebar. */
const inColumn = (width: number) => (args: Args) =>
  html`<div style="width: ${width}px; outline: 1px dashed #8c959f; outline-offset: 4px">${renderScorecard(args)}</div>`;

/**
 * A plan's quantified targets and their verdicts in one table, with the count of targets met.
 * Every control is an attribute of the element (read from `custom-elements.json`). Verdicts
 * are the data API's `progress()`. All stories set `loading="eager"` so they draw at once.
 */
const meta: Meta<Args> = {
  title: 'Components/ec-plan-scorecard',
  args: { document: 'plan-14th', lang: 'zh-CN', loading: 'eager' },
  argTypes: manifestArgTypes(TAG, {
    ...inputArgTypes,
    document: { ...inputArgTypes.document, control: 'select', options: listDocuments().filter((d) => d.kind === 'plan').map((d) => d.id) },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    loading: { control: 'inline-radio', options: ['eager', 'lazy'] },
    'target-year': { control: { type: 'number', min: 2011, max: 2035, step: 1 } },
    indicators: { control: 'text' },
  }),
  parameters: {
    docs: {
      description: {
        component:
          "A plan's targets, their verdicts and the count of targets met, as one table. " +
          'The attribute, property, part and custom-property tables below are read from the JSDoc of the class through `custom-elements.json`.',
      },
    },
  },
  render: (args) => renderScorecard(args),
};
export default meta;

type Story = StoryObj<Args>;

// ------------------------------------------------------------ each plan, both languages

/** The 14th plan's main-indicator table (主要指标), in Chinese. */
export const Plan14th: Story = { name: '14th plan (zh-CN)', args: { document: 'plan-14th', lang: 'zh-CN' } };

/** The 14th plan in English. */
export const Plan14thEnglish: Story = { name: '14th plan (en)', args: { document: 'plan-14th', lang: 'en' } };

/** The 13th plan: every target it sets for 2020. */
export const Plan13th: Story = { name: '13th plan (zh-CN)', args: { document: 'plan-13th', lang: 'zh-CN' } };

/** The 13th plan in English. */
export const Plan13thEnglish: Story = { name: '13th plan (en)', args: { document: 'plan-13th', lang: 'en' } };

/** The 12th plan's eight targets for 2015. */
export const Plan12th: Story = { name: '12th plan (zh-CN)', args: { document: 'plan-12th', lang: 'zh-CN' } };

/** The 12th plan in English. */
export const Plan12thEnglish: Story = { name: '12th plan (en)', args: { document: 'plan-12th', lang: 'en' } };

/** MOFCOM's 2013 measures and their 2015 targets. */
export const Mofcom2013: Story = { name: 'MOFCOM 2013 measures (en)', args: { document: 'mofcom-2013', lang: 'en' } };

// ------------------------------------------------------------ attributes and context

/** `indicators` chooses the rows and their order. */
export const ChosenRows: Story = {
  name: 'Chosen rows',
  args: { document: 'plan-14th', lang: 'en', indicators: 'online-retail-sales, cross-border-ecommerce-transactions, ecommerce-transactions' },
};

/** `compact`: the headline and one pill per target. */
export const Compact: Story = { name: 'Compact', args: { document: 'plan-13th', lang: 'en', compact: true } };

/** Compact, in Chinese. */
export const CompactChinese: Story = { name: 'Compact (zh-CN)', args: { document: 'plan-14th', lang: 'zh-CN', compact: true } };

/** A 320 px column: one card per target, still a table to assistive technology. */
export const Narrow: Story = { name: 'Narrow (320 px)', args: { document: 'plan-14th', lang: 'zh-CN' }, render: inColumn(320) };

/** The narrowest column the widget promises: 280 px, nothing cut. */
export const Narrowest: Story = { name: 'Narrowest (280 px, en)', args: { document: 'plan-13th', lang: 'en' }, render: inColumn(280) };

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  name: 'Dark theme',
  args: { document: 'plan-13th', lang: 'en', theme: 'dark' },
  render: (args) => html`<div style="background: #0d1117; padding: 1rem; border-radius: 8px">${renderScorecard(args)}</div>`,
};

/** A portal's brand colours, set once on a container: the widget reads the tokens where it uses them. */
export const Themed: Story = {
  name: 'Tokens from a container',
  args: { document: 'plan-13th', lang: 'zh-CN' },
  render: (args) =>
    html`<div style="--ec-color-actual: #8a1538; --ec-color-target: #0b5cad; --ec-font-size: 15px">${renderScorecard(args)}</div>`,
};

/** `as-of`: the 14th plan's table as the data stood at the end of 2021, before any release on its period. */
export const AsOf2021: Story = { name: 'As of 2021-12-31 (en)', args: { document: 'plan-14th', lang: 'en', 'as-of': '2021-12-31' } };

// ------------------------------------------------------------ every error state

/** An unknown document: the message lists the known ones. */
export const UnknownDocument: Story = { name: 'Error: unknown document', args: { document: 'plan-15th', lang: 'en' } };

/** No document given. */
export const MissingDocument: Story = { name: 'Error: no document', args: { document: '', lang: 'zh-CN' } };

/** A document that sets no quantified targets says so. */
export const NoTargets: Story = { name: 'Error: document without targets', args: { document: 'state-council-2015', lang: 'en' } };

/** A target year the document sets no targets for. */
export const NoTargetsForYear: Story = { name: 'Error: no targets for the year', args: { document: 'plan-14th', 'target-year': 2020, lang: 'en' } };

/** A target year that is not a year. */
export const InvalidTargetYear: Story = { name: 'Error: target-year not a year', args: { document: 'plan-14th', 'target-year': 'soon', lang: 'zh-CN' } };

/** Every id in `indicators` refused. */
export const NoRowsLeft: Story = { name: 'Error: no row left', args: { document: 'plan-13th', indicators: 'internet-users, onlin-retail', lang: 'en' } };

/** Some ids refused: the rest are drawn, with a notice for each one left out. */
export const SomeRowsRefused: Story = {
  name: 'Notice: rows left out',
  args: { document: 'plan-13th', indicators: 'online-retail-sales, onlin-retail, internet-users', lang: 'zh-CN' },
};
