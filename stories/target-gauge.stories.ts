import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
// Defines every ec-* tag.
import '../src/index.js';
import { documentName } from '../src/a11y/gauge-summary.js';
import { formatQualified, getIndicator, listDocuments, targets } from '../src/index.js';
import {
  HEADLINE_INDICATORS,
  ILLUSTRATIVE,
  OTHER_INDICATORS,
  attributeArgs,
  attributes,
  illustrativeNote,
  manifestArgTypes,
} from './support/story-args.js';

/** Args are the element's attributes by name. */
type Args = {
  indicator?: string;
  lang?: string;
  theme?: string;
  loading?: string;
  'target-year'?: number | string;
  document?: string;
  variant?: string;
  compact?: boolean;
  value?: number | string;
  'value-year'?: number | string;
  'value-source'?: string;
  'as-of'?: string;
  /** Any attribute the manifest lists that this type does not name yet. */
  [attribute: string]: unknown;
};

const TAG = 'ec-target-gauge';

/** The element alone, every attribute from args; what "Show code" prints. */
function renderGauge(args: Args): TemplateResult {
  return html`<ec-target-gauge ${attributes(attributeArgs(TAG, args))}></ec-target-gauge>`;
}

/**
 * The data as it stood at the end of 2021, before the first statistical release: the 2025
 * target still ahead, so a supplied figure shows a trend status, as a 2021–2024 article would.
 */
const PLANS_ONLY = '2021-12-31';

/** A made-up 2023 figure for online retail sales (target: 17 trillion yuan in 2025), as of the end of 2021, captioned as such. */
function illustrative(value: number, status: string): Story {
  return {
    args: {
      lang: 'en',
      'target-year': 2025,
      'as-of': PLANS_ONLY,
      // A string, as the attribute is: the text control shows it.
      value: String(value),
      'value-year': 2023,
      'value-source': ILLUSTRATIVE.en,
    },
    render: (args) =>
      html`${illustrativeNote(
          `Illustrative: the 2023 value ${String(args.value)} is invented for this demo (chosen to show “${status}”), not an official statistic; the gauge shows the data as of ${PLANS_ONLY}.`,
        )}
        ${renderGauge(args)}`,
  };
}

/**
 * How far an indicator is from a plan target and whether it is on course. Every control is
 * an attribute of the element (read from `custom-elements.json`). Status maths is the data
 * API's `progress()`. All stories set `loading="eager"` so they draw at once.
 */
const meta: Meta<Args> = {
  title: 'Components/ec-target-gauge',
  args: { indicator: 'online-retail-sales', lang: 'zh-CN', loading: 'eager' },
  argTypes: manifestArgTypes(TAG, {
    indicator: {
      control: 'select',
      options: [...HEADLINE_INDICATORS, ...OTHER_INDICATORS],
    },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    loading: { control: 'inline-radio', options: ['eager', 'lazy'] },
    variant: { control: 'inline-radio', options: ['bullet', 'arc'] },
    document: { control: 'select', options: listDocuments().map((d) => d.id) },
    'target-year': { control: { type: 'number', min: 2011, max: 2035, step: 1 } },
    value: { control: 'text' },
    'value-year': { control: { type: 'number', min: 2011, max: 2035, step: 1 } },
    'value-source': { control: 'text' },
    'as-of': { control: 'text' },
  }),
  parameters: {
    docs: {
      description: {
        component:
          'How far an indicator is from its plan target, and whether it is on course. ' +
          'The attribute, property, part and custom-property tables below are read from the JSDoc of the class through `custom-elements.json`.',
      },
    },
  },
  render: (args) => renderGauge(args),
};
export default meta;

type Story = StoryObj<Args>;

// ------------------------------------------------------------ the six headline indicators (latest target)

/** 电子商务交易额 against the 14th plan's 2025 target. */
export const EcommerceTransactions: Story = { name: 'E-commerce transactions', args: { indicator: HEADLINE_INDICATORS[0] } };

/** 网络零售额 against the 14th plan's 2025 target. */
export const OnlineRetailSales: Story = { name: 'Online retail sales', args: { indicator: HEADLINE_INDICATORS[1] } };

/** 电子商务从业人员. */
export const EcommerceEmployment: Story = { name: 'E-commerce employment', args: { indicator: HEADLINE_INDICATORS[2] } };

/** 工业电子商务普及率, a percentage. */
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

// ------------------------------------------------------------ language, variant, context

/** Chinese text and numbers. */
export const Chinese: Story = { name: 'Chinese (zh-CN)', args: { lang: 'zh-CN', 'target-year': 2020 } };

/** English text and numbers; the target's quote stays Chinese. */
export const English: Story = { name: 'English (en)', args: { lang: 'en', 'target-year': 2020 } };

/** `variant="bullet"` (default): a linear bullet graph with baseline, latest figure and target. */
export const Bullet: Story = { name: 'Bullet variant', args: { lang: 'en', 'target-year': 2020, variant: 'bullet' } };

/** `variant="arc"`: a semicircular gauge with the latest figure in the middle. */
export const Arc: Story = { name: 'Arc variant', args: { lang: 'en', 'target-year': 2020, variant: 'arc' } };

/** Two documents set a 2015 target for e-commerce transactions: both are shown. */
export const TwoDocuments: Story = {
  name: 'Two documents, one target year',
  args: { lang: 'en', indicator: 'ecommerce-transactions', 'target-year': 2015 },
};

/** `document` picks one of them. */
export const OneDocument: Story = {
  name: 'One document chosen',
  args: { lang: 'en', indicator: 'ecommerce-transactions', 'target-year': 2015, document: 'mofcom-2013' },
};

/**
 * The sentence around a pill, from the dataset: the document, the indicator and its target
 * for the year the controls choose (the latest target when none is chosen).
 */
function targetSentence(args: Args): TemplateResult {
  const id = args.indicator || 'online-retail-sales';
  const zh = args.lang === 'zh-CN';
  const lang = zh ? 'zh-CN' : 'en';
  const indicator = getIndicator(id);
  const all = targets(id);
  const year = Number(args['target-year']);
  const target = all.find((t) => t.year === year) ?? all[all.length - 1];
  const style = 'max-width: 40rem; margin: 0; font: 1rem/1.7 system-ui, sans-serif; color: #1f2328';
  if (!indicator || !target) return html`<p style=${style}>${id}: ${renderGauge(args)}</p>`;
  const name = zh ? indicator.name_zh : indicator.name_en;
  // "Online retail sales" mid-sentence is "online retail sales"; "B2B transactions" stays.
  const subject = /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  const document = documentName(target.document, lang);
  const goal = formatQualified(target.value, target.qualifier, indicator, lang, 'words');
  return zh
    ? html`<p style=${style}>${document}提出${target.year}年${name}${goal}，完成情况 ${renderGauge(args)}。</p>`
    : html`<p style=${style}>
        The ${document} set a ${target.year} target for ${subject} of ${goal}; where it stands: ${renderGauge(args)}.
      </p>`;
}

/**
 * `compact`: a pill (status icon and percent) in running text; the full summary is its text
 * for screen readers. The sentence is written from the dataset for the chosen target.
 */
export const CompactInText: Story = {
  name: 'Compact, inside a sentence',
  args: { lang: 'en', compact: true, 'target-year': 2020 },
  render: targetSentence,
};

/** The pill in a Chinese sentence. */
export const CompactInTextChinese: Story = {
  name: 'Compact, inside a Chinese sentence',
  args: { lang: 'zh-CN', compact: true, 'target-year': 2020 },
  render: targetSentence,
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  name: 'Dark theme',
  args: { lang: 'en', 'target-year': 2020, theme: 'dark' },
  render: (args) => html`<div style="background: #0d1117; padding: 1rem; border-radius: 8px">${renderGauge(args)}</div>`,
};

/** The arc in the dark theme. */
export const DarkArc: Story = { ...Dark, name: 'Dark theme, arc', args: { lang: 'en', 'target-year': 2020, theme: 'dark', variant: 'arc' } };

/** A 320 px column; in Storybook the viewport is also "Small mobile" (320 × 568). */
export const Narrow320: Story = {
  name: '320 px wide',
  args: { lang: 'en', 'target-year': 2020 },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  render: (args) => html`<div style="width: 320px; max-width: 100%">${renderGauge(args)}</div>`,
};

/** The arc in a 320 px column. */
export const Narrow320Arc: Story = { ...Narrow320, name: '320 px wide, arc', args: { lang: 'zh-CN', 'target-year': 2020, variant: 'arc' } };

// ------------------------------------------------------------ every status

/** A passed target met: online retail sales reached 11.8 trillion yuan against ≈10 in 2020. */
export const Achieved: Story = { name: 'Status: achieved', args: { lang: 'en', 'target-year': 2020 } };

/** A passed target missed: e-commerce transactions were 37.2 against >40 trillion yuan in 2020. */
export const NotAchieved: Story = {
  name: 'Status: not achieved',
  args: { lang: 'en', indicator: 'ecommerce-transactions', 'target-year': 2020 },
};

/** The 14th plan's 2025 target missed: 15.9722 against 17 trillion yuan (94%), on NBS's release of 2026. */
export const NotAchieved2025: Story = { name: 'Status: not achieved, 2025 (NBS, 2026)', args: { lang: 'en', 'target-year': 2025 } };

/** The rural target, judged on rural online retail sales (MOFCOM, 2026): the verdict says which series. */
export const AchievedJudgedOn: Story = {
  name: 'Status: achieved, judged on another series (rural, 2025)',
  args: { lang: 'en', indicator: 'rural-ecommerce-transactions', 'target-year': 2025 },
};

/** A passed target year with no official figure for it: says which year the data stop at. */
export const CannotAssess: Story = {
  name: 'Status: cannot be assessed (no official figure after 2022)',
  args: { lang: 'en', indicator: 'ecommerce-transactions', 'target-year': 2025 },
};

/** A future target with no figure after the baseline, as of the end of 2021: the growth it needs, no verdict. */
export const CannotAssessYet: Story = {
  name: 'Status: cannot be assessed yet (as of 2021-12-31)',
  args: { lang: 'en', 'target-year': 2025, 'as-of': PLANS_ONLY },
};

/** As the data stood in mid-2024 (`as-of`): MOFCOM's 15.42 for 2023 puts the 2025 target on track. */
export const OnTrackAsOf: Story = { name: 'Status: on track, as of 2024-06-30', args: { lang: 'en', 'target-year': 2025, 'as-of': '2024-06-30' } };

/** **Illustrative** 2023 figure 15.4: growth since 2020 outpaces what the 2025 target needs. */
export const OnTrack: Story = { name: 'Status: on track (illustrative)', ...illustrative(15.4, 'on track') };

/** **Illustrative** 2023 figure 14: growing, but slower than the target needs. */
export const NeedsAcceleration: Story = {
  name: 'Status: needs acceleration (illustrative)',
  ...illustrative(14, 'needs acceleration'),
};

/** **Illustrative** 2023 figure 13: growing, far slower than the target needs. */
export const LimitedProgress: Story = { name: 'Status: limited progress (illustrative)', ...illustrative(13, 'limited progress') };

/** **Illustrative** 2023 figure 11: below the 2020 baseline of 11.8. */
export const Deterioration: Story = { name: 'Status: deterioration (illustrative)', ...illustrative(11, 'deterioration') };

/** The on-track status as an arc, in Chinese (illustrative figure). */
export const OnTrackArcChinese: Story = {
  name: 'Status: on track, arc, Chinese (illustrative)',
  args: {
    lang: 'zh-CN',
    variant: 'arc',
    'target-year': 2025,
    'as-of': PLANS_ONLY,
    value: '15.4',
    'value-year': 2023,
    'value-source': ILLUSTRATIVE.zh,
  },
  render: (args) => html`${illustrativeNote(`示例：2023年数值15.4为演示而虚构，并非官方统计；图中为截至${PLANS_ONLY}的数据。`)} ${renderGauge(args)}`,
};

// ------------------------------------------------------------ bad input: a message, never a blank box

/** No `indicator`. */
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

/** A target year the plans set no target for: the message lists the years that have one. */
export const ErrorNoTargetForYear: Story = {
  name: 'Error: no target for the year',
  args: { lang: 'en', 'target-year': 2019 },
};

/** The same in Chinese. */
export const ErrorNoTargetForYearChinese: Story = {
  name: 'Error: no target for the year, Chinese',
  args: { lang: 'zh-CN', 'target-year': 2019 },
};

/** `target-year="soon"`: not a year. */
export const ErrorBadTargetYear: Story = {
  name: 'Error: target-year is not a year',
  args: { lang: 'en', 'target-year': 'soon' },
  argTypes: { 'target-year': { control: 'text' } },
};

/** A document that sets no target for the year: the message names the ones that do. */
export const ErrorWrongDocument: Story = {
  name: 'Error: document sets no target that year',
  args: { lang: 'en', 'target-year': 2020, document: 'plan-14th' },
};

/** A supplied `value` that is not a number: ignored with a visible notice; the plans' figures still draw. */
export const ErrorBadValue: Story = {
  name: 'Error: value is not a number',
  args: { lang: 'en', 'target-year': 2025, value: 'about 15', 'value-year': 2023, 'value-source': ILLUSTRATIVE.en },
};

/** A negative `value`. */
export const ErrorNegativeValue: Story = {
  name: 'Error: negative value',
  args: { lang: 'en', 'target-year': 2025, value: '-3', 'value-year': 2023, 'value-source': ILLUSTRATIVE.en },
};

/** `value` without `value-year`. */
export const ErrorValueWithoutYear: Story = {
  name: 'Error: value without value-year',
  args: { lang: 'en', 'target-year': 2025, value: '15.4', 'value-source': ILLUSTRATIVE.en },
};

/** `value` without `value-source`: a figure must say who published it. */
export const ErrorValueWithoutSource: Story = {
  name: 'Error: value without value-source',
  args: { lang: 'en', 'target-year': 2025, value: '15.4', 'value-year': 2023 },
};

/** A `value-year` after the target year. */
export const ErrorValueYearOutOfRange: Story = {
  name: 'Error: value-year after the target year',
  args: { lang: 'en', 'target-year': 2025, value: '18', 'value-year': 2027, 'value-source': ILLUSTRATIVE.en },
};

/** `variant="donut"`: draws the bullet graph and warns in the console. */
export const ErrorBadVariant: Story = {
  name: 'Error: bad variant (falls back to bullet)',
  args: { lang: 'en', 'target-year': 2020, variant: 'donut' },
  argTypes: { variant: { control: 'text' } },
};
