import type { PublicProgramme } from '../../../src/contracts/public.js';
import { getPublicProgramme } from '../../api/public.js';
import { breadcrumb, h, labelledSection, replaceChildren } from '../../lib/dom.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, type RouteContext } from '../../lib/router.js';
import { economicCodeLabel } from '../../lib/labels.js';
import { figureSourceText, lira } from '../programme/programme-words.js';
import { performanceTable } from '../programme/performance-table.js';
import '../programme/programme.css';

/**
 * #/public/plans/:id/programmes/:year — a published performance programme as citizens read it
 * (no sign-in, issue 14): its performance targets with their indicators' figures, its activities
 * with their costs and Tablo 3, all as the server computes them. The public API answers only an
 * accepted and published programme of a published plan.
 */
export async function render(context: RouteContext): Promise<void> {
  const { id } = context.params;
  const year = Number(context.params.year);
  const programme = await getPublicProgramme(id, year, context.signal);
  if (context.signal.aborted) return;
  context.setTitle(t('monitoring.publicProgrammeTitle', { year }));
  replaceChildren(
    context.outlet,
    breadcrumb(t('transparency.title'), href('/public/plans/:id', { id }), t('monitoring.publicBack')),
    h(
      'header',
      { class: 'page-header' },
      h('h1', {}, t('monitoring.publicProgrammeTitle', { year })),
      h(
        'p',
        { class: 'muted' },
        programme.decisionDate
          ? t('monitoring.publicDecision', {
              date: formatDate(programme.decisionDate),
              number: programme.decisionNumber ?? '',
            })
          : null,
        programme.publishedOn
          ? ` · ${t('monitoring.publishedOn', { date: formatDate(programme.publishedOn) })}`
          : null,
      ),
    ),
    programme.targets.map((target) => targetSection(target)),
    table3(programme),
  );
}

function targetSection(target: PublicProgramme['targets'][number]): HTMLElement {
  const headingId = `public-ph-${target.code}`;
  return labelledSection(
    'card public-ph',
    headingId,
    [h('span', { class: 'code' }, target.code), ' ', target.title ?? ''],
    target.explanation ? h('p', {}, target.explanation) : null,
    h('h3', {}, t('monitoring.publicIndicators')),
    target.indicators.length === 0
      ? h('p', { class: 'muted' }, '—')
      : h(
          'ul',
          { class: 'public-pp-indicators' },
          target.indicators.map((indicator) =>
            h(
              'li',
              { 'data-indicator': indicator.code },
              h('strong', {}, indicator.name),
              indicator.unit ? ` (${indicator.unit})` : '',
              ': ',
              indicator.figures
                .map(
                  (figure) =>
                    `${figure.year} ${formatNumber(figure.value)}${figure.source ? ` (${figureSourceText(figure.source)})` : ''}`,
                )
                .join(' · '),
            ),
          ),
        ),
    h('h3', {}, t('monitoring.publicActivities')),
    h(
      'ul',
      { class: 'public-pp-activities' },
      target.activities.map((activity) =>
        h(
          'li',
          { 'data-activity': activity.code },
          h('strong', {}, activity.name),
          activity.unitName ? ` — ${activity.unitName}` : '',
          h('br', {}),
          t('monitoring.publicCost', { amount: lira(activity.amounts.total) }),
          Object.keys(activity.cost.budget).length > 0
            ? ` (${Object.entries(activity.cost.budget)
                .map(([code, amount]) => `${economicCodeLabel(code)} ${lira(amount ?? 0)}`)
                .join('; ')})`
            : '',
          activity.description ? h('p', { class: 'muted' }, activity.description) : null,
        ),
      ),
    ),
  );
}

function table3(programme: PublicProgramme): HTMLElement {
  return labelledSection(
    'card pp-table',
    'public-table3-heading',
    t('programme.table3'),
    performanceTable(programme.performance, true),
  );
}
