import { defineOnce } from '../../internal/define.js';
import { EcIndicator } from './ec-indicator.component.js';

export { EcIndicator };

defineOnce('ec-indicator', EcIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'ec-indicator': EcIndicator;
  }
}
