// The path builders, called directly and held against d3-shape's line() and arc() (kept as
// a devDependency for this comparison only). Both paths are parsed into commands and numbers,
// which must agree; a few cases are also checked against the geometry they should draw.
import { expect } from '@open-wc/testing';
import { arc as d3Arc, line as d3Line } from 'd3-shape';
import { arcPath, linePath } from '../../src/charts/paths.js';
import { random } from './seeded-random.js';

/** An SVG path as commands, each with its numbers: "M1,2L3,4Z" → [['M', 1, 2], ['L', 3, 4], ['Z']]. */
function parse(path: string | null): (string | number)[][] {
  if (path === null) return [];
  const commands = path.match(/[A-Za-z][^A-Za-z]*/g) ?? [];
  return commands.map((c) => [c[0]!, ...c.slice(1).split(',').filter(Boolean).map(Number)]);
}

/** Same commands, same numbers (to 1e-9: both round to 3 decimals). */
function expectSamePath(ours: string | null, theirs: string | null, what: string): void {
  const a = parse(ours);
  const b = parse(theirs);
  expect(a.map((c) => c[0]), `${what}: commands`).to.deep.equal(b.map((c) => c[0]));
  a.forEach((command, i) => {
    expect(command.length, `${what}: numbers of ${command[0]}`).to.equal(b[i]!.length);
    command.slice(1).forEach((n, j) => {
      expect(n as number, `${what}: ${ours} vs ${theirs}`).to.be.closeTo(b[i]![j + 1] as number, 1e-9);
    });
  });
}

const d3LinePath = d3Line<{ x: number; y: number }>()
  .x((p) => p.x)
  .y((p) => p.y)
  .digits(3);

interface Sector {
  inner: number;
  outer: number;
  start: number;
  end: number;
}
const d3ArcPath = (s: Sector) =>
  d3Arc<Sector>()
    .innerRadius((d) => d.inner)
    .outerRadius((d) => d.outer)
    .startAngle((d) => d.start)
    .endAngle((d) => d.end)
    .digits(3)(s);

describe('linePath(points)', () => {
  it('linePath(points) draws what d3.line().digits(3) draws, for 0 to 12 points', () => {
    const next = random(3);
    for (let n = 0; n <= 12; n++) {
      for (let k = 0; k < 50; k++) {
        const points = Array.from({ length: n }, () => ({ x: (next() - 0.2) * 900, y: (next() - 0.2) * 400 }));
        expectSamePath(linePath(points), d3LinePath(points), `${n} points`);
      }
    }
  });

  it('linePath([]) is null and a lone point closes on itself, as d3', () => {
    expect(linePath([])).to.equal(null);
    expect(d3LinePath([])).to.equal(null);
    expect(linePath([{ x: 1.23456, y: -0.0001 }])).to.equal('M1.235,0Z');
    expect(d3LinePath([{ x: 1.23456, y: -0.0001 }])).to.equal('M1.235,0Z');
  });

  it('linePath(points) visits the points in order, rounded to 3 decimals', () => {
    expect(linePath([{ x: 10, y: 20 }, { x: 30.12345, y: 40 }, { x: 50, y: 5.5 }])).to.equal('M10,20L30.123,40L50,5.5');
  });
});

describe('arcPath(innerRadius, outerRadius, startAngle, endAngle)', () => {
  it('arcPath draws what d3.arc().digits(3) draws for the gauge bands and bar', () => {
    // The gauge's semicircle: -π/2 (left) to π/2 (right), bands and a thinner bar inside.
    const angle = (v: number) => -Math.PI / 2 + (Math.PI * v) / 14;
    for (const [inner, outer, from, to] of [
      [90, 118, 0, 3.88],
      [90, 118, 3.88, 10],
      [90, 118, 10, 14],
      [99.333, 108.667, 0, 11.8],
      [99.333, 108.667, 0, 0],
      [90, 118, 0, 14],
      [45.6, 60, 7, 7.000001],
    ] as const) {
      const sector = { inner, outer, start: angle(from), end: angle(to) };
      expectSamePath(arcPath(inner, outer, sector.start, sector.end), d3ArcPath(sector), JSON.stringify(sector));
    }
  });

  it('arcPath draws what d3.arc().digits(3) draws for random sectors, either direction, rings and slices', () => {
    const next = random(4);
    for (let i = 0; i < 5000; i++) {
      const inner = next() < 0.15 ? 0 : next() * 150;
      const outer = next() < 0.05 ? 0 : next() * 150;
      const start = (next() - 0.5) * 4 * Math.PI;
      // Mostly sectors; also empty sweeps, whole turns and more than a turn.
      const pick = next();
      const end =
        pick < 0.1 ? start : pick < 0.2 ? start + 2 * Math.PI * (next() < 0.5 ? 1 : -1) : start + (next() - 0.5) * 5 * Math.PI;
      const sector = { inner, outer, start, end };
      expectSamePath(arcPath(inner, outer, start, end), d3ArcPath(sector), JSON.stringify(sector));
    }
  });

  it('arcPath(50, 100, 0, π/2) runs clockwise from 12 to 3 o\'clock outside, then back inside', () => {
    expect(arcPath(50, 100, 0, Math.PI / 2)).to.equal('M0,-100A100,100,0,0,1,100,0L50,0A50,50,0,0,0,0,-50Z');
    expectSamePath(arcPath(50, 100, 0, Math.PI / 2), d3ArcPath({ inner: 50, outer: 100, start: 0, end: Math.PI / 2 }), 'quarter');
  });

  it('arcPath puts every point it passes through on one of the two circles', () => {
    const next = random(5);
    for (let i = 0; i < 200; i++) {
      const inner = 10 + next() * 60;
      const outer = inner + 5 + next() * 60;
      const start = (next() - 0.5) * Math.PI;
      const end = start + next() * Math.PI;
      for (const command of parse(arcPath(inner, outer, start, end))) {
        if (command.length < 3) continue;
        const [x, y] = command.slice(-2) as number[];
        const r = Math.hypot(x!, y!);
        expect(Math.min(Math.abs(r - inner), Math.abs(r - outer)), `${command}`).to.be.below(0.002);
      }
    }
  });

  it('arcPath with no outer radius is a point, as d3', () => {
    expect(arcPath(0, 0, 0, 1)).to.equal('M0,0Z');
    expectSamePath(arcPath(0, 0, 0, 1), d3ArcPath({ inner: 0, outer: 0, start: 0, end: 1 }), 'point');
  });
});
