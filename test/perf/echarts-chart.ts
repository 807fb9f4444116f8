/** The comparison chart drawn by ECharts, tree-shaken (echarts/core) with the SVG renderer. */
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { HEIGHT, TARGET, VALUES, WIDTH, YEARS } from './fixture.js';

echarts.use([LineChart, GridComponent, SVGRenderer]);

const chart = echarts.init(document.getElementById('chart'), undefined, { renderer: 'svg', width: WIDTH, height: HEIGHT });
chart.setOption({
  animation: false,
  grid: { left: 40, right: 16, top: 16, bottom: 28 },
  xAxis: { type: 'category', data: YEARS.map(String) },
  yAxis: { type: 'value' },
  series: [
    { type: 'line', data: VALUES, lineStyle: { color: '#0b5cad', width: 2 }, itemStyle: { color: '#0b5cad' } },
    { type: 'line', data: YEARS.map(() => TARGET), symbol: 'none', lineStyle: { color: '#a84f00', type: 'dashed', width: 1.5 } },
  ],
});
// setOption renders synchronously (no lazyUpdate), so the SVG is in the DOM now.
window.perfDrawn = true;
