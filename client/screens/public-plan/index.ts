import { serverNow } from '../../lib/clock.js';
import type { AimProgress, ProgressResponse, TargetProgress } from '../../../src/contracts/progress.js';
import type { PublicIndicator, PublicPlan, PublicValue } from '../../../src/contracts/public.js';
import type { PublicConsultationSummary } from '../../../src/contracts/consultations.js';
import { getPublicPlan, getPublicProgress, listPublicProgrammes } from '../../api/public.js';
import { programmesLinks } from '../public-programme/links.js';
import type { PublicProgrammeSummary } from '../../../src/contracts/public.js';
import { listPlanConsultations } from '../../api/consultations.js';
import { consultationList } from '../public-consultation/list.js';
import {
  assessedPeriodOf,
  comparePeriods,
  lastEndedPeriod,
  periodsUpTo,
  toIndicatorSeries,
} from '../../charts/indicator-series-chart.js';
import { mountRateChart } from '../../components/rate-chart.js';
import { periodSelectForm } from '../../components/period-form.js';
import { planHeader, planIdentity } from '../../components/plan-identity.js';
import { bandLegend, progressRate, rateBar, rateNotes } from '../../components/rate-bar.js';
import { tableHead } from '../../components/table-region.js';
import { breadcrumb, h, labelledSection, replaceChildren, srOnly, uid } from '../../lib/dom.js';
import { showError } from '../../lib/errors.js';
import { formatDateTime, formatPeriod } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import { createProgress } from '../../lib/progress-bar.js';
import { href, navigate, type RouteContext } from '../../lib/router.js';
import { statusOf, thresholdsOf, type StatusThresholds } from '../../lib/status.js';
import { aimSummaries } from './public-summary.js';
import {
  figuresByPeriod,
  findIndicator,
  mountSeriesChart,
  revisedBadge,
  withUnit,
} from '../../components/indicator-chart.js';
import { isMidYear } from '../../lib/band.js';

/**
 * #/public/plans/:id?period=2025 — a published plan for anyone (issue 4, screen 7): mission,
 * vision and values, the plan's and targets' realisation from approved values only, and each
 * indicator's approved values (revised ones marked) with its line chart on request.
 *
 * Without a period the page shows the latest assessed period holding an approved value. The
 * public API gives no plan settings, so rates are coloured by the default bands (85 / 50).
 */
export async function render(context: RouteContext): Promise<void> {
  const { id } = context.params;
  const { signal } = context;
  const plan = await getPublicPlan(id, signal);
  if (signal.aborted) return;
  const period = context.query.get('period') ?? latestApprovedPeriod(plan) ?? undefined;
  const [progress, consultations, programmes] = await Promise.all([
    getPublicProgress(id, period, signal),
    // The institution's consultations are an addition to the page: the page stands without them.
    listPlanConsultations(id, signal).catch((): PublicConsultationSummary[] => []),
    listPublicProgrammes(id, signal).catch((): PublicProgrammeSummary[] => []),
  ]);
  if (signal.aborted) return;
  context.setTitle(plan.title);
  const thresholds = thresholdsOf(undefined);
  const chartSection = h(
    'section',
    { class: 'card', 'aria-labelledby': 'public-chart-heading' },
    h(
      'h2',
      { id: 'public-chart-heading' },
      t('transparency.chartHeading', { period: formatPeriod(progress.period) }),
    ),
  );
  // Every indicator's line chart needs C for each period: asked for once, when a chart is first opened.
  let series: Promise<ProgressResponse[]> | null = null;
  const loadSeries = () => {
    if (!series) {
      const loading = Promise.all(
        periodsUpTo(plan.startYear, 6, allApprovedPeriods(plan)).map((each) =>
          getPublicProgress(id, each, signal),
        ),
      );
      // A failed load is asked again when the next chart is opened.
      loading.catch(() => {
        if (series === loading) series = null;
      });
      series = loading;
    }
    return series;
  };

  const targets = progress.aims.flatMap((aim) => aim.targets);
  const details = h(
    'details',
    { class: 'card public-details' },
    h(
      'summary',
      {},
      h('span', { class: 'details-title' }, t('transparency.detailsHeading')),
      h('span', { class: 'muted' }, ` — ${t('transparency.detailsHint')}`),
    ),
    bandLegend(progress),
    h('p', { class: 'muted' }, t('transparency.approvedOnly')),
    chartSection,
    tree(plan, progress, thresholds, loadSeries, signal),
  );
  // A chart needs a laid-out box: drawn when the details are first opened.
  let chartMounted = false;
  details.addEventListener('toggle', () => {
    if (!details.open || chartMounted) return;
    chartMounted = true;
    mountTargetChart(chartSection, targets, thresholds, progress.period, signal);
  });

  // On a phone the first screen holds the plan, the period, its rate and the aims in plain words;
  // mission, vision and the figures with their codes are folded below.
  replaceChildren(
    context.outlet,
    breadcrumb(t('transparency.title'), '#/public', t('transparency.back')),
    header(plan),
    h(
      'section',
      { class: 'card summary', 'aria-labelledby': 'public-rate-heading' },
      h(
        'h2',
        { id: 'public-rate-heading' },
        t('transparency.planRate', { period: formatPeriod(progress.period) }),
      ),
      h('div', { class: 'big-rate' }, progressRate(progress)),
      rateNotes(progress),
    ),
    summarySection(plan, progress),
    periodForm(plan, progress.period),
    openDataSection(plan),
    programmesLinks(id, programmes),
    consultations.length > 0 ? consultationsSection(consultations) : null,
    identity(plan),
    details,
  );
}

/** The aims in plain words (public-summary.ts): no codes, no A/B/C. */
function summarySection(plan: PublicPlan, progress: ProgressResponse): HTMLElement {
  const aimRates = new Map(progress.aims.map((aim) => [aim.code, aim]));
  const summaries = aimSummaries(plan, progress, getLang());
  return h(
    'section',
    { class: 'public-summary', 'aria-labelledby': 'public-summary-heading' },
    h(
      'h2',
      { id: 'public-summary-heading' },
      t('transparency.summaryHeading', { period: formatPeriod(progress.period) }),
    ),
    summaries.length === 0
      ? h('p', {}, t('transparency.summaryNoAims'))
      : summaries.map((aim) => {
          const headingId = uid('public-summary-aim');
          return h(
            'section',
            { class: 'card aim-summary', 'aria-labelledby': headingId, 'data-aim': aim.code },
            h('h3', { id: headingId }, aim.title),
            figureRate(aimRates.get(aim.code), { compact: true }),
            h('p', { class: 'summary-lead' }, aim.lead),
            aim.sentences.length === 0
              ? null
              : h(
                  'ul',
                  { class: 'summary-sentences' },
                  aim.sentences.map((sentence) => h('li', {}, sentence)),
                ),
          );
        }),
  );
}

/** The institution's drafts open for public comment, and closed ones with their answers. */
function consultationsSection(consultations: PublicConsultationSummary[]): HTMLElement {
  return labelledSection(
    'card public-consultations',
    'public-consultations-heading',
    t('consultations.planLink'),
    consultationList(consultations),
  );
}

/** "Açık veri: CSV · JSON" with the licence line. */
function openDataSection(plan: PublicPlan): HTMLElement {
  const base = `/api/public/plans/${encodeURIComponent(plan.id)}`;
  return h(
    'section',
    { class: 'card open-data', 'aria-labelledby': 'public-open-data-heading' },
    h(
      'p',
      {},
      h('strong', { id: 'public-open-data-heading' }, `${t('transparency.openData')}: `),
      h('a', { href: `${base}/data.csv`, download: '', 'data-format': 'csv' }, t('transparency.openDataCsv')),
      ' · ',
      h('a', { href: `${base}/data.json`, 'data-format': 'json' }, t('transparency.openDataJson')),
    ),
    h(
      'p',
      { class: 'muted' },
      `${t('transparency.openDataNote')} ${t('transparency.openDataLicence')} `,
      h('a', { href: plan.openDataLicence.url, rel: 'license' }, plan.openDataLicence.name),
      '.',
    ),
  );
}

function mountTargetChart(
  chartSection: HTMLElement,
  targets: TargetProgress[],
  thresholds: StatusThresholds,
  period: string,
  signal: AbortSignal,
): void {
  mountRateChart(
    chartSection,
    targets,
    thresholds,
    {
      label: (list) => t('transparency.chartLabel', { period: formatPeriod(period), list }),
      caption: t('transparency.chartHeading', { period: formatPeriod(period) }),
      headers: [t('transparency.target'), t('transparency.rate'), t('transparency.status')],
    },
    signal,
  );
}

/** Every entry period with an approved value, in any indicator of the plan. */
function allApprovedPeriods(plan: PublicPlan): string[] {
  return plan.aims.flatMap((aim) =>
    aim.targets.flatMap((target) =>
      target.indicators.flatMap((indicator) => indicator.values.map((value) => value.period)),
    ),
  );
}

/** The assessed period of the latest approved entry: "2026-H1" → "2026-H1", "2025-H2" → "2025". */
function latestApprovedPeriod(plan: PublicPlan): string | null {
  return allApprovedPeriods(plan).map(assessedPeriodOf).sort(comparePeriods).at(-1) ?? null;
}

function header(plan: PublicPlan): HTMLElement {
  return planHeader(
    plan,
    (decision) => t('transparency.councilDecision', decision),
    t('transparency.published', { date: formatDateTime(plan.publishedAt) }),
  );
}

/** Mission, vision and core values, folded: the figures come first on a phone. */
function identity(plan: PublicPlan): HTMLElement {
  const section = planIdentity(plan, {
    headingId: 'public-identity-heading',
    heading: t('transparency.identityHeading'),
    mission: t('transparency.mission'),
    vision: t('transparency.vision'),
    values: t('transparency.values'),
    notGiven: t('transparency.notGiven'),
    valueDescriptions: t('transparency.valueDescriptions'),
  });
  return h(
    'details',
    { class: 'card public-identity' },
    h('summary', {}, t('transparency.identityHeading')),
    section.querySelector('.identity-list'),
  );
}

function periodForm(plan: PublicPlan, current: string): HTMLElement {
  return periodSelectForm({
    plan,
    current,
    idPrefix: 'public-period',
    className: 'period-form',
    label: t('transparency.periodLabel'),
    button: t('transparency.periodShow'),
    onSubmit: (period) => navigate(href('/public/plans/:id', { id: plan.id }, { period })),
  });
}

function tree(
  plan: PublicPlan,
  progress: ProgressResponse,
  thresholds: StatusThresholds,
  loadSeries: () => Promise<ProgressResponse[]>,
  signal: AbortSignal,
): HTMLElement {
  const aimRates = new Map(progress.aims.map((aim) => [aim.code, aim]));
  const targetRates = new Map(
    progress.aims.flatMap((aim) => aim.targets).map((target) => [target.code, target]),
  );
  return labelledSection(
    'tree',
    'public-tree-heading',
    t('transparency.treeHeading'),
    plan.aims.length === 0
      ? h('p', {}, t('transparency.noAims'))
      : plan.aims.map((aim) => {
          const headingId = uid('public-aim');
          return h(
            'section',
            { class: 'card aim', 'aria-labelledby': headingId, 'data-code': aim.code },
            h('h3', { id: headingId }, h('span', { class: 'code' }, aim.code), ' ', aim.title),
            figureRate(aimRates.get(aim.code)),
            h(
              'ul',
              { class: 'targets' },
              aim.targets.map((target) =>
                h(
                  'li',
                  { class: 'public-target', 'data-code': target.code },
                  h('h4', {}, h('span', { class: 'code' }, target.code), ' ', target.title),
                  figureRate(targetRates.get(target.code), { compact: true }),
                  h(
                    'p',
                    { class: 'muted' },
                    t('transparency.responsibleUnit', { unit: target.responsibleUnit }),
                  ),
                  h(
                    'ul',
                    { class: 'indicators' },
                    target.indicators.map((indicator) =>
                      indicatorItem(plan, indicator, progress, thresholds, loadSeries, signal),
                    ),
                  ),
                ),
              ),
            ),
          );
        }),
  );
}

/** An aim's or target's rate with its band and coverage; no data when the API has no figure for it. */
function figureRate(
  figure: AimProgress | TargetProgress | undefined,
  options: { compact?: boolean } = {},
): HTMLElement {
  return figure ? progressRate(figure, options) : rateBar(null, 'none', options);
}

function indicatorItem(
  plan: PublicPlan,
  indicator: PublicIndicator,
  progress: ProgressResponse,
  thresholds: StatusThresholds,
  loadSeries: () => Promise<ProgressResponse[]>,
  signal: AbortSignal,
): HTMLElement {
  const figures = findIndicator(progress, indicator.code);
  const value = (number: number | null) => withUnit(number, indicator.unit);
  const revisedNow = (figures?.actualPeriods ?? []).some(
    (period) => indicator.values.find((entry) => entry.period === period)?.revised,
  );
  const body = h('div', { class: 'indicator-values-body' }, valuesTable(indicator));
  const details = h(
    'details',
    { class: 'indicator-values', 'data-code': indicator.code },
    h('summary', {}, t('transparency.detailsSummary'), srOnly(` — ${indicator.code} ${indicator.name}`)),
    body,
  );
  let mounted = false;
  details.addEventListener('toggle', () => {
    if (!details.open || mounted) return;
    mounted = true;
    void mountIndicatorChart(plan, indicator, body, loadSeries, signal);
  });
  return h(
    'li',
    { class: 'indicator', 'data-code': indicator.code },
    h('h5', { class: 'indicator-name' }, h('span', { class: 'code' }, indicator.code), ' ', indicator.name),
    rateBar(figures?.rate ?? null, statusOf(figures?.rate ?? null, thresholds), { compact: true }),
    h(
      'dl',
      { class: 'figures' },
      h('div', {}, h('dt', {}, t('transparency.baseline')), h('dd', {}, value(indicator.baseline))),
      h(
        'div',
        {},
        h('dt', {}, t('transparency.yearTarget', { year: String(progress.year) })),
        h('dd', {}, value(figures?.target ?? indicator.targets[String(progress.year)] ?? null)),
      ),
      h(
        'div',
        {},
        h('dt', {}, t('transparency.actual')),
        h(
          'dd',
          { 'data-figure': 'actual' },
          value(figures?.actual ?? null),
          revisedNow ? [' ', revisedBadge()] : null,
        ),
      ),
    ),
    details,
  );
}

function valuesTable(indicator: PublicIndicator): HTMLElement {
  if (indicator.values.length === 0) return h('p', {}, t('transparency.noValues'));
  const caption = t('transparency.valuesCaption', { code: indicator.code });
  return h(
    'div',
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'values-table' },
      h('caption', {}, caption),
      tableHead(t('transparency.period'), [t('transparency.value'), 'number'], t('transparency.explanation')),
      h(
        'tbody',
        {},
        indicator.values.map((entry) => valueRow(entry, indicator.unit)),
      ),
    ),
  );
}

function valueRow(entry: PublicValue, unit: string | null): HTMLElement {
  const notes = [
    entry.revised ? t('indicator.originalValue', { value: withUnit(entry.originalValue, unit) }) : null,
    entry.revised && entry.correctionReason
      ? t('indicator.correctionReason', { reason: entry.correctionReason })
      : null,
    entry.deviationReason ? t('indicator.deviationReason', { reason: entry.deviationReason }) : null,
  ].filter((note): note is string => note !== null);
  return h(
    'tr',
    { 'data-period': entry.period, 'data-revised': entry.revised ? 'true' : null },
    h('th', { scope: 'row' }, formatPeriod(entry.period)),
    h('td', { class: 'number' }, withUnit(entry.value, unit), entry.revised ? [' ', revisedBadge()] : null),
    h(
      'td',
      {},
      notes.length === 0 ? t('indicator.none') : notes.map((note) => h('span', { class: 'cell-note' }, note)),
    ),
  );
}

/** A 12-month indicator has yearly entries; without any, the mid-year assessment says NOT_DUE. */
function monitoringOf(indicator: PublicIndicator, responses: readonly ProgressResponse[]): 6 | 12 {
  if (indicator.values.some((value) => value.period.includes('-H'))) return 6;
  if (indicator.values.length > 0) return 12;
  const notDue = responses.some(
    (response) =>
      isMidYear(response.period) &&
      response.aims.some((aim) =>
        aim.targets.some((target) =>
          target.excluded.some((entry) => entry.code === indicator.code && entry.reason === 'NOT_DUE'),
        ),
      ),
  );
  return notDue ? 12 : 6;
}

async function mountIndicatorChart(
  plan: PublicPlan,
  indicator: PublicIndicator,
  container: HTMLElement,
  loadSeries: () => Promise<ProgressResponse[]>,
  signal: AbortSignal,
): Promise<void> {
  const progress = createProgress(t('transparency.chartLoading'));
  container.append(progress.element);
  try {
    const responses = await loadSeries();
    if (signal.aborted) return;
    const series = toIndicatorSeries({
      startYear: plan.startYear,
      endYear: plan.endYear,
      baseline: indicator.baseline,
      targets: indicator.targets,
      monitoringMonths: monitoringOf(indicator, responses),
      actuals: figuresByPeriod(responses, indicator.code),
      revisedPeriods: new Set(indicator.values.filter((value) => value.revised).map((value) => value.period)),
      valueType: indicator.valueType,
      endedUpTo: lastEndedPeriod(serverNow()),
    });
    const box = h('div', { class: 'indicator-chart' });
    container.append(box);
    const subject = { code: indicator.code, unit: indicator.unit, chartFromZero: indicator.chartFromZero };
    mountSeriesChart(box, series, subject, signal);
  } catch (error) {
    if (!signal.aborted) showError(container, error);
  } finally {
    progress.done();
  }
}
