import { ECONOMIC_CODES, type ActivityProgressResponse } from '../../../src/contracts/programme.js';
import type { ActivityWorklistEntry, WorklistPeriod } from '../../../src/contracts/workflow.js';
import { progressStep, putActivityProgress } from '../../api/programmes.js';
import { http } from '../../api/http.js';
import { announce } from '../../lib/announce.js';
import { h, labelledSection, uid } from '../../lib/dom.js';
import { clearErrors, messageOf, showError, showValidationErrors, toApiError } from '../../lib/errors.js';
import { formatNumber, formatPeriod, formatRate } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { economicCodeLabel } from '../../lib/labels.js';
import { STATE_LABELS } from './entry-labels.js';
import './activity-progress.css';

/**
 * The activities of the accepted programme in the unit's worklist (issue 14 point 5): for each
 * activity of the open period, its state, % done and spending; the unit enters % done with a
 * note and the spending by economic code, saves a draft and submits it in the value workflow
 * (draft → submitted → approved, returned with a comment). Others see the list read-only.
 */
export function activityProgressSection(
  planId: string,
  period: WorklistPeriod,
  options: {
    inView(unit: string): boolean;
    canWrite(unit: string): boolean;
    unitName(code: string): string;
    reload(): Promise<void>;
  },
): HTMLElement | null {
  const activities = period.activities.filter((entry) => options.inView(entry.unit));
  if (activities.length === 0) return null;
  const headingId = uid('activities');
  return labelledSection(
    'card entry-activities',
    headingId,
    t('monitoring.activitiesHeading', { period: formatPeriod(period.period) }),
    h('p', { class: 'muted' }, t('monitoring.activitiesIntro')),
    h(
      'ul',
      { class: 'entries activity-entries' },
      activities.map((entry) => activityItem(planId, entry, options)),
    ),
  );
}

const yearOf = (period: string): number => Number(period.slice(0, 4));

function activityItem(
  planId: string,
  entry: ActivityWorklistEntry,
  options: { canWrite(unit: string): boolean; unitName(code: string): string; reload(): Promise<void> },
): HTMLElement {
  const writable = options.canWrite(entry.unit);
  const editable =
    writable && (entry.state === 'missing' || entry.state === 'draft' || entry.state === 'returned');
  const status = h('div', { class: 'item-status' });
  const editorBox = h('div', { class: 'activity-editor', hidden: true });
  const what = `${entry.activity} ${formatPeriod(entry.period)}`;
  const toggle = editable
    ? h(
        'button',
        { type: 'button', 'aria-expanded': 'false' },
        entry.state === 'missing' ? t('monitoring.enterProgress') : t('monitoring.editProgress'),
        h('span', { class: 'visually-hidden' }, ` ${what}`),
      )
    : null;
  const withdraw =
    writable && entry.state === 'submitted'
      ? h(
          'button',
          { type: 'button' },
          t('entry.withdraw'),
          h('span', { class: 'visually-hidden' }, ` ${what}`),
        )
      : null;
  const element = h(
    'li',
    {
      class: 'entry activity-entry',
      'data-activity': entry.activity,
      'data-period': entry.period,
      'data-state': entry.state,
    },
    h(
      'div',
      { class: 'entry-head' },
      h('h3', {}, h('span', { class: 'code' }, entry.activity), ' ', entry.name),
      h(
        'p',
        { class: 'muted' },
        t('monitoring.activityMeta', {
          ph: entry.programmeTarget,
          unit: options.unitName(entry.unit),
          period: formatPeriod(entry.period),
        }),
      ),
      h(
        'p',
        { class: 'entry-state' },
        h('span', { class: 'state-badge', 'data-state': entry.state }, t(STATE_LABELS[entry.state])),
        entry.late ? h('span', { class: 'late-badge' }, t('entry.late')) : null,
        entry.percent === null
          ? null
          : h(
              'span',
              { class: 'activity-percent' },
              t('monitoring.percentDone', { rate: formatRate(entry.percent) }),
            ),
        entry.spendingTotal === null
          ? null
          : h(
              'span',
              { class: 'activity-spending' },
              t('monitoring.spent', { amount: formatNumber(entry.spendingTotal) }),
            ),
      ),
      entry.returnComment
        ? h(
            'p',
            { class: 'return-comment' },
            h('strong', {}, t('entry.returnComment')),
            ' ',
            entry.returnComment,
          )
        : null,
      toggle || withdraw ? h('div', { class: 'actions' }, toggle, withdraw) : null,
    ),
    status,
    editorBox,
  );
  toggle?.addEventListener('click', () => {
    if (!editorBox.hidden) {
      editorBox.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      return;
    }
    toggle.disabled = true;
    clearErrors(status);
    void currentEntry(planId, entry)
      .then((stored) => {
        editorBox.replaceChildren(progressForm(planId, entry, stored, () => options.reload()));
        editorBox.hidden = false;
        toggle.setAttribute('aria-expanded', 'true');
        editorBox.querySelector<HTMLInputElement>('input[name="percent"]')?.focus();
      })
      .catch((error: unknown) => showError(status, error))
      .finally(() => {
        toggle.disabled = false;
      });
  });
  withdraw?.addEventListener('click', () => {
    withdraw.disabled = true;
    clearErrors(status);
    progressStep(planId, yearOf(entry.period), entry.activity, entry.period, 'withdraw', {
      version: entry.version ?? undefined,
    })
      .then(async () => {
        announce(t('entry.withdrawnNotice', { code: entry.activity, period: formatPeriod(entry.period) }));
        await options.reload();
      })
      .catch(async (error: unknown) => {
        withdraw.disabled = false;
        showError(status, error);
        await options.reload().catch(() => undefined);
      });
  });
  return element;
}

/** The stored entry of the period (its note and spending by code are not in the worklist); null while none. */
async function currentEntry(
  planId: string,
  entry: ActivityWorklistEntry,
): Promise<ActivityProgressResponse | null> {
  if (entry.state === 'missing') return null;
  const list = await http.get<ActivityProgressResponse[]>(
    `/plans/${encodeURIComponent(planId)}/programmes/${yearOf(entry.period)}/activities/${encodeURIComponent(entry.activity)}/progress`,
  );
  return list.find((item) => item.period === entry.period) ?? null;
}

function progressForm(
  planId: string,
  entry: ActivityWorklistEntry,
  stored: ActivityProgressResponse | null,
  reload: () => Promise<void>,
): HTMLFormElement {
  const percentId = uid('percent');
  const noteId = uid('note');
  const spending: Partial<Record<string, number>> = stored?.spending ?? {};
  const saveDraft = h('button', { type: 'submit', value: 'draft' }, t('entry.saveDraft'));
  const submit = h('button', { type: 'submit', value: 'submit', class: 'primary' }, t('entry.submit'));
  const form = h(
    'form',
    {
      class: 'activity-progress-form',
      novalidate: true,
      'aria-label': t('monitoring.formLabel', { code: entry.activity, period: formatPeriod(entry.period) }),
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: percentId }, t('monitoring.percentLabel')),
      h('input', {
        id: percentId,
        name: 'percent',
        type: 'number',
        inputmode: 'decimal',
        min: '0',
        max: '100',
        step: 'any',
        value: stored?.percent ?? '',
      }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: noteId }, t('monitoring.noteLabel')),
      h('textarea', { id: noteId, name: 'note', rows: 2 }, stored?.note ?? ''),
    ),
    h(
      'fieldset',
      { class: 'activity-spending-fields' },
      h('legend', {}, t('monitoring.spendingLegend')),
      h('p', { class: 'muted' }, t('monitoring.spendingHint')),
      h(
        'div',
        { class: 'activity-amounts' },
        ECONOMIC_CODES.map((code) => {
          const id = uid('spending');
          return h(
            'div',
            { class: 'field' },
            h('label', { for: id }, economicCodeLabel(code)),
            h('input', {
              id,
              name: `spending.${code}`,
              type: 'number',
              inputmode: 'decimal',
              min: '0',
              step: '0.01',
              value: spending[code] ?? '',
            }),
          );
        }),
      ),
    ),
    h('div', { class: 'actions' }, saveDraft, submit),
  );
  // A refusal shown at a field goes once the user types again.
  form.addEventListener('input', () => clearErrors(form));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const andSubmit = (event.submitter as HTMLButtonElement | null)?.value === 'submit';
    const percentText = (form.elements.namedItem('percent') as HTMLInputElement).value.trim();
    if (percentText === '') {
      showValidationErrors(form, t('monitoring.percentRequired'), [
        { path: 'percent', code: 'REQUIRED', message: t('monitoring.percentRequired') },
      ]);
      return;
    }
    const amounts: Record<string, number> = {};
    for (const code of ECONOMIC_CODES) {
      const text = (form.elements.namedItem(`spending.${code}`) as HTMLInputElement).value.trim();
      // A code left empty was not reported: it is left out, never sent as 0.
      if (text !== '') amounts[code] = Number(text);
    }
    const note = (form.elements.namedItem('note') as HTMLTextAreaElement).value.trim();
    const buttons = [saveDraft, submit];
    for (const button of buttons) button.disabled = true;
    clearErrors(form);
    const year = yearOf(entry.period);
    const what = { code: entry.activity, period: formatPeriod(entry.period) };
    putActivityProgress(planId, year, entry.activity, entry.period, {
      percent: Number(percentText),
      note: note || null,
      spending: amounts,
      version: stored?.version,
    })
      .then(async (saved) => {
        if (andSubmit) {
          await progressStep(planId, year, entry.activity, entry.period, 'submit', {
            version: saved.version,
          });
          announce(t('entry.submittedNotice', what));
        } else announce(t('entry.savedNotice', what));
        await reload();
      })
      .catch(async (error: unknown) => {
        for (const button of buttons) button.disabled = false;
        const apiError = toApiError(error);
        if (apiError.status !== 409) {
          showError(form, error);
          return;
        }
        // Changed meanwhile (approved, returned, saved in another tab): the list is read again and says so.
        await reload().catch(() => undefined);
        announce(messageOf(apiError));
      });
  });
  return form;
}
