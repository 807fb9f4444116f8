import { defineOnce } from '../../internal/define.js';
import { EcTargetGauge } from './ec-target-gauge.component.js';

export { EcTargetGauge };

defineOnce('ec-target-gauge', EcTargetGauge);

declare global {
  interface HTMLElementTagNameMap {
    'ec-target-gauge': EcTargetGauge;
  }
}
