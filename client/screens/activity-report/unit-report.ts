import type { UnitActivityReportResponse } from '../../../src/contracts/unit-reports.js';
import { getUnitReport, putUnitReport, unitReportStep } from '../../api/activity-reports.js';
import { getPlan } from '../../api/plans.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { pageHeader, planEyebrow } from '../../components/page-header.js';
import { announce } from '../../lib/announce.js';
import { h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, messageOf, showError, showFieldError, toApiError } from '../../lib/errors.js';
import { formatDate, formatNumber, formatPeriod, formatRate } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, refresh, type RouteContext } from '../../lib/router.js';
import { currentUser, hasRole, roleIn } from '../../lib/session.js';
import { STATE_LABELS } from '../entry/entry-labels.js';
import './activity-report.css';

/**
 * #/plans/:planId/activity-reports/:year/units/:unit — a unit's activity report (birim faaliyet
 * raporu, issue 14 point 8): the unit manager writes its problems and proposals beside the unit's
 * targets and indicators with their results and its activities' progress (all computed by the
 * server on approved figures, never typed), saves a draft and submits it; the strategy unit
 * approves it or returns it with a comment.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId, unit } = context.params;
  const year = Number(context.params.year);
  const [plan, report] = await Promise.all([
    getPlan(planId, context.signal),
    getUnitReport(planId, year, unit, context.signal),
  ]);
  if (context.signal.aborted) return;
  context.setTitle(`${t('monitoring.unitReportTitle', { unit: report.unitName, year })} — ${plan.title}`);
  const role = roleIn(plan.institution.id);
  const ownUnit =
    role === 'admin' ||
    (role === 'unit_manager' &&
      (currentUser()
        ?.memberships.find((membership) => membership.institutionId === plan.institution.id)
        ?.units.includes(report.unit) ??
        false));
  const writable =
    ownUnit && (report.state === 'missing' || report.state === 'draft' || report.state === 'returned');
  const planner = hasRole(plan.institution.id, 'planner', 'admin');
  replaceChildren(
    context.outlet,
    pageHeader(
      planEyebrow(plan),
      t('monitoring.unitReportTitle', { unit: report.unitName, year }),
      h(
        'p',
        { class: 'unit-report-state', 'data-state': report.state },
        t(STATE_LABELS[report.state]),
        ' · ',
        t('monitoring.unitReportDue', { date: formatDate(report.dueDate) }),
      ),
      h(
        'p',
        {},
        h(
          'a',
          { href: href('/plans/:planId/activity-report', { planId }, { year: String(year) }) },
          t('monitoring.backToReport', { year }),
        ),
      ),
    ),
    report.returnComment && report.state === 'returned'
      ? h(
          'p',
          { class: 'notice return-comment' },
          h('strong', {}, t('entry.returnComment')),
          ' ',
          report.returnComment,
        )
      : null,
    textSection(planId, year, report, writable),
    planner && report.state === 'submitted' ? decisionSection(planId, year, report) : null,
    resultsSection(report),
    activitiesSection(report),
  );
}

/** Problems and proposals: a form for the unit while it may write, the text otherwise. */
function textSection(
  planId: string,
  year: number,
  report: UnitActivityReportResponse,
  writable: boolean,
): HTMLElement {
  const heading = t('monitoring.unitReportText');
  if (!writable)
    return labelledSection(
      'card unit-report-text',
      'unit-report-text-heading',
      heading,
      h('h3', {}, t('monitoring.problems')),
      h('p', { class: 'pre-wrap', 'data-field': 'problems' }, report.problems || '—'),
      h('h3', {}, t('monitoring.proposals')),
      h('p', { class: 'pre-wrap', 'data-field': 'proposals' }, report.proposals || '—'),
    );
  const problemsId = uid('problems');
  const proposalsId = uid('proposals');
  const save = h('button', { type: 'submit', value: 'draft' }, t('entry.saveDraft'));
  const submit = h('button', { type: 'submit', value: 'submit', class: 'primary' }, t('entry.submit'));
  const form = h(
    'form',
    { class: 'unit-report-form stack', novalidate: true },
    h('p', { class: 'muted' }, t('monitoring.unitReportIntro')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: problemsId }, t('monitoring.problems')),
      h('textarea', { id: problemsId, name: 'problems', rows: 5 }, report.problems ?? ''),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: proposalsId }, t('monitoring.proposals')),
      h('textarea', { id: proposalsId, name: 'proposals', rows: 5 }, report.proposals ?? ''),
    ),
    h('div', { class: 'actions' }, save, submit),
  );
  // A refusal shown at a field goes once the user types again.
  form.addEventListener('input', () => clearErrors(form));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const andSubmit = (event.submitter as HTMLButtonElement | null)?.value === 'submit';
    const text = (name: string): string | null =>
      (form.elements.namedItem(name) as HTMLTextAreaElement).value.trim() || null;
    const body = {
      problems: text('problems'),
      proposals: text('proposals'),
      version: report.version ?? undefined,
    };
    if (andSubmit && (body.problems === null || body.proposals === null)) {
      clearErrors(form);
      if (body.problems === null) showFieldError(form, 'problems', t('monitoring.textRequired'));
      if (body.proposals === null) showFieldError(form, 'proposals', t('monitoring.textRequired'));
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    save.disabled = submit.disabled = true;
    const what = { code: report.unitName, period: String(year) };
    putUnitReport(planId, year, report.unit, body)
      .then(async (saved) => {
        if (andSubmit) {
          await unitReportStep(planId, year, report.unit, 'submit', { version: saved.version ?? undefined });
          announce(t('entry.submittedNotice', what), { carry: true });
        } else announce(t('entry.savedNotice', what), { carry: true });
        await refresh();
      })
      .catch(async (error: unknown) => {
        save.disabled = submit.disabled = false;
        const apiError = toApiError(error);
        if (apiError.status === 409 && apiError.code === 'STALE_VERSION') {
          // Changed meanwhile (in another tab, or returned): read again, and say so.
          await refresh();
          announce(messageOf(apiError), { carry: true });
          return;
        }
        showError(form, error);
      });
  });
  return labelledSection('card unit-report-text', 'unit-report-text-heading', heading, form);
}

/** The strategy unit's decision on a submitted report: approve, or return with a comment. */
function decisionSection(planId: string, year: number, report: UnitActivityReportResponse): HTMLElement {
  const commentId = uid('comment');
  const status = h('div', { class: 'item-status' });
  const approve = h('button', { type: 'button', class: 'primary' }, t('approvals.approve'));
  const form = h(
    'form',
    { class: 'return-form', novalidate: true },
    h(
      'div',
      { class: 'field' },
      h('label', { for: commentId }, t('approvals.commentLabel')),
      h('textarea', { id: commentId, name: 'comment', rows: 3 }),
    ),
    h('button', { type: 'submit' }, t('approvals.sendReturn')),
  );
  const step = (action: 'approve' | 'return', comment?: string, place: HTMLElement = status): void => {
    clearErrors(place);
    approve.disabled = true;
    unitReportStep(planId, year, report.unit, action, { version: report.version ?? undefined, comment })
      .then(async () => {
        announce(
          t(action === 'approve' ? 'approvals.approvedOne' : 'approvals.returnedOne', {
            what: report.unitName,
          }),
          { carry: true },
        );
        await refresh();
      })
      .catch((error: unknown) => {
        approve.disabled = false;
        showError(place, error);
      });
  };
  approve.addEventListener('click', () => step('approve'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const comment = (form.elements.namedItem('comment') as HTMLTextAreaElement).value.trim();
    if (!comment) {
      clearErrors(form);
      showFieldError(form, 'comment', t('approvals.commentRequired'));
      return;
    }
    step('return', comment, form);
  });
  return labelledSection(
    'card unit-report-decision',
    'unit-report-decision-heading',
    t('monitoring.decisionHeading'),
    h('div', { class: 'actions' }, approve),
    status,
    form,
  );
}

/** The unit's targets and indicators with their year-end results (approved values, the progress engine). */
function resultsSection(report: UnitActivityReportResponse): HTMLElement {
  const targets = report.results.targets;
  return labelledSection(
    'card unit-report-results',
    'unit-report-results-heading',
    t('monitoring.resultsHeading', { year: report.year }),
    targets.length === 0
      ? h('p', { class: 'muted' }, t('monitoring.noTargets'))
      : tableRegion(
          t('monitoring.resultsHeading', { year: report.year }),
          h(
            'table',
            { class: 'unit-report-table' },
            tableHead(
              t('monitoring.codeColumn'),
              t('monitoring.nameColumn'),
              [t('monitoring.targetColumn'), 'number'],
              [t('monitoring.actualColumn'), 'number'],
              [t('monitoring.rateColumn'), 'number'],
            ),
            h(
              'tbody',
              {},
              targets.flatMap((target) => [
                h(
                  'tr',
                  { class: 'pp-subtotal', 'data-target': target.code },
                  h('th', { scope: 'row' }, target.code),
                  h('td', {}, target.title),
                  h('td', { class: 'number' }, ''),
                  h('td', { class: 'number' }, ''),
                  h('td', { class: 'number' }, formatRate(target.rate)),
                ),
                ...target.indicators.map((indicator) =>
                  h(
                    'tr',
                    { 'data-indicator': indicator.code },
                    h('th', { scope: 'row' }, indicator.code),
                    h('td', {}, indicator.name),
                    h('td', { class: 'number' }, formatNumber(indicator.target)),
                    h('td', { class: 'number' }, formatNumber(indicator.actual)),
                    h('td', { class: 'number' }, formatRate(indicator.rate)),
                  ),
                ),
              ]),
            ),
          ),
        ),
  );
}

/** The unit's activities of the year's programme, with their approved progress and spending per period. */
function activitiesSection(report: UnitActivityReportResponse): HTMLElement {
  return labelledSection(
    'card unit-report-activities',
    'unit-report-activities-heading',
    t('monitoring.unitActivitiesHeading', { year: report.year }),
    report.activities.length === 0
      ? h('p', { class: 'muted' }, t('monitoring.noActivities'))
      : tableRegion(
          t('monitoring.unitActivitiesHeading', { year: report.year }),
          h(
            'table',
            { class: 'unit-report-table' },
            tableHead(
              t('monitoring.codeColumn'),
              t('monitoring.nameColumn'),
              t('monitoring.periodColumn'),
              [t('monitoring.percentColumn'), 'number'],
              [t('monitoring.spendingColumn'), 'number'],
            ),
            h(
              'tbody',
              {},
              report.activities.flatMap((activity) => {
                const rows = activity.progress.length === 0 ? [null] : activity.progress;
                return rows.map((period) =>
                  h(
                    'tr',
                    { 'data-activity': activity.code, 'data-period': period?.period ?? '' },
                    h('th', { scope: 'row' }, `${activity.programmeTarget} · ${activity.code}`),
                    h('td', {}, activity.name),
                    h('td', {}, period ? formatPeriod(period.period) : '—'),
                    // The approved entry only: a draft or a submitted figure is not a result yet.
                    h('td', { class: 'number' }, formatRate(period?.approved?.percent)),
                    h(
                      'td',
                      { class: 'number' },
                      period?.approved
                        ? t('monitoring.lira', { amount: formatNumber(period.approved.spendingTotal) })
                        : '—',
                    ),
                  ),
                );
              }),
            ),
          ),
        ),
  );
}
