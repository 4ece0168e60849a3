import { serverNow } from '../../lib/clock.js';
import type { AuditEntryResponse, AuditPageResponse } from '../../../src/contracts/audit.js';
import { reasonLabel } from '../../../src/contracts/labels.js';
import type {
  IndicatorResponse,
  IndicatorValueResponse,
  PlanResponse,
  TargetResponse,
} from '../../../src/contracts/resources.js';
import type { CorrectionStatus, ValueStatus } from '../../../src/contracts/workflow.js';
import { listAuditEntries } from '../../api/audit.js';
import { getIndicator, getTarget } from '../../api/indicators.js';
import { getPlan } from '../../api/plans.js';
import { getProgress } from '../../api/progress.js';
import { listPlanPeople } from '../../api/users.js';
import { listValues } from '../../api/values.js';
import { lastEndedPeriod, periodsUpTo, toIndicatorSeries } from '../../charts/indicator-series-chart.js';
import { basisNote } from '../../components/rate-bar.js';
import { announce } from '../../lib/announce.js';
import { tableHead } from '../../components/table-region.js';
import { breadcrumb, h, labelledSection, replaceChildren } from '../../lib/dom.js';
import { showError } from '../../lib/errors.js';
import { formatDateTime, formatNumber, formatPeriod } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import { implausibleBadge } from '../../components/entry-figures.js';
import { createProgress } from '../../lib/progress-bar.js';
import { href, type RouteContext } from '../../lib/router.js';
import { directionLabel, valueStatusLabel, valueTypeLabel } from '../../lib/labels.js';
import { hasRole } from '../../lib/session.js';
import type { MessageKey } from '../../messages/index.js';
import {
  figuresByPeriod,
  mountSeriesChart,
  periodsTable,
  revisedBadge,
  withUnit,
} from '../../components/indicator-chart.js';
import { correctionForm, pendingCorrectionNote } from './value-correction.js';
import { pageHeader } from '../../components/page-header.js';

/**
 * #/plans/:planId/indicators/:code — one indicator (issue 4, screen 2): its card, a line chart
 * of baseline, yearly targets and actuals per assessed period, the entered values with who
 * entered and approved them (a planner or admin proposes corrections of approved ones here; a
 * waiting correction shows on its value), and its change history from the audit trail.
 *
 * The actual C of each period comes from the progress API (the same figures as the overview),
 * asked for the periods up to the latest one with an entry of this indicator.
 */
const HISTORY_PAGE = 50;

export async function render(context: RouteContext): Promise<void> {
  const { planId, code } = context.params;
  const { signal } = context;
  const [plan, indicator, values, people] = await Promise.all([
    getPlan(planId, signal),
    getIndicator(planId, code, signal),
    listValues(planId, code, signal),
    listPlanPeople(planId, signal),
  ]);
  if (signal.aborted) return;
  const mayReadHistory = hasRole(plan.institution.id, 'admin', 'planner', 'reviewer');
  const periods = periodsUpTo(
    plan.startYear,
    indicator.monitoringMonths,
    values.map((value) => value.period),
  );
  const [target, progress, history] = await Promise.all([
    getTarget(planId, indicator.target, signal),
    Promise.all(periods.map((period) => getProgress(planId, period, signal))),
    mayReadHistory
      ? listAuditEntries(planId, { indicator: code, pageSize: HISTORY_PAGE }, signal)
      : Promise.resolve(null),
  ]);
  if (signal.aborted) return;

  const figures = figuresByPeriod(progress, code);
  const series = toIndicatorSeries({
    startYear: plan.startYear,
    endYear: plan.endYear,
    baseline: indicator.baseline,
    targets: indicator.targets,
    monitoringMonths: indicator.monitoringMonths,
    actuals: figures,
    revisedPeriods: new Set(values.filter((value) => value.revised).map((value) => value.period)),
    valueType: indicator.valueType,
    endedUpTo: lastEndedPeriod(serverNow()),
  });
  const names = new Map(people.map((person) => [person.id, person.name]));
  const subject = { code: indicator.code, unit: indicator.unit, chartFromZero: indicator.chartFromZero };
  // Four eyes after approval: a planner or admin proposes, another one approves in the queue.
  const corrections: Corrections | null =
    hasRole(plan.institution.id, 'admin', 'planner') && plan.status !== 'kapandi'
      ? {
          planId,
          approvalsHref: href('/plans/:planId/approvals', { planId }),
          redraw: async () => {
            const [freshValues, freshPeople] = await Promise.all([
              listValues(planId, code, signal),
              listPlanPeople(planId, signal),
            ]);
            if (signal.aborted) return;
            const next = valuesSection(
              indicator,
              freshValues,
              new Map(freshPeople.map((person) => [person.id, person.name])),
              corrections,
            );
            valuesElement.replaceWith(next);
            valuesElement = next;
          },
        }
      : null;
  let valuesElement = valuesSection(indicator, values, names, corrections);
  context.setTitle(`${indicator.code} ${indicator.name}`);

  const chartSection = h(
    'section',
    { class: 'card', 'aria-labelledby': 'series-heading', 'data-section': 'series' },
    h('h2', { id: 'series-heading' }, t('indicator.chartHeading')),
  );
  replaceChildren(
    context.outlet,
    breadcrumb(
      plan.title,
      href('/plans/:planId', { planId }),
      t('indicator.backToPlan', { plan: plan.title }),
    ),
    header(indicator, target),
    card(plan, indicator),
    chartSection,
    valuesElement,
    historySection(planId, code, history, names, signal),
  );
  mountSeriesChart(chartSection, series, subject, signal);
  chartSection.append(basisNote(progress[0]?.basis), periodsTable(series, figures, subject));
}

function header(indicator: IndicatorResponse, target: TargetResponse): HTMLElement {
  return pageHeader(
    t('indicator.targetOf', { code: target.code, title: target.title }),
    [h('span', { class: 'code' }, indicator.code), ' ', indicator.name],
    h('p', { class: 'muted' }, t('indicator.responsibleUnit', { unit: target.responsibleUnit })),
  );
}

function card(plan: PlanResponse, indicator: IndicatorResponse): HTMLElement {
  const lastYear = Object.keys(indicator.targets).sort().at(-1) ?? String(plan.endYear);
  const item = (label: string, value: string) => h('div', {}, h('dt', {}, label), h('dd', {}, value));
  return labelledSection(
    'card',
    'card-heading',
    t('indicator.cardHeading'),
    h(
      'dl',
      { class: 'figures' },
      item(t('indicator.unit'), indicator.unit ?? t('indicator.notGiven')),
      item(t('indicator.weight'), formatNumber(indicator.weight)),
      item(t('indicator.baseline'), withUnit(indicator.baseline, indicator.unit)),
      item(
        t('indicator.finalTarget', { year: lastYear }),
        withUnit(indicator.targets[lastYear] ?? null, indicator.unit),
      ),
      item(t('indicator.direction'), directionLabel(indicator.direction)),
      item(t('indicator.valueType'), valueTypeLabel(indicator.valueType)),
      item(t('indicator.method'), indicator.effectiveMethod),
      item(
        t('indicator.monitoring'),
        t('indicator.monitoringMonths', { months: indicator.monitoringMonths }),
      ),
      item(t('indicator.dataSource'), indicator.dataSource ?? t('indicator.notGiven')),
      indicator.sinceYear === null ? null : item(t('indicator.sinceYear'), String(indicator.sinceYear)),
      Object.keys(indicator.halfYearTargets).length === 0
        ? null
        : item(
            t('indicator.halfYearTargets'),
            Object.entries(indicator.halfYearTargets)
              .map(([year, value]) =>
                t('indicator.halfYearTarget', { year, value: withUnit(value, indicator.unit) }),
              )
              .join('; '),
          ),
    ),
  );
}

/** What a planner or admin may do about corrections on this page; null for other roles. */
interface Corrections {
  planId: string;
  approvalsHref: string;
  /** Reads the values again and draws the section anew (after a proposal). */
  redraw(): Promise<void>;
}

function valuesSection(
  indicator: IndicatorResponse,
  values: IndicatorValueResponse[],
  names: ReadonlyMap<string, string>,
  corrections: Corrections | null,
): HTMLElement {
  const caption = t('indicator.valuesCaption', { code: indicator.code });
  const person = (id: string | null) => (id === null ? null : (names.get(id) ?? t('indicator.unknownUser')));
  const formHost = h('div', { class: 'correction-host' });
  const openForm = (value: IndicatorValueResponse, trigger: HTMLButtonElement): void => {
    if (!corrections) return;
    const built = correctionForm({
      planId: corrections.planId,
      indicator,
      value,
      onProposed: () => corrections.redraw(),
      onCancel: () => {
        replaceChildren(formHost);
        trigger.setAttribute('aria-expanded', 'false');
        trigger.focus();
      },
    });
    for (const button of formHost.parentElement?.querySelectorAll('[data-correct]') ?? [])
      button.setAttribute('aria-expanded', String(button === trigger));
    replaceChildren(formHost, built.form);
    built.focus();
  };
  const correctionCell = (value: IndicatorValueResponse): HTMLElement | null => {
    if (!corrections) return null;
    if (value.pendingCorrection) {
      return h(
        'td',
        { class: 'correction-action' },
        h('span', { class: 'cell-note' }, t('indicator.correctionWaiting')),
        h('a', { class: 'cell-note', href: corrections.approvalsHref }, t('indicator.correctionToQueue')),
      );
    }
    if (value.status !== 'approved') return h('td', { class: 'correction-action' }, t('indicator.none'));
    const button: HTMLButtonElement = h(
      'button',
      {
        type: 'button',
        'data-correct': value.period,
        'aria-expanded': 'false',
        onclick: () => openForm(value, button),
      },
      t('indicator.correctionPropose'),
      h('span', { class: 'visually-hidden' }, ` ${indicator.code} ${formatPeriod(value.period)}`),
    );
    return h('td', { class: 'correction-action' }, button);
  };
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'values-heading', 'data-section': 'values' },
    h('h2', { id: 'values-heading' }, t('indicator.valuesHeading')),
    corrections ? h('p', { class: 'muted' }, t('indicator.correctionRule')) : null,
    values.length === 0
      ? h('p', {}, t('indicator.noValues'))
      : h(
          'div',
          { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
          h(
            'table',
            { class: 'values-table' },
            h('caption', { class: 'visually-hidden' }, caption),
            tableHead(
              t('indicator.period'),
              [t('indicator.value'), 'number'],
              t('indicator.status'),
              t('indicator.enteredBy'),
              t('indicator.approvedBy'),
              t('indicator.notes'),
              corrections ? t('indicator.correctionColumn') : null,
            ),
            h(
              'tbody',
              {},
              values.map((value) =>
                h(
                  'tr',
                  { 'data-period': value.period, 'data-status': value.status },
                  h('th', { scope: 'row' }, formatPeriod(value.period)),
                  h(
                    'td',
                    { class: 'number' },
                    withUnit(value.value, indicator.unit),
                    value.implausible
                      ? [' ', implausibleBadge(t('entry.implausibleTitle'), getLang())]
                      : null,
                    value.revised
                      ? [
                          ' ',
                          revisedBadge(),
                          h(
                            'span',
                            { class: 'cell-note' },
                            t('indicator.originalValue', {
                              value: withUnit(value.originalValue, indicator.unit),
                            }),
                          ),
                          value.correctionReason
                            ? h(
                                'span',
                                { class: 'cell-note' },
                                t('indicator.correctionReason', { reason: value.correctionReason }),
                              )
                            : null,
                        ]
                      : null,
                  ),
                  h(
                    'td',
                    {},
                    valueStatusLabel(value.status),
                    value.returnComment
                      ? h(
                          'span',
                          { class: 'cell-note' },
                          t('indicator.returnComment', { comment: value.returnComment }),
                        )
                      : null,
                    value.pendingCorrection
                      ? pendingCorrectionNote(value.pendingCorrection, indicator.unit, person)
                      : null,
                  ),
                  h(
                    'td',
                    { 'data-cell': 'entered' },
                    person(value.enteredBy) ?? t('indicator.imported'),
                    value.submittedAt
                      ? h(
                          'span',
                          { class: 'cell-note' },
                          value.submittedBy && value.submittedBy !== value.enteredBy
                            ? t('indicator.submittedByOn', {
                                name: person(value.submittedBy) ?? '',
                                date: formatDateTime(value.submittedAt),
                              })
                            : t('indicator.submittedOn', { date: formatDateTime(value.submittedAt) }),
                        )
                      : null,
                  ),
                  h(
                    'td',
                    { 'data-cell': 'approved' },
                    value.status !== 'approved'
                      ? t('indicator.notApproved')
                      : value.approvedBy === null
                        ? t('indicator.approvedOnImport')
                        : [
                            person(value.approvedBy),
                            value.approvedAt
                              ? h(
                                  'span',
                                  { class: 'cell-note' },
                                  t('indicator.approvedOn', { date: formatDateTime(value.approvedAt) }),
                                )
                              : null,
                          ],
                  ),
                  h(
                    'td',
                    {},
                    value.note
                      ? h('span', { class: 'cell-note' }, t('indicator.note', { note: value.note }))
                      : null,
                    value.deviationReason
                      ? h(
                          'span',
                          { class: 'cell-note' },
                          t('indicator.deviationReason', { reason: value.deviationReason }),
                        )
                      : null,
                    value.evidenceUrl
                      ? h(
                          'a',
                          {
                            class: 'cell-note',
                            href: value.evidenceUrl,
                            rel: 'noopener noreferrer',
                            target: '_blank',
                          },
                          t('indicator.evidence'),
                        )
                      : null,
                    !value.note && !value.deviationReason && !value.evidenceUrl ? t('indicator.none') : null,
                  ),
                  correctionCell(value),
                ),
              ),
            ),
          ),
        ),
    formHost,
  );
}

function historySection(
  planId: string,
  code: string,
  first: AuditPageResponse | null,
  names: ReadonlyMap<string, string>,
  signal: AbortSignal,
): HTMLElement {
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'history-heading', 'data-section': 'history' },
    h('h2', { id: 'history-heading' }, t('indicator.historyHeading')),
  );
  if (first === null) {
    section.append(h('p', { class: 'muted' }, t('indicator.historyHidden')));
    return section;
  }
  section.append(h('p', { class: 'muted' }, t('indicator.historyIntro')));
  if (first.total === 0) {
    section.append(h('p', {}, t('indicator.historyEmpty')));
    return section;
  }
  const list = h('ol', { class: 'audit-list' });
  const count = h('p', { class: 'muted', 'aria-live': 'polite' });
  const more = h('button', { type: 'button' });
  const footer = h('div', { class: 'history-more' }, count, more);
  let shown = 0;
  let page = first.page;
  const show = (entries: AuditEntryResponse[], total: number) => {
    list.append(...entries.map((entry) => auditItem(entry, names)));
    shown += entries.length;
    count.textContent = t('indicator.historyCount', {
      shown: formatNumber(shown),
      total: formatNumber(total),
    });
    more.textContent = t('indicator.historyMore', { count: formatNumber(total - shown) });
    more.hidden = shown >= total;
  };
  more.addEventListener('click', () => {
    void (async () => {
      const progress = createProgress(t('indicator.historyLoading'));
      footer.prepend(progress.element);
      more.disabled = true;
      try {
        const next = await listAuditEntries(
          planId,
          { indicator: code, pageSize: HISTORY_PAGE, page: page + 1 },
          signal,
        );
        if (signal.aborted) return;
        page = next.page;
        show(next.items, next.total);
        announce(t('indicator.historyLoaded', { count: next.items.length }));
      } catch (error) {
        if (!signal.aborted) showError(footer, error);
      } finally {
        progress.done();
        more.disabled = false;
      }
    })();
  });
  show(first.items, first.total);
  section.append(list, footer);
  return section;
}

/** Columns that say nothing to a reader (ids, bookkeeping times) are left out of a change. */
const HIDDEN_FIELDS = new Set([
  'id',
  'planId',
  'institutionId',
  'indicatorId',
  'targetId',
  'createdAt',
  'updatedAt',
  'version',
  'contentVersion',
  'position',
  'valueId',
  'period',
]);
const PEOPLE_FIELDS = new Set(['enteredBy', 'submittedBy', 'approvedBy', 'proposedBy', 'decidedBy']);
const TIME_FIELDS = new Set(['submittedAt', 'approvedAt', 'proposedAt', 'decidedAt']);
const FIELD_LABELS: Record<string, MessageKey> = {
  value: 'indicator.fieldValue',
  status: 'indicator.fieldStatus',
  note: 'indicator.fieldNote',
  deviationReason: 'indicator.fieldDeviationReason',
  evidenceUrl: 'indicator.fieldEvidenceUrl',
  enteredBy: 'indicator.fieldEnteredBy',
  submittedBy: 'indicator.fieldSubmittedBy',
  submittedAt: 'indicator.fieldSubmittedAt',
  approvedBy: 'indicator.fieldApprovedBy',
  approvedAt: 'indicator.fieldApprovedAt',
  returnComment: 'indicator.fieldReturnComment',
  originalValue: 'indicator.fieldOriginalValue',
  correctionReason: 'indicator.fieldCorrectionReason',
  revised: 'indicator.fieldRevised',
  previousValue: 'indicator.fieldPreviousValue',
  reason: 'indicator.fieldCorrectionReason',
  proposedBy: 'indicator.fieldProposedBy',
  proposedAt: 'indicator.fieldProposedAt',
  decidedBy: 'indicator.fieldDecidedBy',
  decidedAt: 'indicator.fieldDecidedAt',
  decisionComment: 'indicator.fieldDecisionComment',
  name: 'indicator.fieldName',
  unit: 'indicator.fieldUnit',
  weight: 'indicator.fieldWeight',
  baseline: 'indicator.fieldBaseline',
  direction: 'indicator.fieldDirection',
  valueType: 'indicator.fieldValueType',
  method: 'indicator.fieldMethod',
  monitoringMonths: 'indicator.fieldMonitoringMonths',
  reportingMonths: 'indicator.fieldReportingMonths',
  dataSource: 'indicator.fieldDataSource',
  year: 'indicator.fieldYear',
  code: 'indicator.fieldCode',
};
const EVENTS: Record<string, Record<string, MessageKey>> = {
  indicator: {
    insert: 'indicator.eventIndicatorInsert',
    update: 'indicator.eventIndicatorUpdate',
    delete: 'indicator.eventIndicatorDelete',
  },
  indicator_target: {
    insert: 'indicator.eventTargetInsert',
    update: 'indicator.eventTargetUpdate',
    delete: 'indicator.eventTargetDelete',
  },
  indicator_value: {
    insert: 'indicator.eventValueInsert',
    update: 'indicator.eventValueUpdate',
    delete: 'indicator.eventValueDelete',
  },
  value_correction: {
    insert: 'indicator.eventCorrectionInsert',
    update: 'indicator.eventCorrectionUpdate',
    delete: 'indicator.eventCorrectionDelete',
  },
};
/** A correction's update is its decision: said by the status it reached. */
const CORRECTION_DECISIONS: Partial<Record<CorrectionStatus, MessageKey>> = {
  approved: 'indicator.eventCorrectionApproved',
  rejected: 'indicator.eventCorrectionRejected',
  withdrawn: 'indicator.eventCorrectionWithdrawn',
};
const CORRECTION_STATUS: Record<CorrectionStatus, MessageKey> = {
  proposed: 'indicator.correctionStatusProposed',
  approved: 'indicator.correctionStatusApproved',
  rejected: 'indicator.correctionStatusRejected',
  withdrawn: 'indicator.correctionStatusWithdrawn',
};
/** The fields an insert or a delete is identified by, per kind of record. */
const ROW_FIELDS: Record<string, string[]> = {
  indicator: ['name', 'weight', 'baseline'],
  value_correction: ['previousValue', 'value', 'deviationReason'],
};

function auditItem(entry: AuditEntryResponse, names: ReadonlyMap<string, string>): HTMLElement {
  const rowYear = entry.newValue?.year ?? entry.oldValue?.year;
  const year = typeof rowYear === 'number' ? String(rowYear) : (entry.entityId.split(':')[1] ?? '');
  const decision =
    entry.entity === 'value_correction' && entry.action === 'update'
      ? CORRECTION_DECISIONS[entry.newValue?.status as CorrectionStatus]
      : undefined;
  const event = decision ?? EVENTS[entry.entity]?.[entry.action];
  const what = event
    ? t(event, { year, period: entry.period ? formatPeriod(entry.period) : '' })
    : t('indicator.eventOther', { entity: entry.entity, action: entry.action });
  const who = entry.actor
    ? ((entry.actor.id ? names.get(entry.actor.id) : undefined) ??
      entry.actor.email ??
      t('indicator.unknownUser'))
    : t('indicator.historyNoActor', { dbUser: entry.dbUser });
  const show = (field: string, value: unknown) => fieldValue(entry.entity, field, value, names);
  let changes: string[];
  if (entry.action === 'update') {
    changes = Object.keys(entry.newValue ?? {})
      .filter((field) => !HIDDEN_FIELDS.has(field))
      .map((field) =>
        t('indicator.historyChange', {
          field: fieldLabel(field),
          old: show(field, entry.oldValue?.[field]),
          new: show(field, entry.newValue?.[field]),
        }),
      );
  } else {
    // An insert or a delete holds the whole row: the fields a reader identifies it by.
    const row = entry.newValue ?? entry.oldValue ?? {};
    const keep = ROW_FIELDS[entry.entity] ?? ['value', 'status', 'deviationReason'];
    changes = keep
      .filter((field) => row[field] !== undefined && row[field] !== null)
      .map((field) =>
        t('indicator.historyField', { field: fieldLabel(field), value: show(field, row[field]) }),
      );
  }
  return h(
    'li',
    {
      class: 'audit-entry',
      'data-entity': entry.entity,
      'data-action': entry.action,
      'data-period': entry.period,
    },
    h(
      'p',
      { class: 'audit-head' },
      h('time', { datetime: entry.at }, formatDateTime(entry.at)),
      ' · ',
      h('strong', {}, what),
    ),
    h('p', { class: 'audit-who' }, t('indicator.historyBy', { who })),
    changes.length > 0
      ? h(
          'ul',
          { class: 'audit-changes' },
          changes.map((change) => h('li', {}, change)),
        )
      : null,
    entry.reason
      ? h(
          'p',
          { class: 'audit-reason' },
          t('indicator.historyReason', { reason: reasonLabel(entry.reason, getLang()) }),
        )
      : null,
  );
}

function fieldLabel(field: string): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

function fieldValue(
  entity: string,
  field: string,
  value: unknown,
  names: ReadonlyMap<string, string>,
): string {
  if (value === null || value === undefined || value === '') return t('indicator.empty');
  if (PEOPLE_FIELDS.has(field) && typeof value === 'string')
    return names.get(value) ?? t('indicator.unknownUser');
  if (TIME_FIELDS.has(field) && typeof value === 'string') return formatDateTime(value);
  if (field === 'status' && typeof value === 'string') {
    const correction =
      entity === 'value_correction' ? CORRECTION_STATUS[value as CorrectionStatus] : undefined;
    return correction ? t(correction) : valueStatusLabel(value as ValueStatus);
  }
  if (typeof value === 'boolean') return value ? t('indicator.yes') : t('indicator.no');
  if (typeof value === 'number') return formatNumber(value, undefined, 6);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
