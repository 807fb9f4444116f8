/**
 * A self-contained SVG file from a widget's export description: the title with its unit,
 * lines of text around each chart, the charts (already style-inlined), and the source line —
 * all as SVG text in the theme's colours, with the XML namespace, a <title> and a <desc>,
 * and no stylesheet, font file, link or script. Pure, shared by the download button and the
 * command line.
 */
import { estimateTextWidth } from '../charts/text-metrics.js';
import type { WidgetLang } from '../format/lang.js';
import { messages } from '../format/messages.js';
import { resolveVars, type Tokens } from './tokens.js';

/** Which token colours a run of text. */
export type ExportTone = 'text' | 'muted' | 'actual' | 'target' | 'supplied' | 'achieved' | 'missed' | 'caution';

export interface ExportRun {
  text: string;
  tone?: ExportTone;
  weight?: 400 | 600 | 700;
}

/** One paragraph: wrapped to the drawing's width. */
export interface ExportText {
  runs: readonly ExportRun[];
  /** Font size in px; default 12. */
  size?: number;
  /** Space above, px; default a third of the size. */
  gap?: number;
}

export interface ExportChart<Chart> {
  /** The chart: a template (widget side) or SVG markup (ready to place). */
  chart: Chart;
  width: number;
  height: number;
  before?: readonly ExportText[];
  after?: readonly ExportText[];
}

/** Everything a widget exports, in its language: the data, the picture's parts and the citation. */
export interface ExportSpec<Chart = unknown> {
  lang: WidgetLang;
  /** File name without extension, e.g. `online-retail-sales.en`. */
  filename: string;
  title: string;
  unit: string;
  /** The chart's summary: the SVG's <desc>. */
  summary: string;
  charts: ReadonlyArray<ExportChart<Chart>>;
  /** Source line and notes under the charts. */
  footer: readonly ExportText[];
  /** CSV rows, header first. */
  csv: ReadonlyArray<readonly string[]>;
  /** The citation text "copy citation" puts on the clipboard. */
  citation: string;
}

export interface SvgDocumentStyle {
  tokens: Tokens;
  /** Font of all text: the page's font in a browser, a system stack on the command line. */
  fontFamily: string;
}

const TONE_TOKEN: Record<ExportTone, string> = {
  text: '--ec-color-text',
  muted: '--ec-color-muted',
  actual: '--ec-color-actual',
  target: '--ec-color-target',
  supplied: '--ec-color-supplied',
  achieved: '--ec-color-achieved',
  missed: '--ec-color-missed',
  caution: '--ec-color-caution',
};

const FALLBACK_COLOUR: Record<ExportTone, string> = {
  text: '#1f2328',
  muted: '#57606a',
  actual: '#0b5cad',
  target: '#a84f00',
  supplied: '#6e40c9',
  achieved: '#1a7f37',
  missed: '#c4161c',
  caution: '#8a5a00',
};

/** Margin around the drawing, px. */
const PAD = 16;
/** Narrowest drawing, px: room for a title even beside a narrow chart. */
const MIN_WIDTH = 320;

/** Text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Breakable pieces: each CJK character (and its punctuation) alone, Latin words with their trailing space. */
const PIECES = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]+\s*|\s+/g;

interface Piece {
  text: string;
  run: number;
}

/** Greedy line breaking of runs to `width` px; widths estimated (the same estimates the layouts use). */
export function wrapRuns(runs: readonly ExportRun[], size: number, width: number): Piece[][] {
  const lines: Piece[][] = [[]];
  let used = 0;
  runs.forEach((run, index) => {
    const factor = (run.weight ?? 400) >= 600 ? 1.08 : 1;
    for (const piece of run.text.match(PIECES) ?? []) {
      const w = estimateTextWidth(piece, size) * factor;
      const line = lines[lines.length - 1]!;
      if (used + w > width && line.length) {
        if (/^\s+$/.test(piece)) continue;
        lines.push([{ text: piece, run: index }]);
        used = w;
      } else {
        line.push({ text: piece, run: index });
        used += w;
      }
    }
  });
  return lines
    .map((line) => {
      // Merge neighbours of the same run into one tspan; drop spaces at the line's ends.
      const merged: Piece[] = [];
      for (const p of line) {
        const last = merged[merged.length - 1];
        if (last && last.run === p.run) last.text += p.text;
        else merged.push({ ...p });
      }
      if (merged.length) merged[merged.length - 1]!.text = merged[merged.length - 1]!.text.trimEnd();
      if (merged.length) merged[0]!.text = merged[0]!.text.trimStart();
      return merged.filter((p) => p.text !== '');
    })
    .filter((line) => line.length > 0);
}

/**
 * The SVG file. Charts are placed at their laid-out size, one under the other, each with its
 * lines of text; the drawing is as wide as the widest chart plus margins.
 */
export function svgDocument(spec: ExportSpec<string>, style: SvgDocumentStyle): string {
  const colour = (tone: ExportTone = 'text') => resolveVars(`var(${TONE_TOKEN[tone]})`, style.tokens) ?? FALLBACK_COLOUR[tone];
  const background = resolveVars('var(--ec-background)', style.tokens) ?? '#ffffff';
  // The size chart text inherits in the widget (its base size), for any text without its own.
  const fontSize = resolveVars('var(--ec-font-size)', style.tokens) ?? '14px';
  const contentWidth = Math.max(MIN_WIDTH, ...spec.charts.map((c) => Math.ceil(c.width)));
  const width = contentWidth + 2 * PAD;
  const body: string[] = [];
  let y = PAD;

  const paragraph = (text: ExportText) => {
    const size = text.size ?? 12;
    const lineHeight = Math.round(size * 1.4);
    y += text.gap ?? Math.round(size / 3);
    for (const line of wrapRuns(text.runs, size, contentWidth)) {
      const spans = line
        .map((p) => {
          const run = text.runs[p.run]!;
          const weight = run.weight && run.weight !== 400 ? ` font-weight="${run.weight}"` : '';
          return `<tspan fill="${escapeXml(colour(run.tone))}"${weight}>${escapeXml(p.text)}</tspan>`;
        })
        .join('');
      // The baseline sits about 0.8 em below the top of the line box for Latin and CJK faces alike.
      body.push(`<text x="${PAD}" y="${round(y + size * 0.95)}" font-size="${size}">${spans}</text>`);
      y += lineHeight;
    }
  };

  const m = messages[spec.lang];
  paragraph({
    size: 16,
    gap: 0,
    runs: [
      { text: spec.title, tone: 'text', weight: 600 },
      { text: m.unitSuffix(spec.unit), tone: 'muted' },
    ],
  });
  for (const chart of spec.charts) {
    for (const text of chart.before ?? []) paragraph(text);
    y += 8;
    body.push(`<g transform="translate(${PAD} ${round(y)})">${chart.chart}</g>`);
    y += Math.ceil(chart.height);
    for (const text of chart.after ?? []) paragraph(text);
    y += 8;
  }
  for (const text of spec.footer) paragraph(text);
  const height = Math.ceil(y + PAD);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${spec.lang}" font-family="${escapeXml(style.fontFamily)}" font-size="${escapeXml(fontSize)}">`,
    `<title>${escapeXml(spec.title + m.unitSuffix(spec.unit))}</title>`,
    `<desc>${escapeXml(spec.summary)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(background)}"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

const round = (n: number) => Math.round(n * 10) / 10;
