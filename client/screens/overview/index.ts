import type {
  AimProgress,
  IndicatorProgress,
  ProgressResponse,
  ProgressBasis,
  ProgressTrendResponse,
  TargetProgress,
  TrendPoint,
} from '../../../src/contracts/progress.js';
import type { PlanResponse } from '../../../src/contracts/resources.js';
import type { RecommendationResponse } from '../../../src/contracts/working-groups.js';
import { listUnits } from '../../api/institutions.js';
import { planRecommendations } from '../../api/working-groups.js';
import { councilRecommendations } from '../../components/council-recommendations.js';
import { getPlan } from '../../api/plans.js';
import { getProgress, getProgressTrend } from '../../api/progress.js';
import { mountRateChart } from '../../components/rate-chart.js';
import { tableHead } from '../../components/table-region.js';
import { howComputed } from '../../components/how-computed.js';
import { periodSelectForm } from '../../components/period-form.js';
import { deadlineNote } from '../../components/deadline-note.js';
import { planHeader, planIdentity } from '../../components/plan-identity.js';
import { bandLegend, progressRate, rateBar, rateNotes } from '../../components/rate-bar.js';
import { rateTrend } from '../../components/rate-trend.js';
import { h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import {
  EXCLUSION_KEYS,
  explainAim,
  explainIndicator,
  explainPlan,
  explainTarget,
} from '../../lib/explain.js';
import { assessedPeriods, formatNumber, formatPeriod, formatRate, noData } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, navigate, type RouteContext } from '../../lib/router.js';
import { getInstitutionId, hasRole, setInstitutionId } from '../../lib/session.js';
import { unitNamer } from '../../lib/labels.js';
import { lifecyclePanel } from './plan-lifecycle-panel.js';
import { statusOf, thresholdsOf, type StatusThresholds } from '../../lib/status.js';

/**
 * #/plans/:planId?period=2025 — plan overview (issue 4, screen 1): mission, vision, core values;
 * the plan's rate; target rates as a chart; the aims → targets → indicators tree with a "how is
 * this computed" view for every figure.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const requested = context.query.get('period') ?? undefined;
  // Approved values unless staff asked for the values awaiting approval too; the figures are
  // labelled by the basis the API answers with.
  const basis: ProgressBasis | undefined = context.query.get('basis') === 'all' ? 'all' : undefined;
  const [plan, first] = await Promise.all([
    getPlan(planId, context.signal),
    getProgress(planId, requested, context.signal, basis),
  ]);
  if (context.signal.aborted) return;
  // Units by name for the tree (a unit's code alone is not for readers); the codes if they cannot be read.
  const [progress, units, recommendations] = await Promise.all([
    requested ? first : latestWithValues(plan, first, context.signal, basis),
    listUnits(plan.institution.id, context.signal).catch(() => []),
    // City councils' recommendations naming the plan's aims or targets (issue 15).
    hasRole(plan.institution.id, 'reviewer', 'planner', 'admin')
      ? planRecommendations(planId, context.signal).catch((): RecommendationResponse[] => [])
      : [],
  ]);
  if (context.signal.aborted) return;
  // Asked once the page's own figures are drawn (a big plan's trend must not delay them, nor its
  // computation on the server compete with their first paint) and drawn when they arrive.
  const trends = new Trends(context.signal);
  context.setTitle(plan.title);
  if (getInstitutionId() !== plan.institution.id) setInstitutionId(plan.institution.id);
  const thresholds = thresholdsOf(plan.settings);
  const chartSection = labelledSection(
    'card',
    'chart-heading',
    t('overview.chartHeading', { period: formatPeriod(progress.period) }),
  );

  // Planners and administrators run the plan's lifecycle here; a draft's panel reads its validation.
  const lifecycle = hasRole(plan.institution.id, 'planner', 'admin')
    ? await lifecyclePanel(plan, context.signal)
    : null;
  if (context.signal.aborted) return;
  replaceChildren(
    context.outlet,
    header(plan),
    deadlineNote(plan.preparation),
    // A draft's preparation programme (team, steps, timeline) is one click from its deadline.
    plan.status === 'taslak'
      ? h(
          'p',
          { class: 'preparation-link' },
          h('a', { href: href('/plans/:planId/preparation', { planId }) }, t('preparation.link')),
        )
      : null,
    identity(plan),
    periodForm(plan, progress.period, basis),
    summary(plan, progress, trends),
    chartSection,
    tree(progress, thresholds, trends, unitNamer(units)),
    councilRecommendations(planId, recommendations, {
      canReply: hasRole(plan.institution.id, 'planner', 'admin'),
      targetCodes: new Set(progress.aims.flatMap((aim) => aim.targets.map((target) => target.code))),
    }),
    lifecycle,
  );
  trends.attached();
  const targets = progress.aims.flatMap((aim) => aim.targets);
  mountRateChart(
    chartSection,
    targets,
    thresholds,
    {
      label: (list) => t('overview.chartLabel', { period: formatPeriod(progress.period), list }),
      caption: t('overview.chartHeading', { period: formatPeriod(progress.period) }),
      headers: [t('overview.target'), t('overview.rate'), t('overview.status')],
    },
    context.signal,
  );
  // After the first paint of the page's own figures.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!context.signal.aborted) trends.load(getProgressTrend(planId, context.signal, basis));
    }, 0),
  );
}

/**
 * The default period when none is chosen: the server's default (the latest assessed period that
 * has ended: this year's 30 June from July on, else last year's year end, within the plan years)
 * unless no indicator has a value there; then the latest earlier assessed period that has one
 * (e.g. a plan whose years are over). The API names no such period, so earlier periods are asked
 * one by one, newest first, and only when the plan holds values at all.
 */
async function latestWithValues(
  plan: PlanResponse,
  first: ProgressResponse,
  signal: AbortSignal,
  basis: ProgressBasis | undefined,
): Promise<ProgressResponse> {
  const hasValues = (progress: ProgressResponse) =>
    progress.aims.some((aim) =>
      aim.targets.some((target) => target.indicators.some((indicator) => indicator.actual !== null)),
    );
  if (plan.counts.values === 0 || hasValues(first)) return first;
  const periods = assessedPeriods(plan.startYear, plan.endYear);
  const index = periods.indexOf(first.period);
  for (const period of periods.slice(0, Math.max(0, index)).reverse()) {
    const progress = await getProgress(plan.id, period, signal, basis);
    if (signal.aborted || hasValues(progress)) return progress;
  }
  return first;
}

function header(plan: PlanResponse): HTMLElement {
  return planHeader(plan, (decision) => t('overview.councilDecision', decision));
}

function identity(plan: PlanResponse): HTMLElement {
  return planIdentity(plan, {
    headingId: 'identity-heading',
    heading: t('overview.identityHeading'),
    mission: t('overview.mission'),
    vision: t('overview.vision'),
    values: t('overview.values'),
    notGiven: t('overview.notGiven'),
    valueDescriptions: t('overview.valueDescriptions'),
  });
}

function periodForm(plan: PlanResponse, current: string, basis: ProgressBasis | undefined): HTMLElement {
  return periodSelectForm({
    plan,
    current,
    idPrefix: 'period',
    className: 'period-form',
    label: t('overview.periodLabel'),
    button: t('overview.periodShow'),
    onSubmit: (period) => navigate(href('/plans/:planId', { planId: plan.id }, { period, basis })),
  });
}

/**
 * The small trend charts of the page (plan, aims, targets) from one trend answer, which the page
 * does not wait for: each chart's place is built with the page (a target's when its row is first
 * opened) and drawn once both the answer is in and the page is in the document.
 */
class Trends {
  private trend: ProgressTrendResponse | null = null;
  private failed = false;
  private isAttached = false;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly signal: AbortSignal) {}

  /** The trend answer, asked for by the page once its own figures are drawn. */
  load(request: Promise<ProgressTrendResponse>): void {
    request.then(
      (trend) => {
        this.trend = trend;
        this.flush();
      },
      () => {
        // A trend that cannot be loaded leaves the figures of the page as they are.
        this.failed = true;
        this.flush();
      },
    );
  }

  plan(): HTMLElement {
    return this.place(t('overview.trendPlan'), (trend) => trend.plan.points, true);
  }

  aim(code: string): HTMLElement {
    return this.place(code, (trend) => trend.aims.find((aim) => aim.code === code)?.points);
  }

  target(aimCode: string, code: string): HTMLElement {
    return this.place(
      code,
      (trend) =>
        trend.aims.find((aim) => aim.code === aimCode)?.targets.find((target) => target.code === code)
          ?.points,
    );
  }

  /** The page is in the document: places can be drawn. */
  attached(): void {
    this.isAttached = true;
    this.flush();
  }

  private place(
    subject: string,
    pick: (trend: ProgressTrendResponse) => readonly TrendPoint[] | undefined,
    sayWhenEmpty = false,
  ): HTMLElement {
    const element = h('div', { class: 'trend-place', 'data-trend-for': subject });
    const fill = () => {
      if (this.signal.aborted) return;
      const points = this.trend ? (pick(this.trend) ?? []) : [];
      if (points.length > 0) {
        const trend = rateTrend(subject, points);
        element.append(
          h(
            'figure',
            { class: 'trend' },
            h('figcaption', { class: 'trend-caption' }, t('overview.trendHeading')),
            trend.element,
          ),
        );
        trend.draw(this.signal);
      } else if (sayWhenEmpty) {
        element.append(
          h(
            'p',
            { class: 'muted trend-none' },
            t(this.failed ? 'overview.trendFailed' : 'overview.trendNone'),
          ),
        );
      }
    };
    // A target's place is built after the page is in: it is drawn once it is in the document too.
    if (this.isAttached && (this.trend || this.failed)) queueMicrotask(fill);
    else this.waiting.push(fill);
    return element;
  }

  private flush(): void {
    if (!this.isAttached || (!this.trend && !this.failed)) return;
    for (const fill of this.waiting.splice(0)) fill();
  }
}

function summary(plan: PlanResponse, progress: ProgressResponse, trends: Trends): HTMLElement {
  return labelledSection(
    'card summary',
    'summary-heading',
    t('overview.planRate', { period: formatPeriod(progress.period) }),
    h('div', { class: 'big-rate' }, progressRate(progress)),
    trends.plan(),
    rateNotes(progress),
    hasRole(plan.institution.id, 'planner', 'admin') ? basisSwitch(plan, progress) : null,
    bandLegend(progress),
    howComputed(plan.title, explainPlan(progress)),
  );
}

/**
 * Staff only: "Onay bekleyenler dahil" asks the API for every entered value (basis=all); the
 * council review and the public page always show approved values.
 */
function basisSwitch(plan: PlanResponse, progress: ProgressResponse): HTMLElement {
  const id = uid('basis');
  const input = h('input', { type: 'checkbox', id, class: 'basis-switch' });
  input.checked = progress.basis === 'all';
  input.addEventListener('change', () =>
    navigate(
      href(
        '/plans/:planId',
        { planId: plan.id },
        { period: progress.period, basis: input.checked ? 'all' : undefined },
      ),
    ),
  );
  return h('p', { class: 'basis-choice' }, input, ' ', h('label', { for: id }, t('common.basisAll')));
}

function tree(
  progress: ProgressResponse,
  thresholds: StatusThresholds,
  trends: Trends,
  unitName: (code: string) => string,
): HTMLElement {
  return labelledSection(
    'tree',
    'tree-heading',
    t('overview.treeHeading'),
    progress.aims.length === 0
      ? h('p', {}, t('overview.noAims'))
      : progress.aims.map((aim) => aimSection(aim, progress, thresholds, trends, unitName)),
  );
}

function aimSection(
  aim: AimProgress,
  progress: ProgressResponse,
  thresholds: StatusThresholds,
  trends: Trends,
  unitName: (code: string) => string,
): HTMLElement {
  const headingId = uid('aim');
  return h(
    'section',
    { class: 'card aim', 'aria-labelledby': headingId, 'data-code': aim.code },
    h('h3', { id: headingId }, h('span', { class: 'code' }, aim.code), ' ', aim.title),
    progressRate(aim),
    trends.aim(aim.code),
    howComputed(`${aim.code} ${aim.title}`, explainAim(aim, progress.settings)),
    h(
      'ul',
      { class: 'targets' },
      aim.targets.map((target) =>
        h('li', {}, targetDetails(target, progress, thresholds, trends, aim.code, unitName)),
      ),
    ),
  );
}

function targetDetails(
  target: TargetProgress,
  progress: ProgressResponse,
  thresholds: StatusThresholds,
  trends: Trends,
  aimCode: string,
  unitName: (code: string) => string,
): HTMLElement {
  const details = h(
    'details',
    { class: 'target', 'data-code': target.code },
    h(
      'summary',
      {},
      h('span', { class: 'target-title' }, h('span', { class: 'code' }, target.code), ' ', target.title),
      progressRate(target, { compact: true }),
    ),
  );
  // Built when first opened: a metropolitan plan has hundreds of indicators (17,000 elements
  // when built at once), and the dashboard is drawn sooner without them (npm run bench).
  const body = () =>
    h(
      'div',
      { class: 'target-body' },
      trends.target(aimCode, target.code),
      target.responsibleUnit
        ? h(
            'p',
            { class: 'muted' },
            t('overview.responsibleUnit', { unit: unitName(target.responsibleUnit) }),
          )
        : null,
      h(
        'p',
        {},
        h(
          'a',
          {
            href: href('/plans/:planId/targets/:code', { planId: progress.planId ?? '', code: target.code }),
          },
          t('card.link'),
        ),
      ),
      howComputed(`${target.code} ${target.title}`, explainTarget(target), weightsTable(target)),
      h(
        'ul',
        { class: 'indicators' },
        target.indicators.map((indicator) => indicatorItem(indicator, target, progress, thresholds)),
      ),
    );
  details.addEventListener('toggle', () => {
    if (details.open && !details.querySelector('.target-body')) details.append(body());
  });
  return details;
}

/** Each indicator's weight, the weight it carried after renormalisation, and why one was left out. */
function weightsTable(target: TargetProgress): HTMLElement {
  const excluded = new Map(target.excluded.map((entry) => [entry.code, entry]));
  return h(
    'div',
    {
      class: 'table-wrap',
      tabindex: 0,
      role: 'region',
      'aria-label': t('overview.weightsCaption', { code: target.code }),
    },
    h(
      'table',
      { class: 'weights' },
      h('caption', {}, t('overview.weightsCaption', { code: target.code })),
      tableHead(
        t('overview.indicator'),
        [t('overview.weight'), 'number'],
        [t('overview.effectiveWeight'), 'number'],
        [t('overview.rateUsed'), 'number'],
        t('overview.inRollUp'),
      ),
      h(
        'tbody',
        {},
        target.indicators.map((indicator) => {
          const exclusion = excluded.get(indicator.code);
          return h(
            'tr',
            { 'data-code': indicator.code, 'data-reason': exclusion?.reason ?? null },
            h('th', { scope: 'row' }, indicator.code),
            h('td', { class: 'number' }, formatNumber(indicator.weight)),
            h('td', { class: 'number' }, formatNumber(indicator.effectiveWeight)),
            h('td', { class: 'number' }, formatRate(indicator.rateUsed)),
            h(
              'td',
              {},
              exclusion
                ? `${t(EXCLUSION_KEYS[exclusion.reason])}${exclusion.missingPeriods.length ? ` (${exclusion.missingPeriods.join(', ')})` : ''}`
                : t('overview.included'),
            ),
          );
        }),
      ),
    ),
  );
}

function indicatorItem(
  indicator: IndicatorProgress,
  target: TargetProgress,
  progress: ProgressResponse,
  thresholds: StatusThresholds,
): HTMLElement {
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const value = (number: number | null) => (number === null ? noData() : `${formatNumber(number)}${unit}`);
  return h(
    'li',
    { class: 'indicator', 'data-code': indicator.code },
    h(
      'h4',
      {},
      // The indicator page: its line chart, values with who entered and approved them, history.
      progress.planId
        ? h(
            'a',
            {
              href: href('/plans/:planId/indicators/:code', {
                planId: progress.planId,
                code: indicator.code,
              }),
            },
            h('span', { class: 'code' }, indicator.code),
            ' ',
            indicator.name,
          )
        : [h('span', { class: 'code' }, indicator.code), ' ', indicator.name],
    ),
    rateBar(indicator.rate, statusOf(indicator.rate, thresholds), { compact: true }),
    h(
      'dl',
      { class: 'figures' },
      h('div', {}, h('dt', {}, t('overview.baselineA')), h('dd', {}, value(indicator.baseline))),
      h(
        'div',
        {},
        h(
          'dt',
          {},
          t(indicator.targetBasis === 'half-year' ? 'overview.halfYearTargetB' : 'overview.targetB', {
            year: String(progress.year),
          }),
        ),
        h('dd', {}, value(indicator.target)),
      ),
      h('div', {}, h('dt', {}, t('overview.actualC')), h('dd', {}, value(indicator.actual))),
      h('div', {}, h('dt', {}, t('overview.weight')), h('dd', {}, formatNumber(indicator.weight))),
    ),
    howComputed(
      `${indicator.code} ${indicator.name}`,
      explainIndicator(indicator, target, progress.settings),
    ),
  );
}
