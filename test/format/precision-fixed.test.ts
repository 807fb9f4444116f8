// precisionFixed, called directly and held against d3-format's (kept as a devDependency for
// this comparison only): the decimals an axis tick is printed with.
import { expect } from '@open-wc/testing';
import { precisionFixed as d3PrecisionFixed } from 'd3-format';
import { precisionFixed } from '../../src/format/number.js';

describe('precisionFixed(step)', () => {
  it('precisionFixed(step) gives the decimals of the step\'s order of magnitude', () => {
    for (const [step, decimals] of [
      [1, 0],
      [10, 0],
      [0.5, 1],
      [0.25, 1],
      [0.1, 1],
      [0.02, 2],
      [0.001, 3],
      [-0.05, 2],
    ] as const) {
      expect(precisionFixed(step), `${step}`).to.equal(decimals);
    }
  });

  it('precisionFixed(step) equals d3-format precisionFixed over twenty orders of magnitude', () => {
    for (let e = -12; e <= 22; e++) {
      for (const m of [1, 1.5, 2, 2.5, 5, 9.99, 0.1 + 0.2]) {
        for (const sign of [1, -1]) {
          const step = sign * m * 10 ** e;
          expect(precisionFixed(step), `${step}`).to.equal(d3PrecisionFixed(step));
        }
      }
    }
  });

  it('precisionFixed(0), NaN and ±Infinity are NaN, as d3-format', () => {
    for (const step of [0, -0, NaN, Infinity, -Infinity]) {
      expect(precisionFixed(step), `${step}`).to.be.NaN;
      expect(d3PrecisionFixed(step), `${step}`).to.be.NaN;
    }
  });
});
