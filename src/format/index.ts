/**
 * Numbers, units, periods and UI words per widget language. The formatters here serve
 * every axis, tooltip, table, summary and download, so a figure reads the same everywhere.
 */
export { normalizeLang, type WidgetLang } from './lang.js';
export {
  MISSING,
  axisUnitLabel,
  formatAxisTick,
  formatGrowth,
  formatNumber,
  formatPeriod,
  formatQualified,
  formatRatio,
  formatValue,
  formatYear,
  type FormatNumberOptions,
  type FormatValueOptions,
  type QualifierStyle,
} from './number.js';
export { splitUnit, type UnitParts } from './unit.js';
export { messages, type Messages, type PlanPeriod, type SuppliedProblem } from './messages.js';
