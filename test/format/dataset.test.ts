import { expect } from '@open-wc/testing';
import { documentName } from '../../src/a11y/gauge-summary.js';
import { dataset } from '../../src/data/dataset.js';
import { formatValue, messages, splitUnit, type WidgetLang } from '../../src/format/index.js';

// The formatter trusts `scale` to re-express values; these checks keep the bundled units
// saying the same thing, so "亿件" never silently meets a scale of 1e4.
describe('formatValue with the bundled dataset', () => {
  for (const indicator of dataset.indicators) {
    if (indicator.quantity === 'percent' || indicator.quantity === 'multiple') continue;
    it(`splitUnit(${indicator.unit_zh} / ${indicator.unit_en}) agrees with scale ${indicator.scale} (${indicator.id})`, () => {
      expect(splitUnit(indicator.unit_zh, 'zh-CN').multiplier, indicator.unit_zh).to.equal(indicator.scale);
      expect(splitUnit(indicator.unit_en, 'en').multiplier, indicator.unit_en).to.equal(indicator.scale);
    });
  }

  it('formatValue prints every bundled figure with a digit and without float noise, in both languages', () => {
    const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
    for (const observation of dataset.observations) {
      for (const lang of ['zh-CN', 'en'] as WidgetLang[]) {
        const text = formatValue(observation.value, byId.get(observation.indicator)!, lang);
        expect(text, observation.id).to.match(/\d/);
        expect(text, observation.id).to.not.match(/\.\d{5,}|0000001|9999999/);
      }
    }
  });

  it('every bundled document has a name in each language: a plan the catalogue’s, a release its own short name', () => {
    for (const document of dataset.documents) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const name = documentName(document.id, lang);
        expect(name, `${document.id} ${lang}`).to.not.equal(document.id);
        if (document.kind === 'plan') expect(name, document.id).to.equal((messages[lang].documents as Record<string, string>)[document.id]);
      }
    }
  });
});
