/**
 * The Five-Year-Plan periods (十二五 2011–2015, 十三五 2016–2020, 十四五 2021–2025), read from
 * the dataset's documents so that a plan added to the data gets its band without code.
 */
import { listDocuments } from '../data/selectors.js';
import type { DocumentId } from '../data/types.js';
import type { PlanPeriod } from '../format/messages.js';

export interface PlanPeriodSpan {
  /** Key into `messages[lang].periods` / `periodNames`. */
  key: PlanPeriod;
  /** The plan document that covers the period. */
  document: DocumentId;
  /** First and last year, inclusive. */
  start: number;
  end: number;
}

const PLAN_ID = /^plan-(\d+th)$/;

let cached: PlanPeriodSpan[] | undefined;

/** Every plan period in the dataset, oldest first. */
export function planPeriods(): readonly PlanPeriodSpan[] {
  cached ??= listDocuments()
    .flatMap((d) => {
      const match = PLAN_ID.exec(d.id);
      return match && d.period ? [{ key: match[1] as PlanPeriod, document: d.id, start: d.period[0], end: d.period[1] }] : [];
    })
    .sort((a, b) => a.start - b.start);
  return cached;
}

/** The plan period a year falls in, if any. */
export function planPeriodOf(year: number): PlanPeriodSpan | undefined {
  return planPeriods().find((p) => year >= p.start && year <= p.end);
}
