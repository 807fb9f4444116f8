/**
 * What <ec-plan-scorecard> exports, from its view: the card as a picture (one block per
 * target — name and share of target, the verdict's shape and words, the figures, the bar),
 * the rows as CSV with the source and quote behind every figure, and the citation. Pure: the
 * widget's download menu and the command line share it.
 */
import { svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { estimateTextWidth } from '../../charts/text-metrics.js';
import { compareDocuments, getDocument } from '../../data/selectors.js';
import type { ProgressStatus } from '../../data/targets.js';
import { citations, documentReference } from '../../export/citation.js';
import { wrapRuns, type ExportSpec, type ExportText, type ExportTone } from '../../export/svg-document.js';
import { formatList } from '../../format/list.js';
import { messages, type WidgetLang } from '../../format/index.js';
import { localized } from '../../format/text.js';
import { scorecardBar, scorecardBarModel } from './scorecard-bar.js';
import { scorecardMessages } from '../../format/messages.js';
import { documentShortName, type Scorecard, type ScorecardFigure, type ScorecardRow } from '../../view/scorecard-view.js';
import { statusShape } from '../shared/status.js';

/** The verdict's colour, as in the widget's styles. */
export const STATUS_TONE: Record<ProgressStatus, ExportTone> = {
  achieved: 'achieved',
  'on-track': 'achieved',
  'not-achieved': 'missed',
  deterioration: 'missed',
  'acceleration-needed': 'caution',
  'limited-progress': 'caution',
  'cannot-assess': 'muted',
};

/** Narrowest picture, px. */
const MIN_CARD_WIDTH = 280;
const NAME_SIZE = 13;
const TEXT_SIZE = 11;
const BAR_HEIGHT = 16;

/**
 * The figures of a row in one line of words, each with its year and, where it has them, the
 * target's type and the latest figure's source: "目标2025年46万亿元（预期性）；基期2020年37.2万亿元" /
 * "Target 46 trillion yuan (2025, expected); baseline 37.2 trillion yuan (2020)".
 */
export function figuresLine(row: ScorecardRow, lang: WidgetLang): string {
  const words = scorecardMessages[lang];
  const c = words.columns;
  const parts = [
    words.figurePart(c.target, true, row.target.year, row.target.text, row.target.type),
    row.baseline ? words.figurePart(c.baseline, false, row.baseline.year, row.baseline.text, null) : null,
    row.latest ? words.figurePart(c.latest, false, row.latest.year, row.latest.text, row.latest.source) : null,
  ];
  return parts.filter(Boolean).join(messages[lang].groupJoin);
}

/**
 * The card as SVG: one block per target, `width` px wide. Classes match the widget's styles,
 * which the browser (inlineComputed) or the command line (inlineStyles) write in as attributes.
 */
export function scorecardCard(view: Scorecard, width: number): { chart: TemplateResult; width: number; height: number } {
  const w = Math.max(MIN_CARD_WIDTH, Math.round(width));
  const lang = view.lang;
  const parts: SVGTemplateResult[] = [];
  let y = 0;
  const lineHeight = (size: number) => Math.round(size * 1.45);
  const textLines = (text: string, size: number, maxWidth: number) =>
    wrapRuns([{ text }], size, maxWidth).map((line) => line.map((p) => p.text).join(''));

  view.rows.forEach((row, i) => {
    if (i > 0) {
      y += 6;
      parts.push(svg`<line class="card-rule" x1="0" x2=${w} y1=${y} y2=${y}></line>`);
      y += 8;
    }
    const percent = row.percent ? (row.percentYear ? scorecardMessages[lang].shareInYear(row.percent, row.percentYear) : row.percent) : '';
    const percentWidth = percent ? estimateTextWidth(percent, NAME_SIZE) * 1.1 + 8 : 0;
    for (const [j, line] of textLines(row.name, NAME_SIZE, w - percentWidth).entries()) {
      y += lineHeight(NAME_SIZE);
      parts.push(svg`<text class="card-name" x="0" y=${y - 4} font-size=${NAME_SIZE}>${line}</text>`);
      if (j === 0 && percent) parts.push(svg`<text class="card-percent" x=${w} y=${y - 4} text-anchor="end" font-size=${NAME_SIZE}>${percent}</text>`);
    }
    y += lineHeight(TEXT_SIZE) + 2;
    parts.push(svg`<g class="status status--${row.status}">${statusShape(row.status, 13, { x: 0, y: y - 13 })}<text class="card-status card-status--${row.status}" x="18" y=${y - 3} font-size=${TEXT_SIZE + 1}>${row.statusText}</text></g>`);
    for (const line of [...textLines(figuresLine(row, lang), TEXT_SIZE, w), ...(row.note ? textLines(row.note, TEXT_SIZE, w) : [])]) {
      y += lineHeight(TEXT_SIZE);
      parts.push(svg`<text class="card-figures" x="0" y=${y - 4} font-size=${TEXT_SIZE}>${line}</text>`);
    }
    y += 4;
    parts.push(scorecardBar(scorecardBarModel(row.bar, w), { height: BAR_HEIGHT, width: w, x: 0, y }));
    y += BAR_HEIGHT;
  });
  const height = Math.ceil(y + 2);
  const chart = svg`<svg class="card" viewBox="0 0 ${w} ${height}" width=${w} height=${height}>${parts}</svg>` as unknown as TemplateResult;
  return { chart, width: w, height };
}

/** CSV rows (header first): one row per target, every figure with its year, source and quote. */
export function scorecardCsvRows(view: Scorecard): string[][] {
  const lang = view.lang;
  const m = messages[lang];
  const head = [...scorecardMessages[lang].csvHead];
  const cells = (f: ScorecardFigure | null, value: number | undefined) =>
    f ? [String(f.year), String(value ?? ''), documentReference(f.document, lang), f.observation.quote] : ['', '', '', ''];
  const rows = view.rows.map((r) => {
    const p = r.progress;
    return [
      r.name,
      r.indicator.id,
      r.unit,
      ...cells(r.baseline, p.baseline?.value),
      String(r.target.year),
      String(p.target.value),
      r.target.observation.as_written,
      r.target.type ?? '',
      documentReference(r.target.document, lang),
      r.target.observation.quote,
      ...cells(r.latest, p.latest?.value),
      m.status[r.status],
      p.achievement === null ? '' : String(Math.round(p.achievement * 10000) / 10000),
    ];
  });
  return [head, ...rows];
}

/** Everything the download menu and the command line need, with the card laid out at `width` px. */
export function scorecardExportSpec(view: Scorecard, width: number): ExportSpec<TemplateResult> {
  const lang = view.lang;
  const m = messages[lang];
  const card = scorecardCard(view, width);
  const names = [...view.documents]
    .sort(compareDocuments)
    .map((d) => getDocument(d))
    .map((d) => (d ? localized(d, 'short', lang) : ''))
    .filter(Boolean);
  const footer: ExportText[] = [
    { runs: [{ text: `${m.source}${m.colon}${formatList(names, lang)}`, tone: 'muted' }], size: 11 },
    { runs: [{ text: view.asOf, tone: 'muted' }], size: 11 },
  ];
  const years = [...new Set(view.rows.map((r) => r.target.year))];
  const doc = view.document;
  return {
    lang,
    filename: `${doc.id}.scorecard.${lang}`,
    // The document's short name: a full title runs past the picture's width at 280 px.
    title: documentShortName(doc.id, lang),
    unit: scorecardMessages[lang].rowsKind(view.main),
    summary: view.summary,
    charts: [
      {
        chart: card.chart,
        width: card.width,
        height: card.height,
        before: [{ runs: [{ text: view.headline, tone: 'text', weight: 600 }], size: 14 }],
      },
    ],
    footer: years.length ? footer : [],
    csv: scorecardCsvRows(view),
    citation: citations(view.documents, lang),
  };
}
