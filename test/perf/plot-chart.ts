/**
 * The comparison chart drawn by Observable Plot (SVG): a line with dots, axes with grid lines
 * and a dashed target rule, into every `.chart` element of the page, at its `data-width`
 * (default 640) and 9:16 height.
 */
import * as Plot from '@observablehq/plot';
import { HEIGHT, TARGET, VALUES, WIDTH, YEARS } from './fixture.js';

const points = YEARS.map((year, i) => ({ year, value: VALUES[i] }));
for (const el of document.querySelectorAll<HTMLElement>('.chart')) {
  const width = Number(el.dataset.width ?? WIDTH);
  el.append(
    Plot.plot({
      width,
      height: Math.round((width * HEIGHT) / WIDTH),
      x: { tickFormat: 'd', label: null },
      y: { grid: true, domain: [0, Math.max(TARGET, ...VALUES)], nice: true, label: null },
      marks: [
        Plot.ruleY([TARGET], { stroke: '#a84f00', strokeDasharray: '6 4' }),
        Plot.line(points, { x: 'year', y: 'value', stroke: '#0b5cad', strokeWidth: 2 }),
        Plot.dot(points, { x: 'year', y: 'value', fill: '#0b5cad', r: 3 }),
      ],
    }),
  );
}
window.perfDrawn = true;
