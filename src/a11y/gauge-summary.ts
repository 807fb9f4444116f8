/**
 * The words of a target gauge: its one-paragraph summary (the accessible name of the
 * chart and the `summary` property), the status label and note shown beside it, the key
 * entries, worded by the message catalogue. Pure: an indicator, the data API's `progress()`
 * result and a language in, plain strings out (never HTML). Every figure goes through the
 * shared formatter, so the summary says exactly what the chart and the key show.
 */
import type { ProgressStatus, TargetProgress } from '../data/targets.js';
import type { DocumentId, Indicator } from '../data/types.js';
import {
  formatGrowth,
  formatRatio,
  formatValue,
  formatYear,
  type WidgetLang,
} from '../format/index.js';
import { formatFigure } from '../format/number.js';
import { capitalise, indicatorName, localized } from '../format/text.js';
import { getDocument, getIndicator } from '../data/selectors.js';
import { gaugeMessages } from '../format/messages.js';

/** The status in words, sentence case: "Achieved", "已实现". */
export function statusLabel(status: ProgressStatus, lang: WidgetLang): string {
  return gaugeMessages[lang].status[status];
}

/**
 * The name of a document as sentences use it: “十三五”规划 / 13th Five-Year Plan for a plan (the
 * catalogue's), a statistical release's short name from the dataset, else its id.
 */
export function documentName(document: DocumentId, lang: WidgetLang): string {
  const plan = (gaugeMessages[lang].documents as Partial<Record<DocumentId, string>>)[document];
  if (plan) return plan;
  const d = getDocument(document);
  return d ? localized(d, 'short', lang) : String(document);
}

/**
 * One paragraph saying where the indicator stands against one target, with the numbers a
 * reader needs: "网络零售额2020年11.8万亿元，为“十三五”目标（10万亿元左右）的118%，目标已实现。"
 * Never states a status the data API did not assign. Both languages take the same branches,
 * so each case is decided once and then worded per language.
 */
export function gaugeSummary(ind: Indicator, p: TargetProgress, lang: WidgetLang): string {
  const m = gaugeMessages[lang];
  const name = indicatorName(ind, lang);
  const t = formatFigure(p.target, ind, lang);
  const doc = documentName(p.target.document, lang);
  const source = p.latest?.source ? m.sourceAside(p.latest.source) : '';
  const pct = p.achievement === null ? '' : formatRatio(p.achievement, lang);
  const latest = formatFigure(p.latest, ind, lang);

  if (p.latest && (p.status === 'achieved' || p.status === 'not-achieved')) {
    return m.gaugePassed(name, p.latest.year, latest, source, pct, doc, t, p.status, m.verdictBasis(...verdictBasis(ind, p, lang)));
  }
  if (p.latest && p.baseline && p.status !== 'cannot-assess') {
    const head = m.gaugeHead(name, p.latest.year, latest, source, pct, doc, p.target.year, t);
    if (p.reason === 'target-at-or-below-baseline') return m.gaugeHeld(head, p.baseline.year, formatValue(p.baseline.value, ind, lang), p.status);
    return m.gaugePace(head, p.baseline.year, change(p.observedGrowth, lang), formatGrowth(p.requiredGrowth ?? NaN, lang), p.status);
  }
  // Cannot be assessed: say what is missing, and what the target asks for where that is known.
  const head = m.gaugeTargetSet(name, doc, p.target.year, t);
  if (p.reason === 'no-official-figure-after') return m.gaugeNoOfficialFigure(head, m.noOfficialFigureAfter(p.newestFigureYear));
  if (p.baseline && p.requiredGrowth !== null && !p.latest) {
    return m.gaugeNoFigureSince(head, p.baseline.year, formatValue(p.baseline.value, ind, lang), formatGrowth(p.requiredGrowth, lang));
  }
  return m.gaugeNoBaseline(head, p.latest ? { year: p.latest.year, value: latest, source, pct } : null);
}

/**
 * What a verdict rests on: the statistical release it comes from ("NBS, 2026"; a plan's own
 * figure is named in the key), the series it was judged on where that is not the indicator
 * itself, and whether only a revised figure meets it.
 */
export function verdictBasis(indicator: Indicator, p: TargetProgress, lang: WidgetLang): [string | null, string | null, boolean] {
  const source = p.source?.kind === 'statistical-release' ? localized(p.source, 'label', lang) : null;
  const judged = p.judgedOn !== indicator.id && !p.multiple ? getIndicator(p.judgedOn) : undefined;
  return [source, judged ? indicatorName(judged, lang) : null, p.metOnRevisedFigure];
}

/** A yearly change in the language's words: 增长9.3% / +9.3%. */
function change(rate: number | null, lang: WidgetLang): string {
  return gaugeMessages[lang].change(rate, (r, signed) => formatGrowth(r, lang, 1, signed ? { sign: true } : undefined));
}

/**
 * The short line under the status: what the verdict rests on, or what is missing.
 * "2020年以后尚无数据；需年均增长约7.6%" / "+9.3% a year since 2020; 7.6% needed". Null when the
 * status and percent say it all (a passed target year).
 */
export function statusNote(indicator: Indicator, p: TargetProgress, lang: WidgetLang): string | null {
  const m = gaugeMessages[lang];
  const required = p.requiredGrowth === null ? null : formatGrowth(p.requiredGrowth, lang);
  if (p.status === 'achieved' || p.status === 'not-achieved') {
    const basis = verdictBasis(indicator, p, lang);
    return basis.some(Boolean) ? m.noteVerdict(...basis) : null;
  }
  if (p.status === 'cannot-assess') {
    if (p.reason === 'no-official-figure-after') return capitalise(m.noOfficialFigureAfter(p.newestFigureYear));
    if (p.baseline && required !== null && !p.latest) return m.noteNoFigureSince(p.baseline.year, required);
    return m.noteNoBaseline;
  }
  if (!p.baseline) return null;
  if (p.reason === 'target-at-or-below-baseline') return m.noteHeld(p.baseline.year, formatValue(p.baseline.value, indicator, lang));
  return m.notePace(p.baseline.year, change(p.observedGrowth, lang), required ?? '');
}

export interface KeyEntry {
  kind: 'baseline' | 'latest' | 'target';
  /** Baseline / Latest / Target (Supplied figure for a caller's value). */
  term: string;
  /** "2020年 · 11.8万亿元" */
  description: string;
  /** The citation of a supplied figure, or the document a plan figure is quoted from. */
  source: string | null;
}

/** The key beside the chart: each figure with its year, unit and qualifier in words. */
export function keyEntries(indicator: Indicator, p: TargetProgress, lang: WidgetLang): KeyEntry[] {
  const m = gaugeMessages[lang];
  const entry = (year: number, text: string) => `${formatYear(year, lang)} · ${text}`;
  const out: KeyEntry[] = [];
  if (p.baseline) {
    out.push({
      kind: 'baseline',
      term: m.baseline,
      description: entry(p.baseline.year, formatFigure(p.baseline, indicator, lang)),
      source: p.baseline.observation ? documentName(p.baseline.observation.document, lang) : null,
    });
  }
  if (p.latest) {
    const supplied = !p.latest.observation;
    out.push({
      kind: 'latest',
      term: supplied ? m.supplied : m.latest,
      description: entry(p.latest.year, formatFigure(p.latest, indicator, lang)),
      source: supplied ? p.latest.source || m.sourceNotGiven : documentName(p.latest.observation!.document, lang),
    });
  }
  const type = p.target.target_type ? ` · ${m.targetType[p.target.target_type]}` : '';
  out.push({
    kind: 'target',
    term: m.target,
    description: entry(p.target.year, formatFigure(p.target, indicator, lang)) + type,
    source: documentName(p.target.document, lang),
  });
  return out;
}
