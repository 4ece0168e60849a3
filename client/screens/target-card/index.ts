import type {
  IndicatorDoc,
  PlanDocument,
  TargetDoc,
  YearAmounts,
} from '../../../src/contracts/plan-document.js';
import { sumExact } from '../../../src/contracts/numbers.js';
import type { AnalysisResponse } from '../../../src/contracts/analysis.js';
import { getAnalysis } from '../../api/analysis.js';
import { getPlan, getPlanDocument } from '../../api/plans.js';
import { targetAnalysisSection } from '../../components/analysis-links.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { h, labelledSection, replaceChildren } from '../../lib/dom.js';
import { formatNumber, noData } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { directionLabel, valueTypeLabel } from '../../lib/labels.js';
import { href, type RouteContext } from '../../lib/router.js';
import { hasRole } from '../../lib/session.js';
import { pageHeader } from '../../components/page-header.js';
import type { RecommendationResponse } from '../../../src/contracts/working-groups.js';
import { planRecommendations } from '../../api/working-groups.js';
import { councilRecommendations } from '../../components/council-recommendations.js';

/**
 * #/plans/:planId/targets/:code — a target card (hedef kartı, domain.md 2.1), read-only, for every
 * role: the aim and target, responsible and collaborating units by name, every indicator with
 * its weight, direction, value type, method, baseline, yearly targets, frequencies and data
 * source (each linked to its page with its chart), the risks, control activities, strategies,
 * findings and needs, the activities with their yearly costs and the card's cost estimate. An
 * amount not entered shows as "veri yok", never as 0.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId, code } = context.params;
  const [document, plan, analysis] = await Promise.all([
    getPlanDocument(planId, context.signal),
    getPlan(planId, context.signal),
    // The card still shows when the analysis cannot be read.
    getAnalysis(planId, context.signal).catch((): AnalysisResponse | null => null),
  ]);
  // City councils' recommendations naming this target or its aim (issue 15).
  const recommendations = hasRole(plan.institution.id, 'reviewer', 'planner', 'admin')
    ? await planRecommendations(planId, context.signal).catch((): RecommendationResponse[] => [])
    : [];
  // A draft's planners and admins edit the card (screens/card-editor).
  const editable = plan.status === 'taslak' && hasRole(plan.institution.id, 'planner', 'admin');
  if (context.signal.aborted) return;
  const aim = document.plan.aims.find((candidate) =>
    candidate.targets.some((target) => target.code === code),
  );
  const target = aim?.targets.find((candidate) => candidate.code === code);
  if (!aim || !target) {
    context.setTitle(t('card.notFound', { code }));
    replaceChildren(context.outlet, h('h1', { tabindex: -1 }, t('card.notFound', { code })));
    return;
  }
  context.setTitle(`${target.code} ${target.title}`);
  const unitName = (unit: string | undefined): string =>
    unit ? (document.units.find((candidate) => candidate.code === unit)?.name ?? unit) : noData();
  const years = planYears(document);
  replaceChildren(
    context.outlet,
    pageHeader(
      `${document.institution.name} · ${document.plan.title}`,
      `${target.code} ${target.title}`,
      h('p', { class: 'muted' }, t('card.aim', { aim: `${aim.code} ${aim.title}` })),
      editable
        ? h(
            'p',
            {},
            h(
              'a',
              { href: href('/plans/:planId/targets/:code/edit', { planId, code }) },
              t('editor.editLink'),
            ),
          )
        : null,
    ),
    labelledSection(
      'card',
      'card-units',
      t('card.units'),
      h(
        'dl',
        { class: 'identity-list' },
        h('dt', {}, t('card.responsible')),
        h('dd', {}, unitName(target.responsibleUnit)),
        h('dt', {}, t('card.collaborating')),
        h(
          'dd',
          {},
          (target.collaboratingUnits ?? []).length === 0
            ? t('card.none')
            : (target.collaboratingUnits ?? []).map(unitName).join(', '),
        ),
      ),
    ),
    indicatorsSection(planId, target, years),
    listsSection(target),
    analysis ? targetAnalysisSection(planId, target.code, analysis.findings, editable) : null,
    costsSection(target, years, unitName),
    councilRecommendations(
      planId,
      recommendations.filter((row) => row.planCode === target.code || row.planCode === aim.code),
      { canReply: hasRole(plan.institution.id, 'planner', 'admin') },
    ),
  );
}

function planYears(document: PlanDocument): number[] {
  const years: number[] = [];
  for (let year = document.plan.startYear; year <= document.plan.endYear; year += 1) years.push(year);
  return years;
}

function number(value: number | null | undefined): string {
  return value === null || value === undefined ? noData() : formatNumber(value);
}

function indicatorsSection(planId: string, target: TargetDoc, years: number[]): HTMLElement {
  const weights = sumExact(target.indicators.map((indicator) => indicator.weight));
  return labelledSection(
    'card',
    'card-indicators',
    t('card.indicators'),
    target.indicators.length === 0
      ? h('p', {}, t('card.noIndicators'))
      : tableRegion(
          t('card.indicators'),
          h(
            'table',
            { class: 'card-indicators' },
            tableHead(
              t('card.indicator'),
              t('card.unit'),
              t('card.weight'),
              t('card.baseline'),
              ...years.map((year) => t('card.targetOf', { year })),
              t('card.direction'),
              t('card.valueType'),
              t('card.method'),
              t('card.frequency'),
              t('card.dataSource'),
            ),
            h(
              'tbody',
              {},
              target.indicators.map((indicator) => indicatorRow(planId, indicator, years)),
              h(
                'tr',
                { class: 'weights-total' },
                h('th', { scope: 'row' }, t('card.weightsTotal')),
                h('td', {}, ''),
                h('td', { class: 'number' }, formatNumber(weights)),
                h('td', { colspan: years.length + 6 }, ''),
              ),
            ),
          ),
        ),
  );
}

function indicatorRow(planId: string, indicator: IndicatorDoc, years: number[]): HTMLElement {
  return h(
    'tr',
    { 'data-code': indicator.code },
    h(
      'th',
      { scope: 'row' },
      h(
        'a',
        { href: href('/plans/:planId/indicators/:code', { planId, code: indicator.code }) },
        `${indicator.code} ${indicator.name}`,
      ),
    ),
    h('td', {}, indicator.unit ?? ''),
    h('td', { class: 'number' }, formatNumber(indicator.weight)),
    h('td', { class: 'number' }, number(indicator.baseline)),
    years.map((year) => h('td', { class: 'number' }, number(indicator.targets[String(year)]))),
    h('td', {}, directionLabel(indicator.direction)),
    h('td', {}, valueTypeLabel(indicator.valueType, 'short')),
    h('td', {}, indicator.method ?? (indicator.valueType === 'donemsel' ? 'F2' : 'F1')),
    h(
      'td',
      {},
      t('card.months', {
        monitoring: indicator.monitoringMonths ?? 6,
        reporting: indicator.reportingMonths ?? 6,
      }),
    ),
    h('td', {}, indicator.dataSource ?? t('overview.notGiven')),
  );
}

function listsSection(target: TargetDoc): HTMLElement {
  const lists: Array<[string, string[] | undefined]> = [
    [t('card.risks'), target.risks],
    [t('card.controls'), target.controls],
    [t('card.strategies'), target.strategies],
    [t('card.findings'), target.findings],
    [t('card.needs'), target.needs],
  ];
  return labelledSection(
    'card',
    'card-lists',
    t('card.lists'),
    h(
      'dl',
      { class: 'identity-list' },
      lists.flatMap(([label, items]) => [
        h('dt', {}, label),
        h(
          'dd',
          {},
          items && items.length > 0
            ? h(
                'ul',
                {},
                items.map((item) => h('li', {}, item)),
              )
            : t('card.none'),
        ),
      ]),
    ),
  );
}

function costsSection(
  target: TargetDoc,
  years: number[],
  unitName: (code: string | undefined) => string,
): HTMLElement {
  const amounts = (values: YearAmounts | undefined): HTMLElement[] => {
    const present = years.map((year) => values?.[String(year)]);
    const known = present.filter((value): value is number => value !== undefined);
    return [
      ...present.map((value) => h('td', { class: 'number' }, number(value))),
      h('td', { class: 'number' }, known.length === 0 ? noData() : formatNumber(sumExact(known))),
    ];
  };
  return labelledSection(
    'card',
    'card-costs',
    t('card.costs'),
    tableRegion(
      t('card.costs'),
      h(
        'table',
        { class: 'card-costs' },
        tableHead(t('card.activity'), t('card.responsible'), ...years.map(String), t('card.total')),
        h(
          'tbody',
          {},
          (target.activities ?? []).map((activity) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, [activity.code, activity.name].filter(Boolean).join(' ')),
              h('td', {}, unitName(activity.responsibleUnit ?? target.responsibleUnit)),
              amounts(activity.cost),
            ),
          ),
          h(
            'tr',
            { class: 'cost-estimate' },
            h('th', { scope: 'row' }, t('card.costEstimate')),
            h('td', {}, ''),
            amounts(target.costEstimate),
          ),
        ),
      ),
    ),
  );
}
