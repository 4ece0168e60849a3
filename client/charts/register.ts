import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';

/**
 * Chart.js with only the parts the screens use, registered once: the bundle stays far below
 * the 250 KB gzipped budget. A screen needing another chart type adds its controller,
 * elements and scales here (e.g. LineController, LineElement, PointElement for line charts).
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
// The indicator line chart (charts/indicator-series-chart.ts).
Chart.register(LineController, LineElement, PointElement);
// The stakeholder matrix (charts/stakeholder-chart.ts).
Chart.register(ScatterController);

Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
Chart.defaults.color = '#1f2328';

export { Chart };
