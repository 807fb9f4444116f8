import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
// Defines every ec-* tag.
import '../src/index.js';
import { formatValue, getIndicator, series, type SuppliedObservation } from '../src/index.js';
import {
  HEADLINE_INDICATORS,
  ILLUSTRATIVE,
  OTHER_INDICATORS,
  attributeArgs,
  attributes,
  illustrativeNote,
  manifestArgTypes,
} from './support/story-args.js';

/** Args are the element's attributes by name, plus the `observations` property. */
type Args = {
  indicator?: string;
  lang?: string;
  type?: string;
  theme?: string;
  loading?: string;
  from?: number | string;
  to?: number | string;
  'hide-targets'?: boolean;
  'hide-periods'?: boolean;
  'hide-export-notes'?: boolean;
  compact?: boolean;
  observations?: unknown;
  'as-of'?: string;
  /** Any attribute the manifest lists that this type does not name yet. */
  [attribute: string]: unknown;
};

const TAG = 'ec-indicator';

/** The element alone, every attribute from args; what "Show code" prints. */
function renderIndicator(args: Args): TemplateResult {
  return html`<ec-indicator
    ${attributes(attributeArgs(TAG, args))}
    .observations=${args.observations as readonly SuppliedObservation[] | undefined}
  ></ec-indicator>`;
}

/**
 * One indicator across the 12th–14th Five-Year Plans: actual values, plan targets with
 * outcomes, the plan periods and every figure's source. Every control is an attribute of the
 * element (read from `custom-elements.json`), except `observations`, a JavaScript property.
 * All stories set `loading="eager"` so they draw at once, not when scrolled into view.
 */
const meta: Meta<Args> = {
  title: 'Components/ec-indicator',
  args: { indicator: 'online-retail-sales', lang: 'zh-CN', loading: 'eager' },
  argTypes: manifestArgTypes(TAG, {
    indicator: {
      control: 'select',
      options: [...HEADLINE_INDICATORS, ...OTHER_INDICATORS],
    },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    variant: { control: 'inline-radio', options: ['line', 'bar'] },
    type: { control: 'inline-radio', options: ['line', 'bar'], description: 'The former name of `variant`, still read.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    loading: { control: 'inline-radio', options: ['eager', 'lazy'] },
    from: { control: { type: 'number', min: 1990, max: 2100, step: 1 } },
    to: { control: { type: 'number', min: 1990, max: 2100, step: 1 } },
  }),
  parameters: {
    docs: {
      description: {
        component:
          'One indicator across the 12th–14th Five-Year Plans, with targets, outcomes and sources. ' +
          'The attribute, property, part and custom-property tables below are read from the JSDoc of the class through `custom-elements.json`.',
      },
    },
  },
  render: (args) => renderIndicator(args),
};
export default meta;

type Story = StoryObj<Args>;

// ------------------------------------------------------------ the six headline indicators

/** 电子商务交易额: the plans' headline scale figure; the 2020 target was missed. */
export const EcommerceTransactions: Story = { name: 'E-commerce transactions', args: { indicator: HEADLINE_INDICATORS[0] } };

/** 网络零售额: three plans, three targets; 2015 and 2020 met. */
export const OnlineRetailSales: Story = { name: 'Online retail sales', args: { indicator: HEADLINE_INDICATORS[1] } };

/** 电子商务从业人员: people employed, in 万人. */
export const EcommerceEmployment: Story = { name: 'E-commerce employment', args: { indicator: HEADLINE_INDICATORS[2] } };

/** 工业电子商务普及率: a percentage with one actual figure and one target. */
export const IndustrialEcommercePenetration: Story = {
  name: 'Industrial e-commerce penetration',
  args: { indicator: HEADLINE_INDICATORS[3] },
};

/** 农村电子商务交易额. */
export const RuralEcommerceTransactions: Story = { name: 'Rural e-commerce transactions', args: { indicator: HEADLINE_INDICATORS[4] } };

/** 跨境电子商务交易额. */
export const CrossBorderEcommerceTransactions: Story = {
  name: 'Cross-border e-commerce transactions',
  args: { indicator: HEADLINE_INDICATORS[5] },
};

// ------------------------------------------------------------ language, chart type, options

/** Chinese text, numbers and labels (`lang="zh-CN"`, also the default when the page says nothing). */
export const Chinese: Story = { name: 'Chinese (zh-CN)', args: { lang: 'zh-CN' } };

/** English text, numbers and labels; the quotes stay Chinese, marked `lang="zh-CN"`. */
export const English: Story = { name: 'English (en)', args: { lang: 'en' } };

/** Actual values as a line, targets as hollow diamonds with dashed lines from each baseline. */
export const Line: Story = { name: 'Line chart', args: { lang: 'en', variant: 'line' } };

/** The same figures as bars (`variant="bar"`; `type="bar"`, its earlier name, still works): targets as outlined bars. */
export const Bar: Story = { name: 'Bar chart', args: { lang: 'en', variant: 'bar' } };

/** `from` and `to` narrow the years shown. */
export const YearRange: Story = { name: 'Years 2015–2025', args: { lang: 'en', from: 2015, to: 2025 } };

/** The actual figures alone: `hide-targets` and `hide-periods`. */
export const WithoutTargetsOrPeriods: Story = {
  name: 'Without targets or periods',
  args: { lang: 'en', 'hide-targets': true, 'hide-periods': true },
};

// ------------------------------------------------------------ in context

/**
 * `compact`: a sparkline without axes that sits in a line of text. Its accessible name is the
 * full summary, so a screen reader hears the figures the eye takes from the line. The figures
 * in the sentence are read from the dataset.
 */
export const CompactInText: Story = {
  name: 'Compact, inside a sentence',
  args: { lang: 'en', compact: true },
  render: (args) => {
    const id = args.indicator || 'online-retail-sales';
    const indicator = getIndicator(id);
    const points = series(id);
    const first = points[0];
    const last = points[points.length - 1];
    const zh = args.lang === 'zh-CN';
    const fmt = (v: number) => (indicator ? formatValue(v, indicator, zh ? 'zh-CN' : 'en') : String(v));
    const name = indicator ? (zh ? indicator.name_zh : indicator.name_en) : id;
    const spark = renderIndicator(args);
    let sentence: TemplateResult;
    if (!first || !last) sentence = html`${name} ${spark}`;
    else if (first === last) {
      sentence = zh
        ? html`${name}${last.year}年为${fmt(last.value)} ${spark}。`
        : html`${name} was ${fmt(last.value)} in ${last.year} ${spark}.`;
    } else {
      const up = last.value >= first.value;
      sentence = zh
        ? html`${name}从${first.year}年的${fmt(first.value)}${up ? '增至' : '降至'}${last.year}年的${fmt(last.value)} ${spark}。`
        : html`${name} went from ${fmt(first.value)} in ${first.year} to ${fmt(last.value)} in ${last.year} ${spark}.`;
    }
    return html`<p style="max-width: 40rem; margin: 0; font: 1rem/1.7 system-ui, sans-serif; color: #1f2328">${sentence}</p>`;
  },
};

/** The same sparkline in a Chinese sentence. */
export const CompactInTextChinese: Story = {
  ...CompactInText,
  name: 'Compact, inside a Chinese sentence',
  args: { lang: 'zh-CN', compact: true },
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  name: 'Dark theme',
  args: { lang: 'en', theme: 'dark' },
  render: (args) => html`<div style="background: #0d1117; padding: 1rem; border-radius: 8px">${renderIndicator(args)}</div>`,
};

/**
 * A 320 px column, the narrowest WCAG reflow asks for: labels shrink and thin out, nothing
 * overflows. In Storybook the viewport is also set to "Small mobile" (320 × 568).
 */
export const Narrow320: Story = {
  name: '320 px wide',
  args: { lang: 'en' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  render: (args) => html`<div style="width: 320px; max-width: 100%">${renderIndicator(args)}</div>`,
};

/** The same 320 px column in Chinese. */
export const Narrow320Chinese: Story = { ...Narrow320, name: '320 px wide, Chinese', args: { lang: 'zh-CN' } };

/**
 * Figures newer than the plans, supplied through the `observations` property and drawn as
 * squares on a dotted line, cited in the sources panel. **The 2023 and 2024 values here are
 * made up for this demo, not official statistics**; their `source` says so.
 */
export const SuppliedFigures: Story = {
  name: 'Supplied newer figures (illustrative)',
  args: {
    lang: 'en',
    // As the data stood before the first statistical release, so that the supplied figures are the newest.
    'as-of': '2021-12-31',
    observations: [
      { year: 2023, value: 15.4, source: ILLUSTRATIVE.en },
      { year: 2024, value: 15.5, source: ILLUSTRATIVE.en },
    ],
  },
  render: (args) =>
    html`${illustrativeNote(`The 2023 and 2024 figures in this example are invented for the demo: not official statistics; the chart shows the data as of 2021-12-31.`)}
      ${renderIndicator(args)}`,
};

/** The same, in Chinese. */
export const SuppliedFiguresChinese: Story = {
  name: 'Supplied newer figures, Chinese (illustrative)',
  args: {
    lang: 'zh-CN',
    'as-of': '2021-12-31',
    observations: [{ year: 2023, value: 15.4, source: ILLUSTRATIVE.zh }],
  },
  render: (args) => html`${illustrativeNote('本例中2023年数值为演示而虚构，并非官方统计；图中为截至2021-12-31的数据。')} ${renderIndicator(args)}`,
};

/** The official releases of 2022–2026 on the same line as the plans' figures; the 2025 target not achieved (NBS, 2026). */
export const OfficialReleases: Story = { name: 'Official releases 2021–2025', args: { lang: 'en' } };

/** Cross-border e-commerce: 2024 first published as 2.63, revised to 2.71; the sources panel lists both. */
export const RevisedFigure: Story = { name: 'A revised figure (cross-border 2024)', args: { lang: 'en', indicator: 'cross-border-ecommerce-imports-exports' } };

/** Express parcels: the 2010 figure counts large firms only, so the line breaks after it, with a note. */
export const SeriesBreak: Story = { name: 'A series break (express parcels)', args: { lang: 'en', indicator: 'express-parcels' } };

/** The chart as the data stood in mid-2024 (`as-of`): no 2024 or 2025 figures yet, the 2025 target still open. */
export const AsOf: Story = { name: 'As of 2024-06-30', args: { lang: 'en', 'as-of': '2024-06-30' } };

// ------------------------------------------------------------ bad input: a message, never a blank box

/** No `indicator`: a visible message says which attribute to set (and one console warning). */
export const ErrorMissingIndicator: Story = {
  name: 'Error: no indicator',
  args: { indicator: '', lang: 'en' },
  argTypes: { indicator: { control: 'text' } },
};

/** An unknown id: the message suggests the closest ids. */
export const ErrorUnknownIndicator: Story = {
  name: 'Error: unknown id, with suggestions',
  args: { indicator: 'online-retail', lang: 'en' },
  argTypes: { indicator: { control: 'text' } },
};

/** The same in Chinese. */
export const ErrorUnknownIndicatorChinese: Story = {
  name: 'Error: unknown id, Chinese',
  args: { indicator: 'ecommerce-transaction', lang: 'zh-CN' },
  argTypes: { indicator: { control: 'text' } },
};

/** `variant="pie"`: not a chart this element draws. It draws a line chart and warns in the console. */
export const ErrorBadType: Story = {
  name: 'Error: bad variant (falls back to line)',
  args: { lang: 'en', variant: 'pie' },
  argTypes: { variant: { control: 'text' } },
};

/** `from` after `to`: every year is shown, with a console warning. */
export const ErrorFromAfterTo: Story = {
  name: 'Error: from after to (shows every year)',
  args: { lang: 'en', from: 2020, to: 2011 },
};

/** `from="soon"`: not a year; ignored with a console warning. */
export const ErrorBadFrom: Story = {
  name: 'Error: from is not a year (ignored)',
  args: { lang: 'en', from: 'soon' },
  argTypes: { from: { control: 'text' } },
};

/** A range with no figure in it (`from="2030"`): every year is shown, with a console warning. */
export const ErrorRangeWithoutData: Story = {
  name: 'Error: no figure in from–to (shows every year)',
  args: { lang: 'en', from: 2030, to: 2035 },
};

/**
 * Supplied figures that fail validation: each bad one is named in a visible message, and the
 * plans' figures still draw. The good one (illustrative) is drawn.
 */
export const ErrorBadSuppliedFigures: Story = {
  name: 'Error: bad supplied figures',
  args: {
    lang: 'en',
    observations: [
      { year: 2023, value: 15.4, source: ILLUSTRATIVE.en },
      { year: 2024, value: 'about 16', source: ILLUSTRATIVE.en },
      { year: 2024.5, value: 16, source: ILLUSTRATIVE.en },
      { year: 2024, value: 16 },
    ],
  },
  render: (args) =>
    html`${illustrativeNote('The supplied figures in this example are invented for the demo: not official statistics.')}
      ${renderIndicator(args)}`,
};
