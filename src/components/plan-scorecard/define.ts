import { defineOnce } from '../../internal/define.js';
import { EcPlanScorecard } from './ec-plan-scorecard.component.js';

export { EcPlanScorecard };

defineOnce('ec-plan-scorecard', EcPlanScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'ec-plan-scorecard': EcPlanScorecard;
  }
}
