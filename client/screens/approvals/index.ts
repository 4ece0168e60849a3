import type { Role } from '../../../src/contracts/auth.js';
import type { IndicatorResponse, PlanResponse } from '../../../src/contracts/resources.js';
import type {
  ActivityQueueItem,
  ApprovalItem,
  ApprovalQueueCorrection,
  ApprovalQueueItem,
  ApprovalQueueResponse,
  UnitCounts,
  WorklistResponse,
} from '../../../src/contracts/workflow.js';
import { listUnits } from '../../api/institutions.js';
import { listPeriods } from '../../api/periods.js';
import { getPlan } from '../../api/plans.js';
import { listPlanPeople } from '../../api/users.js';
import {
  approveCorrection,
  approveValue,
  listIndicators,
  rejectCorrection,
  returnValue,
} from '../../api/values.js';
import { figureItems, implausibleBadge, rangeText } from '../../components/entry-figures.js';
import { approveMany, getApprovalQueue, getWorklist } from '../../api/workflow.js';
import {
  COMPLETION_PARTS,
  ENTRY_COMPLETION_COLOURS,
  partCount,
  toEntryCompletionChartConfig,
} from '../../charts/completion-chart.js';
import { mountChart } from '../../charts/mount.js';
import { barChartHeight } from '../../charts/realisation-chart.js';
import { announce } from '../../lib/announce.js';
import { h, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, showError, showFieldError, toApiError } from '../../lib/errors.js';
import { formatDate, formatDateTime, formatNumber, formatPeriod, formatRate } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import { economicCodeLabel, unitNamer } from '../../lib/labels.js';
import { listProgrammes, progressStep } from '../../api/programmes.js';
import '../entry/activity-progress.css';
import { href, type RouteContext } from '../../lib/router.js';
import { currentUser, getInstitutionId, hasRole, roleIn, setInstitutionId } from '../../lib/session.js';
import type { MessageKey } from '../../messages/index.js';
import { completionRate } from '../../lib/entry-rules.js';
import { periodsPanel } from './periods-panel.js';
import { pageHeader } from '../../components/page-header.js';

/**
 * #/plans/:planId/approvals — the planner's approval queue (issue 4, screen 4): the assessment
 * periods (open, close, reopen), completion of data entry by unit as a bar chart, and the
 * submitted values by unit, approved or returned with a comment one by one or approved many at
 * once (all or nothing, every refused item shown at its row), and the proposed corrections of
 * approved values, each approved or rejected one by one by someone other than its proposer (who
 * sees it waiting and may withdraw it).
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const plan = await getPlan(planId, context.signal);
  if (context.signal.aborted) return;
  if (getInstitutionId() !== plan.institution.id) setInstitutionId(plan.institution.id);
  context.setTitle(`${t('approvals.title')} — ${plan.title}`);
  const header = pageHeader(
    h('a', { href: href('/plans/:planId', { planId }) }, plan.title),
    t('approvals.title'),
    h('p', { class: 'muted' }, t('approvals.intro')),
  );
  if (!hasRole(plan.institution.id, 'planner', 'admin')) {
    replaceChildren(
      context.outlet,
      header,
      h('section', { class: 'card' }, notPlannerNote(plan.id, roleIn(plan.institution.id))),
    );
    return;
  }

  const [queue, worklist, periods, indicators, units, people, programmes] = await Promise.all([
    getApprovalQueue(planId, context.signal),
    getWorklist(planId, { signal: context.signal }),
    listPeriods(planId, context.signal),
    listIndicators(planId, context.signal),
    listUnits(plan.institution.id, context.signal),
    listPlanPeople(planId, context.signal),
    listProgrammes(planId, context.signal),
  ]);
  if (context.signal.aborted) return;
  // Activities are monitored once a year's programme is accepted: before that the plan has no
  // activity progress to wait for, and its section would only say so.
  const monitorsActivities = programmes.some(
    (programme) => programme.status === 'accepted' || programme.status === 'published',
  );
  let names = new Map(people.map((person) => [person.id, person.name]));

  const unitName = unitNamer(units);
  const indicatorsByCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));

  const completion = h('section', {
    class: 'card completion',
    'aria-labelledby': 'completion-heading',
  });
  const queueSection = h('section', { class: 'queue', 'aria-labelledby': 'queue-heading' });
  const correctionsSection = h('section', {
    class: 'corrections',
    'aria-labelledby': 'corrections-heading',
  });
  const activitiesSection = h('section', {
    class: 'activity-queue',
    'aria-labelledby': 'activity-queue-heading',
  });
  let chartController: AbortController | null = null;

  const drawCompletion = (data: WorklistResponse): void => {
    chartController?.abort();
    chartController = new AbortController();
    context.signal.addEventListener('abort', () => chartController?.abort(), { once: true });
    completionSection(completion, data, unitName, chartController.signal);
  };

  const reload = async (): Promise<void> => {
    const [freshQueue, freshWorklist, freshPeriods, freshPeople] = await Promise.all([
      getApprovalQueue(planId),
      getWorklist(planId),
      listPeriods(planId),
      listPlanPeople(planId),
    ]);
    if (context.signal.aborted) return;
    names = new Map(freshPeople.map((person) => [person.id, person.name]));
    panel.update(freshPeriods);
    drawCompletion(freshWorklist);
    drawQueue(freshQueue);
  };

  const panel = periodsPanel({ plan, manage: true, onChanged: reload });
  panel.update(periods);

  const drawQueue = (data: ApprovalQueueResponse): void => {
    const queueContext = { plan, indicatorsByCode, unitName, reload };
    queueView(queueSection, data, queueContext);
    correctionsView(correctionsSection, data.corrections, {
      ...queueContext,
      person: (id) => (id === null ? null : (names.get(id) ?? null)),
    });
    activitiesSection.hidden = !monitorsActivities && data.activities.length === 0;
    activityQueueView(activitiesSection, data.activities, queueContext);
  };

  replaceChildren(
    context.outlet,
    header,
    panel.element,
    completion,
    queueSection,
    activitiesSection,
    correctionsSection,
  );
  drawCompletion(worklist);
  drawQueue(queue);
}

/** Completion of data entry by unit over the open periods: a stacked bar per unit, a legend, a table. */
function completionSection(
  container: HTMLElement,
  worklist: WorklistResponse,
  unitName: (code: string) => string,
  signal: AbortSignal,
): void {
  const partLabels = {
    approved: t('approvals.partApproved'),
    submitted: t('approvals.partSubmitted'),
    inProgress: t('approvals.partInProgress'),
    missing: t('approvals.partMissing'),
  };
  const periods = worklist.periods.map((period) => formatPeriod(period.period)).join(', ');
  replaceChildren(
    container,
    h('h2', { id: 'completion-heading' }, t('approvals.completionHeading')),
    worklist.periods.length === 0
      ? h('p', { class: 'muted' }, t('approvals.noOpenPeriods'))
      : [
          h('p', { class: 'muted' }, t('approvals.completionIntro', { periods })),
          h(
            'ul',
            { class: 'chart-legend' },
            COMPLETION_PARTS.map((part) => {
              const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
              swatch.style.background = ENTRY_COMPLETION_COLOURS[part];
              return h('li', {}, swatch, partLabels[part]);
            }),
          ),
        ],
  );
  if (worklist.periods.length === 0) return;
  const units = worklist.units;
  const describe = (unit: UnitCounts): string =>
    t('approvals.unitSentence', {
      unit: unitName(unit.unit),
      approved: formatNumber(unit.approved),
      submitted: formatNumber(unit.submitted),
      inProgress: formatNumber(partCount(unit, 'inProgress')),
      missing: formatNumber(unit.missing),
      expected: formatNumber(unit.expected),
    });
  mountChart(
    container,
    toEntryCompletionChartConfig(units, {
      partLabels,
      unitLabel: unitName,
      formatNumber: (value) => formatNumber(value),
    }),
    {
      label: t('approvals.chartLabel', { periods, list: units.map(describe).join('; ') }),
      table: {
        caption: t('approvals.completionHeading'),
        headers: [
          t('approvals.unit'),
          t('approvals.expected'),
          ...COMPLETION_PARTS.map((part) => partLabels[part]),
          t('approvals.late'),
          t('approvals.completionRate'),
        ],
        rows: units.map((unit) => [
          unitName(unit.unit),
          formatNumber(unit.expected),
          ...COMPLETION_PARTS.map((part) => formatNumber(partCount(unit, part))),
          formatNumber(unit.late),
          formatRate(completionRate(unit)),
        ]),
      },
    },
    { height: barChartHeight(units.length), signal },
  );
}

interface QueueContext {
  plan: PlanResponse;
  indicatorsByCode: Map<string, IndicatorResponse>;
  unitName(code: string): string;
  reload(): Promise<void>;
}

/** The submitted values by unit, with checkboxes for approving many at once. */
function queueView(container: HTMLElement, queue: ApprovalQueueResponse, context: QueueContext): void {
  const lang = getLang();
  const heading = queueHeading(
    container,
    'queue-heading',
    t('approvals.queueHeading', { count: formatNumber(queue.total) }),
    queue.total === 0 ? t('approvals.queueEmpty') : null,
  );
  if (!heading) return;
  const boxes: Array<{ box: HTMLInputElement; item: ApprovalQueueItem }> = [];
  const count = h('span', { class: 'selected-count', 'aria-live': 'polite' });
  const approveSelected = h('button', { type: 'button', class: 'primary' }, t('approvals.approveSelected'));
  const refreshCount = (): void => {
    const selected = boxes.filter(({ box }) => box.checked).length;
    count.textContent = t('approvals.selectedCount', { count: formatNumber(selected) });
    approveSelected.disabled = selected === 0;
  };
  // Not a <form>: each item holds its own return form, and forms must not nest.
  const form = h('div', { class: 'queue-form' });
  const units = queue.units.map((group) => {
    const headingId = uid('unit');
    const allId = uid('all');
    const groupBoxes: HTMLInputElement[] = [];
    const all = h('input', { id: allId, type: 'checkbox' });
    const items = group.items.map((item) => {
      const built = queueItem(item, context, lang);
      boxes.push({ box: built.box, item });
      groupBoxes.push(built.box);
      built.box.addEventListener('change', () => {
        all.checked = groupBoxes.every((box) => box.checked);
        refreshCount();
      });
      return built.element;
    });
    all.addEventListener('change', () => {
      for (const box of groupBoxes) box.checked = all.checked;
      refreshCount();
    });
    return h(
      'section',
      { class: 'card queue-unit', 'aria-labelledby': headingId, 'data-unit': group.unit },
      h(
        'h3',
        { id: headingId },
        context.unitName(group.unit),
        ' ',
        h('span', { class: 'muted' }, t('approvals.unitCount', { count: formatNumber(group.count) })),
      ),
      h(
        'div',
        { class: 'select-all' },
        all,
        h('label', { for: allId }, t('approvals.selectUnit', { unit: group.unit })),
      ),
      h('ul', { class: 'queue-items' }, items),
    );
  });
  replaceChildren(form, h('div', { class: 'queue-toolbar' }, approveSelected, count), units);
  refreshCount();

  approveSelected.addEventListener('click', () => {
    void (async () => {
      const selected = boxes.filter(({ box }) => box.checked);
      // The API names a refused item by its index in the request: items[i].
      for (const { box } of boxes) box.removeAttribute('data-error-path');
      selected.forEach(({ box }, index) => box.setAttribute('data-error-path', `items[${index}]`));
      clearErrors(form);
      if (selected.length === 0) return;
      const items: ApprovalItem[] = selected.map(({ item }) => ({
        indicator: item.indicator,
        period: item.period,
        version: item.version,
      }));
      approveSelected.disabled = true;
      form.setAttribute('aria-busy', 'true');
      try {
        const answer = await approveMany(context.plan.id, items, lang);
        announce(t('approvals.approvedMany', { count: formatNumber(answer.results.length) }));
        await context.reload();
        document.getElementById('queue-heading')?.focus();
      } catch (error) {
        showError(form, error);
        explainFourEyes(form, error);
        approveSelected.disabled = false;
      } finally {
        form.removeAttribute('aria-busy');
      }
    })();
  });
  replaceChildren(container, heading, form);
}

/** One submitted value: what was entered and why, approve, or return with a comment. */
function queueItem(
  item: ApprovalQueueItem,
  context: QueueContext,
  lang: 'tr' | 'en',
): { element: HTMLElement; box: HTMLInputElement } {
  const indicator = context.indicatorsByCode.get(item.indicator);
  const unit = indicator?.unit ? ` ${indicator.unit}` : '';
  // Why an olağan dışı value is marked: the range the plausibility rule expected.
  const implausibleText = !item.implausible
    ? null
    : item.plausibility
      ? t('entry.implausibleRangeTitle', {
          range: rangeText(item.plausibility, item.figures.unit, lang),
          compared: `${formatNumber(item.plausibility.compared, lang, 9)}${unit}`,
        })
      : t('entry.implausibleTitle');
  const boxId = uid('select');
  const box = h('input', {
    id: boxId,
    type: 'checkbox',
    name: 'approve',
    value: `${item.indicator}|${item.period}`,
  });
  const what = `${item.indicator} ${formatPeriod(item.period)}`;
  const controls = approveOrReturn(
    what,
    'queue-heading',
    context,
    () => approveValue(context.plan.id, item.indicator, item.period, { version: item.version }, lang),
    (comment) =>
      returnValue(context.plan.id, item.indicator, item.period, { comment, version: item.version }, lang),
  );
  const element = h(
    'li',
    { class: 'queue-item', 'data-indicator': item.indicator, 'data-period': item.period },
    h('div', { class: 'queue-select' }, box, h('label', { for: boxId }, itemTitle(item))),
    h(
      'p',
      { class: 'muted' },
      t('approvals.itemMeta', {
        target: item.target,
        submittedAt: formatDateTime(item.submittedAt),
      }),
    ),
    approvalDeadline(item),
    implausibleText
      ? h('p', { class: 'implausible-line' }, implausibleBadge(implausibleText, lang), ' ', implausibleText)
      : null,
    h(
      'dl',
      { class: 'entry-figures' },
      // The entry, the C it makes by the value type, B and the rate (issue 11 point 6).
      figureItems(item, lang, 'queue-value'),
      item.deviationReason ? figure(t('entry.deviationLabel'), item.deviationReason) : null,
      item.note ? figure(t('entry.noteLabel'), item.note) : null,
      item.evidenceUrl
        ? figure(
            t('approvals.evidence'),
            h(
              'a',
              { href: item.evidenceUrl, rel: 'noopener noreferrer', target: '_blank' },
              item.evidenceUrl,
            ),
          )
        : null,
    ),
    controls.nodes,
  );

  controls.bind(element);
  return { element, box };
}

/**
 * The submitted progress of the programme's activities (issue 14 point 5): % done, the note and
 * the spending by economic code, approved or returned with a comment one by one, in the same
 * workflow as the values (never approved by who entered or submitted it).
 */
function activityQueueView(container: HTMLElement, items: ActivityQueueItem[], context: QueueContext): void {
  const lang = getLang();
  const heading = queueHeading(
    container,
    'activity-queue-heading',
    t('monitoring.queueHeading', { count: formatNumber(items.length) }),
    items.length === 0 ? t('monitoring.queueEmpty') : null,
  );
  if (!heading) return;
  const list = items.map((item) => {
    const what = `${item.activity} ${formatPeriod(item.period)}`;
    const step = (action: 'approve' | 'return', comment?: string) =>
      progressStep(context.plan.id, item.year, item.activity, item.period, action, {
        version: item.version,
        comment,
      });
    const controls = approveOrReturn(
      what,
      'activity-queue-heading',
      context,
      () => step('approve'),
      (comment) => step('return', comment),
    );
    const spent = Object.entries(item.spending).map(([code, amount]) =>
      h(
        'li',
        {},
        `${economicCodeLabel(code)}: ${t('monitoring.lira', { amount: formatNumber(amount, lang) })}`,
      ),
    );
    const element = h(
      'li',
      { class: 'queue-item activity-queue-item', 'data-activity': item.activity, 'data-period': item.period },
      h(
        'h3',
        {},
        h('span', { class: 'code' }, item.activity),
        ' ',
        item.name,
        ' — ',
        formatPeriod(item.period),
      ),
      h(
        'p',
        { class: 'muted' },
        t('monitoring.queueMeta', {
          ph: item.programmeTarget,
          unit: context.unitName(item.unit),
          submittedAt: formatDateTime(item.submittedAt),
        }),
      ),
      approvalDeadline(item),
      h(
        'dl',
        { class: 'entry-figures' },
        figure(t('monitoring.percentLabel'), formatRate(item.percent, lang)),
        figure(
          t('monitoring.spendingLegend'),
          spent.length === 0
            ? t('monitoring.noSpending')
            : h(
                'div',
                {},
                h('ul', { class: 'activity-spending-list' }, spent),
                h('p', {}, t('monitoring.spendingTotal', { amount: formatNumber(item.spendingTotal, lang) })),
              ),
        ),
        item.note ? figure(t('monitoring.noteLabel'), item.note) : null,
      ),
      controls.nodes,
    );
    controls.bind(element);
    return element;
  });
  replaceChildren(container, heading, h('ul', { class: 'card queue-items activity-queue-items' }, list));
}

interface CorrectionsContext extends QueueContext {
  /** A user's name by id, null when unknown. */
  person(id: string | null): string | null;
}

/**
 * The proposed corrections of approved values, in every period (closed ones too). Each is decided
 * on its own: approved or rejected with a comment by someone other than its proposer; the
 * proposer sees it waiting and may withdraw it. Never in the bulk approval.
 */
function correctionsView(
  container: HTMLElement,
  corrections: ApprovalQueueCorrection[],
  context: CorrectionsContext,
): void {
  const heading = h(
    'h2',
    { id: 'corrections-heading', tabindex: -1 },
    t('approvals.correctionsHeading', { count: formatNumber(corrections.length) }),
  );
  const intro = h('p', { class: 'muted' }, t('approvals.correctionsIntro'));
  if (corrections.length === 0) {
    replaceChildren(
      container,
      heading,
      intro,
      h('p', { class: 'card empty-corrections' }, t('approvals.correctionsEmpty')),
    );
    return;
  }
  replaceChildren(
    container,
    heading,
    intro,
    h(
      'div',
      { class: 'card' },
      h(
        'ul',
        { class: 'queue-items' },
        corrections.map((item) => correctionItem(item, context)),
      ),
    ),
  );
}

/** One proposed correction: the value in force beside the proposed one, the reason, who and when. */
function correctionItem(item: ApprovalQueueCorrection, context: CorrectionsContext): HTMLElement {
  const lang = getLang();
  const indicator = context.indicatorsByCode.get(item.indicator);
  const unit = indicator?.unit ? ` ${indicator.unit}` : '';
  const mine = item.proposedBy !== null && item.proposedBy === currentUser()?.id;
  const what = `${item.indicator} ${formatPeriod(item.period)}`;
  const controls = decisionControls({
    what,
    headingId: 'corrections-heading',
    reload: () => context.reload(),
    approve: mine
      ? null
      : {
          label: t('approvals.approveCorrection'),
          notice: 'approvals.correctionApproved',
          run: () => approveCorrection(context.plan.id, item.indicator, item.period, { id: item.id }, lang),
        },
    back: {
      toggle: t(mine ? 'approvals.withdrawCorrection' : 'approvals.rejectCorrection'),
      label: t(mine ? 'approvals.withdrawLabel' : 'approvals.rejectLabel'),
      submit: t(mine ? 'approvals.sendWithdraw' : 'approvals.sendReject'),
      required: t('approvals.rejectCommentRequired'),
      notice: mine ? 'approvals.correctionWithdrawn' : 'approvals.correctionRejected',
      run: (comment) =>
        rejectCorrection(context.plan.id, item.indicator, item.period, { id: item.id, comment }, lang),
    },
  });
  const deviationChanged = item.deviationReason !== item.currentDeviationReason;
  const element = h(
    'li',
    {
      class: 'queue-item correction-item',
      'data-indicator': item.indicator,
      'data-period': item.period,
      'data-mine': mine ? 'true' : null,
    },
    h('h3', { class: 'correction-title' }, itemTitle(item)),
    h(
      'p',
      { class: 'muted' },
      t('approvals.correctionMeta', {
        target: item.target,
        unit: context.unitName(item.unit),
        name: context.person(item.proposedBy) ?? t('approvals.unknownUser'),
        proposedAt: formatDateTime(item.proposedAt),
      }),
    ),
    h(
      'dl',
      { class: 'entry-figures' },
      figure(
        t('approvals.currentValue'),
        h('span', { class: 'current-value' }, `${formatNumber(item.currentValue, lang, 9)}${unit}`),
      ),
      figure(
        t('approvals.proposedValue'),
        h('span', { class: 'proposed-value' }, `${formatNumber(item.value, lang, 9)}${unit}`),
      ),
      figure(t('approvals.correctionReason'), item.reason),
      deviationChanged
        ? figure(
            t('entry.deviationLabel'),
            t('approvals.deviationChange', {
              old: item.currentDeviationReason ?? t('approvals.none'),
              new: item.deviationReason ?? t('approvals.none'),
            }),
          )
        : null,
    ),
    mine ? h('p', { class: 'correction-waiting' }, t('approvals.correctionMine')) : null,
    controls.nodes,
  );

  controls.bind(element);
  return element;
}

/**
 * A queue's heading (the focus returns to it after a decision); with `empty` (nothing waits) the
 * container shows that under it and the answer is null.
 */
function queueHeading(
  container: HTMLElement,
  id: string,
  text: string,
  empty: string | null,
): HTMLElement | null {
  const heading = h('h2', { id, tabindex: -1 }, text);
  if (empty === null) return heading;
  replaceChildren(container, heading, h('p', { class: 'card empty-queue' }, empty));
  return null;
}

/** When a submitted value or activity progress is to be decided by, marked when overdue. */
function approvalDeadline(item: { overdue: boolean; approvalDeadline: string }): HTMLElement {
  return h(
    'p',
    { class: 'approval-deadline', 'data-overdue': String(item.overdue) },
    item.overdue ? h('span', { class: 'late-badge' }, t('approvals.overdue')) : null,
    item.overdue ? ' ' : null,
    t('approvals.approvalDeadline', { date: formatDate(item.approvalDeadline) }),
  );
}

/** Approve, or return with a comment: a submitted value and an activity's submitted progress alike. */
function approveOrReturn(
  what: string,
  headingId: string,
  context: QueueContext,
  approve: () => Promise<unknown>,
  back: (comment: string) => Promise<unknown>,
): ReturnType<typeof decisionControls> {
  return decisionControls({
    what,
    headingId,
    reload: () => context.reload(),
    approve: { label: t('approvals.approve'), notice: 'approvals.approvedOne', run: approve },
    back: {
      toggle: t('approvals.return'),
      label: t('approvals.commentLabel'),
      submit: t('approvals.sendReturn'),
      required: t('approvals.commentRequired'),
      notice: 'approvals.returnedOne',
      run: back,
    },
  });
}

interface DecisionOptions {
  /** "PG1.1.1 2026 yıl sonu": read after each button's own words. */
  what: string;
  /** Where the focus goes once the list is reloaded. */
  headingId: string;
  reload(): Promise<void>;
  /** The approve button; none where the user may not approve (their own correction). */
  approve: { label: string; notice: MessageKey; run(): Promise<unknown> } | null;
  /** The return or reject button, its form and the comment it requires. */
  back: {
    toggle: string;
    label: string;
    submit: string;
    required: string;
    notice: MessageKey;
    run(comment: string): Promise<unknown>;
  };
}

/**
 * The decision on a submitted value or a proposed correction: approve, or open a form and send it
 * back with a comment. `nodes` go into the item; `bind(item)` wires the buttons once it exists.
 */
function decisionControls(options: DecisionOptions): {
  nodes: HTMLElement[];
  bind(element: HTMLElement): void;
} {
  const { what, back } = options;
  const commentId = uid('comment');
  const formId = uid('decision');
  const comment = h('textarea', { id: commentId, name: 'comment', rows: 3 });
  const statusBox = h('div', { class: 'item-status' });
  const approveButton = options.approve
    ? h(
        'button',
        { type: 'button', class: 'primary' },
        options.approve.label,
        h('span', { class: 'visually-hidden' }, ` ${what}`),
      )
    : null;
  const toggle = h(
    'button',
    { type: 'button', 'aria-expanded': 'false', 'aria-controls': formId },
    back.toggle,
    h('span', { class: 'visually-hidden' }, ` ${what}`),
  );
  const form = h(
    'form',
    { class: 'return-form', id: formId, hidden: true, novalidate: true },
    h('div', { class: 'field' }, h('label', { for: commentId }, back.label), comment),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, back.submit),
      h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          onclick: () => {
            form.hidden = true;
            toggle.setAttribute('aria-expanded', 'false');
            toggle.focus();
          },
        },
        t('approvals.cancel'),
      ),
    ),
  );
  const bind = (element: HTMLElement): void => {
    const buttons = [approveButton, toggle].filter((button) => button !== null);
    /** Runs a step; a refusal shows in `place` (below the buttons, or in the form at its field). */
    const act = async (
      work: () => Promise<unknown>,
      notice: MessageKey,
      place: HTMLElement,
    ): Promise<void> => {
      clearErrors(element);
      for (const button of buttons) button.disabled = true;
      try {
        await work();
        announce(t(notice, { what }));
        await options.reload();
        document.getElementById(options.headingId)?.focus();
      } catch (error) {
        showError(place, error);
        explainFourEyes(place, error);
        for (const button of buttons) button.disabled = false;
      }
    };
    toggle.addEventListener('click', () => {
      form.hidden = !form.hidden;
      toggle.setAttribute('aria-expanded', String(!form.hidden));
      if (!form.hidden) comment.focus();
    });
    const approve = options.approve;
    if (approveButton && approve)
      approveButton.addEventListener('click', () => void act(() => approve.run(), approve.notice, statusBox));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (comment.value.trim() === '') {
        clearErrors(element);
        showFieldError(element, 'comment', back.required);
        comment.focus();
        return;
      }
      void act(() => back.run(comment.value.trim()), back.notice, form);
    });
  };
  return { nodes: [h('div', { class: 'actions' }, approveButton, toggle), statusBox, form], bind };
}

/** "PG1.1.1 Yeşil alan miktarı — 2026 yıl sonu", the code marked. */
function itemTitle(item: { indicator: string; name: string; period: string }): Array<Node | string> {
  return [h('span', { class: 'code' }, item.indicator), ' ', item.name, ' — ', formatPeriod(item.period)];
}

function figure(label: string, value: string | HTMLElement): HTMLElement {
  return h('div', {}, h('dt', {}, label), h('dd', {}, value));
}

/**
 * SELF_APPROVAL (four-eyes): the API's message says whose value it is; one more line says what
 * to do, so the refusal is never mistaken for a fault.
 */
function explainFourEyes(container: HTMLElement, error: unknown): void {
  const apiError = toApiError(error);
  const selfApproval =
    apiError.code === 'SELF_APPROVAL' || apiError.details.some((detail) => detail.code === 'SELF_APPROVAL');
  if (!selfApproval) return;
  container.querySelector('.error-summary')?.append(h('p', { class: 'four-eyes' }, t('approvals.fourEyes')));
}

/** Why the queue is closed to the caller, and where their own work is: told by role. */
function notPlannerNote(planId: string, role: Role | null): HTMLElement {
  if (role === 'unit_manager')
    return h(
      'p',
      {},
      t('approvals.notPlanner'),
      ' ',
      h('a', { href: href('/plans/:planId/entry', { planId }) }, t('entry.title')),
    );
  return h(
    'p',
    {},
    t('approvals.notPlannerReader'),
    ' ',
    h('a', { href: href('/plans/:planId/review', { planId }) }, t('review.linkReview')),
  );
}
