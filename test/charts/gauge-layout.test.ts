// The gauge geometry, called directly: real figures in, coordinates out. Figures from the
// dataset: online retail 2015 3.88 → 2020 11.8 vs ≈10; transactions 2015 21.8 → 2020 37.2 vs >40.
import { expect } from '@open-wc/testing';
import {
  arcLayout,
  bulletLayout,
  gaugeDomain,
  gaugeLayout,
  MIN_GAUGE_WIDTH,
  type GaugeLayoutInput,
  type GaugeLabel,
} from '../../src/charts/gauge-layout.js';
import { estimateTextWidth } from '../../src/charts/text-metrics.js';

const formatTick = (v: number) => String(v);

const onlineRetail2020: GaugeLayoutInput = {
  target: { value: 10, label: 'Target ≈10' },
  baseline: { value: 3.88, label: '2015: 3.88' },
  latest: { value: 11.8, label: '2020: 11.8', supplied: false },
  formatTick,
};

const transactions2020: GaugeLayoutInput = {
  target: { value: 40, label: '目标 >40' },
  baseline: { value: 21.8, label: '2015年 21.8' },
  latest: { value: 37.2, label: '2020年 37.2', supplied: false },
  formatTick,
};

const onlineRetail2025: GaugeLayoutInput = {
  target: { value: 17, label: 'Target 17' },
  baseline: { value: 11.8, label: '2020: 11.8' },
  latest: null,
  formatTick,
};

function span(label: GaugeLabel): [number, number] {
  const w = estimateTextWidth(label.text, 12);
  if (label.anchor === 'start') return [label.x, label.x + w];
  if (label.anchor === 'end') return [label.x - w, label.x];
  return [label.x - w / 2, label.x + w / 2];
}

describe('gaugeDomain(values)', () => {
  it('starts at zero and ends on a nice number past the largest figure', () => {
    const [lo, hi] = gaugeDomain([10, 3.88, 11.8]);
    expect(lo).to.equal(0);
    expect(hi).to.be.greaterThan(11.8);
    expect(hi).to.be.at.most(15);
  });

  it('leaves room past a target that is the largest figure', () => {
    expect(gaugeDomain([17, 11.8])[1]).to.be.greaterThan(17);
  });

  it('falls back to [0, 1] without a positive figure', () => {
    expect(gaugeDomain([])).to.deep.equal([0, 1]);
    expect(gaugeDomain([Number.NaN, 0])).to.deep.equal([0, 1]);
  });
});

describe('bulletLayout(input, width)', () => {
  it('draws the latest figure as a bar from zero, proportional to its value', () => {
    const m = bulletLayout(onlineRetail2020, 400);
    const perUnit = m.track.width / m.domain[1];
    expect(m.bar!.x).to.equal(m.track.x);
    expect(m.bar!.width).to.be.closeTo(11.8 * perUnit, 0.01);
    expect(m.bar!.height).to.be.lessThan(m.track.height / 2);
  });

  it('puts the target marker at the target and the baseline marker at the baseline', () => {
    const m = bulletLayout(onlineRetail2020, 400);
    const x = (v: number) => m.track.x + (v / m.domain[1]) * m.track.width;
    expect(m.target.x).to.be.closeTo(x(10), 0.01);
    expect(m.baseline!.x).to.be.closeTo(x(3.88), 0.01);
    // The target marker overshoots the track; the baseline marker stays inside it: two shapes.
    expect(m.target.y1).to.be.lessThan(m.track.y);
    expect(m.baseline!.y1).to.be.greaterThan(m.track.y);
  });

  it('shows the bar ending short of the target when the target was missed (37.2 vs >40)', () => {
    const m = bulletLayout(transactions2020, 400);
    expect(m.bar!.x + m.bar!.width).to.be.lessThan(m.target.x);
  });

  it('splits the track into bands at the baseline and the target', () => {
    const m = bulletLayout(onlineRetail2020, 400);
    expect(m.bands.map((b) => b.kind)).to.deep.equal(['before-baseline', 'to-target', 'beyond-target']);
    expect(m.bands[1]!.x).to.be.closeTo(m.baseline!.x, 0.01);
    expect(m.bands[2]!.x).to.be.closeTo(m.target.x, 0.01);
    const total = m.bands.reduce((sum, b) => sum + b.width, 0);
    expect(total).to.be.closeTo(m.track.width, 0.01);
  });

  it('has no bar when nothing is known after the baseline', () => {
    const m = bulletLayout(onlineRetail2025, 320);
    expect(m.bar).to.equal(null);
    expect(m.labels.map((l) => l.kind)).to.deep.equal(['target', 'baseline']);
  });

  it('marks a supplied latest figure as supplied', () => {
    const m = bulletLayout({ ...onlineRetail2025, latest: { value: 15.42, label: '2023: 15.42', supplied: true } }, 320);
    expect(m.bar!.supplied).to.equal(true);
  });

  for (const width of [200, 240, 320, 480, 1000]) {
    for (const [name, input] of [
      ['online retail 2020', onlineRetail2020],
      ['transactions 2020', transactions2020],
    ] as const) {
      it(`keeps every label inside ${width} px and clear of the others in its row (${name})`, () => {
        const m = bulletLayout(input, width);
        expect(m.width).to.equal(width);
        for (const label of m.labels) {
          const [left, right] = span(label);
          expect(left, `${label.text} left`).to.be.at.least(-0.5);
          expect(right, `${label.text} right`).to.be.at.most(width + 0.5);
          expect(label.y).to.be.greaterThan(0);
        }
        for (const a of m.labels) {
          for (const b of m.labels) {
            if (a === b || a.y !== b.y) continue;
            const [al, ar] = span(a);
            const [bl, br] = span(b);
            expect(al < br && bl < ar, `${a.text} / ${b.text} overlap`).to.equal(false);
          }
        }
        const tickSpans = m.ticks.map((t) => span({ ...t, kind: 'target', text: t.label, y: 0, leader: null }));
        tickSpans.forEach((s, i) => {
          if (i > 0) expect(s[0]).to.be.greaterThan(tickSpans[i - 1]![1]);
          expect(s[0]).to.be.at.least(-0.5);
          expect(s[1]).to.be.at.most(width + 0.5);
        });
      });
    }
  }

  it(`is laid out at ${MIN_GAUGE_WIDTH} px when the box is narrower (the SVG then scales down)`, () => {
    expect(bulletLayout(onlineRetail2020, 120).width).to.equal(MIN_GAUGE_WIDTH);
    expect(bulletLayout(onlineRetail2020, 0).width).to.equal(MIN_GAUGE_WIDTH);
  });

  it('reaches below its tick labels', () => {
    const m = bulletLayout(onlineRetail2020, 320);
    expect(m.height).to.be.greaterThan(m.tickY);
    expect(m.ticks.length).to.be.at.least(2);
    expect(m.ticks[0]!.value).to.equal(0);
  });
});

describe('arcLayout(input, width)', () => {
  it('spans a semicircle from the left (0) to the right (the domain maximum)', () => {
    const m = arcLayout(onlineRetail2020, 320);
    expect(m.ends[0]!.x).to.be.closeTo(m.cx - m.outerRadius, 0.01);
    expect(m.ends[1]!.x).to.be.closeTo(m.cx + m.outerRadius, 0.01);
    expect(m.ends[0]!.label).to.equal('0');
    expect(m.innerRadius).to.be.lessThan(m.outerRadius);
  });

  it('points the target marker at the angle of the target', () => {
    const m = arcLayout(onlineRetail2020, 320);
    const angle = -Math.PI / 2 + (10 / m.domain[1]) * Math.PI;
    const got = Math.atan2(m.target.x2, -m.target.y2);
    expect(got).to.be.closeTo(angle, 1e-3);
    // The marker crosses the band: from inside the inner radius to outside the outer one.
    expect(Math.hypot(m.target.x1, m.target.y1)).to.be.lessThan(m.innerRadius);
    expect(Math.hypot(m.target.x2, m.target.y2)).to.be.greaterThan(m.outerRadius);
  });

  it('draws bands and the bar as SVG path strings', () => {
    const m = arcLayout(onlineRetail2020, 320);
    expect(m.bands).to.have.length(3);
    for (const band of m.bands) expect(band.path).to.match(/^M[-\d.]+,[-\d.]+A/);
    expect(m.bar!.path).to.match(/^M/);
    expect(arcLayout(onlineRetail2025, 320).bar).to.equal(null);
  });

  for (const width of [200, 320, 1000]) {
    it(`fits the arc and its labels inside ${width} px`, () => {
      const m = arcLayout(onlineRetail2020, width);
      expect(m.cx - m.outerRadius).to.be.at.least(0);
      expect(m.cx + m.outerRadius).to.be.at.most(m.width);
      expect(m.cy).to.be.lessThan(m.height);
      for (const label of m.labels) {
        const [left, right] = span(label);
        expect(left).to.be.at.least(-0.5);
        expect(right).to.be.at.most(m.width + 0.5);
        expect(label.y).to.be.greaterThan(0);
      }
    });
  }

  it('is chosen by gaugeLayout for variant "arc"', () => {
    expect(gaugeLayout(onlineRetail2020, 320, 'arc').variant).to.equal('arc');
    expect(gaugeLayout(onlineRetail2020, 320, 'bullet').variant).to.equal('bullet');
  });
});
