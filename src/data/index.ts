/**
 * `ec-widgets/data`: the bundled indicator dataset of China's e-commerce plans and pure,
 * typed functions over it. Indexed once at module load; no DOM, runs in Node and browsers.
 */
export * from './types.js';
export { dataset } from './dataset.js';
export {
  compareDocuments,
  getDocument,
  getIndicator,
  listDocuments,
  listIndicators,
  notes,
  observations,
  series,
  suggestIndicators,
  targets,
  type SeriesPoint,
  type TargetPoint,
} from './selectors.js';
export {
  ABOUT_TOLERANCE,
  cagr,
  outcome,
  progress,
  statusFromRatio,
  type ProgressOptions,
  type ProgressPoint,
  type ProgressStatus,
  type TargetOutcome,
  type TargetProgress,
} from './targets.js';
