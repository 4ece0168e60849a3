import { STAKEHOLDER_STRATEGY_LABELS, type StakeholderStrategy } from '../../../src/contracts/analysis.js';
import { mountChart } from '../../charts/mount.js';
import { toStakeholderChartConfig, type StakeholderPoint } from '../../charts/stakeholder-chart.js';
import { h } from '../../lib/dom.js';
import { formatNumber } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import { rowsOf, type Screen } from './screen.js';

/**
 * The stakeholders' importance × influence matrix with the four strategies' quadrants at the
 * plan's threshold (plan setting stakeholderThreshold, 3 unless set).
 */
export function stakeholderChart(screen: Screen): { element: HTMLElement; draw: () => void } {
  const threshold = screen.analysis.stakeholderThreshold;
  const points: StakeholderPoint[] = rowsOf(screen.analysis, 'stakeholders').flatMap((row) => {
    const { name, importance, influence } = row.fields;
    return typeof importance === 'number' && typeof influence === 'number'
      ? [{ name: String(name), importance, influence }]
      : [];
  });
  const place = h('div', { class: 'analysis-matrix' });
  const element = h(
    'section',
    { class: 'card', 'aria-labelledby': 'analysis-matrix-heading' },
    h('h2', { id: 'analysis-matrix-heading' }, t('analysis.chartHeading')),
    h('p', { class: 'muted' }, t('analysis.thresholdNote', { threshold: formatNumber(threshold) })),
    place,
  );
  const label = (strategy: StakeholderStrategy): string => STAKEHOLDER_STRATEGY_LABELS[getLang()][strategy];
  const draw = (): void => {
    if (points.length === 0) return;
    mountChart(
      place,
      toStakeholderChartConfig(points, {
        threshold,
        strategyLabel: label,
        axis: { importance: t('analysis.axisImportance'), influence: t('analysis.axisInfluence') },
      }),
      {
        label: t('analysis.chartLabel', {
          count: formatNumber(points.length),
          threshold: formatNumber(threshold),
        }),
        table: {
          caption: t('analysis.chartHeading'),
          headers: [
            t('analysis.field.name'),
            t('analysis.axisImportance'),
            t('analysis.axisInfluence'),
            t('analysis.strategy'),
          ],
          rows: rowsOf(screen.analysis, 'stakeholders').map((row) => [
            String(row.fields.name),
            String(row.fields.importance),
            String(row.fields.influence),
            row.derived?.label ?? '',
          ]),
        },
      },
      { height: 380, signal: screen.signal },
    );
  };
  return { element, draw };
}
