/**
 * `ec-widgets/data`: the bundled indicator dataset of China's e-commerce plans and pure,
 * typed functions over it. Indexed once at module load; no DOM, runs in Node and browsers.
 */
export * from './types.js';
export { dataset } from './dataset.js';
export {
  asOf,
  compareDocuments,
  figureSource,
  getDocument,
  isDocumentId,
  isStatisticalRelease,
  judgedOn,
  getIndicator,
  listDocuments,
  listIndicators,
  notes,
  observations,
  series,
  sourceLabel,
  suggestIndicators,
  targets,
  vintages,
  type FigureSource,
  type SeriesPoint,
  type TargetPoint,
} from './selectors.js';
export {
  ABOUT_TOLERANCE,
  cagr,
  meetingThreshold,
  metOnlyWhenRevised,
  multipleOutcome,
  outcome,
  progress,
  statusFromRatio,
  type MultipleOutcome,
  type ProgressOptions,
  type ProgressPoint,
  type ProgressStatus,
  type TargetOutcome,
  type TargetProgress,
} from './targets.js';
