/**
 * ec-widgets: web components for the official indicators of China's e-commerce plans.
 * Importing this module defines every tag; `ec-widgets/data` is the dataset alone.
 */
import './components/indicator/define.js';
import './components/target-gauge/define.js';

export { EcIndicator } from './components/indicator/ec-indicator.component.js';
export { EcTargetGauge } from './components/target-gauge/ec-target-gauge.component.js';
export type { ExportEventDetail } from './controllers/export-menu.js';
export { EcPlanScorecard } from './components/plan-scorecard/define.js';
export * from './data/index.js';
export * from './format/index.js';
export const version = '0.1.0';
