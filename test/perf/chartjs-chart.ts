/** The comparison chart drawn by Chart.js, tree-shaken to what a line chart needs, on every `canvas.chart` of the page. */
import { CategoryScale, Chart, LineController, LineElement, LinearScale, PointElement } from 'chart.js';
import { HEIGHT, TARGET, VALUES, WIDTH, YEARS } from './fixture.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas.chart')) {
  const width = Number(canvas.dataset.width ?? WIDTH);
  canvas.width = width;
  canvas.height = Math.round((width * HEIGHT) / WIDTH);
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: YEARS.map(String),
      datasets: [
        { data: VALUES, borderColor: '#0b5cad', backgroundColor: '#0b5cad', borderWidth: 2, pointRadius: 3 },
        { data: YEARS.map(() => TARGET), borderColor: '#a84f00', borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0 },
      ],
    },
    // No animation and a fixed size: the first frame is the finished chart, as with the others.
    options: { animation: false, responsive: false },
  });
}
window.perfDrawn = true;
