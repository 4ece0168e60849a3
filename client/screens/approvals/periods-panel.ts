import { serverNow } from '../../lib/clock.js';
import type { PlanResponse } from '../../../src/contracts/resources.js';
import type { AssessmentPeriodResponse } from '../../../src/contracts/workflow.js';
import { ApiError } from '../../api/http.js';
import { closePeriod, openPeriod, reopenPeriod } from '../../api/periods.js';
import { announce } from '../../lib/announce.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { h, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, showError, toApiError } from '../../lib/errors.js';
import { assessedPeriods, formatDateTime, formatPeriod } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import { periodChoices } from './period-choice.js';

export interface PeriodsPanelOptions {
  plan: PlanResponse;
  /** Whether the user may open and close periods (planner, admin). */
  manage: boolean;
  /** After a period was opened, closed or reopened: the screen reloads its figures. */
  onChanged(): Promise<void>;
}

/**
 * The plan's assessment periods (izleme YYYY-H1, değerlendirme YYYY): their state, and for a
 * planner the steps to open one and to close or reopen it. Closing while values still wait for
 * approval is refused by the API (409 PERIOD_HAS_SUBMITTED): its message and the units it names
 * are shown here.
 */
export function periodsPanel(options: PeriodsPanelOptions): {
  element: HTMLElement;
  update(periods: AssessmentPeriodResponse[]): void;
} {
  const headingId = uid('periods');
  const body = h('div', { class: 'periods-body' });
  const element = h(
    'section',
    { class: 'card periods', 'aria-labelledby': headingId },
    h('h2', { id: headingId, tabindex: -1 }, t('approvals.periodsHeading')),
    body,
  );
  let busy = false;

  const act = async (work: () => Promise<AssessmentPeriodResponse>, notice: (period: string) => string) => {
    if (busy) return;
    busy = true;
    element.setAttribute('aria-busy', 'true');
    try {
      const period = await work();
      clearErrors(element);
      announce(notice(formatPeriod(period.period)));
      await options.onChanged();
    } catch (error) {
      showError(element, readable(error));
    } finally {
      busy = false;
      element.removeAttribute('aria-busy');
    }
  };

  const update = (periods: AssessmentPeriodResponse[]): void => {
    // Fresh figures: a refusal shown earlier may no longer hold (its values were approved meanwhile).
    clearErrors(element);
    const lang = getLang();
    const choices = periodChoices(
      assessedPeriods(options.plan.startYear, options.plan.endYear),
      periods.map((period) => period.period),
      serverNow(),
    );
    const table =
      periods.length === 0
        ? h('p', { class: 'muted' }, t('approvals.noPeriods'))
        : tableRegion(
            t('approvals.periodsHeading'),
            h(
              'table',
              { class: 'periods-table' },
              tableHead(
                t('approvals.period'),
                t('approvals.periodState'),
                t('approvals.openedAt'),
                t('approvals.closedAt'),
                options.manage ? t('approvals.periodAction') : null,
              ),
              h(
                'tbody',
                {},
                periods.map((period) =>
                  h(
                    'tr',
                    { 'data-period': period.period, 'data-status': period.status },
                    h('th', { scope: 'row' }, formatPeriod(period.period)),
                    h(
                      'td',
                      {},
                      h(
                        'span',
                        { class: `state-badge period-${period.status}` },
                        t(period.status === 'open' ? 'approvals.periodOpen' : 'approvals.periodClosed'),
                      ),
                    ),
                    h('td', {}, formatDateTime(period.openedAt)),
                    h('td', {}, period.closedAt ? formatDateTime(period.closedAt) : '—'),
                    options.manage
                      ? h(
                          'td',
                          {},
                          h(
                            'button',
                            {
                              type: 'button',
                              onclick: () =>
                                void act(
                                  () =>
                                    period.status === 'open'
                                      ? closePeriod(options.plan.id, period.period, period.version, lang)
                                      : reopenPeriod(options.plan.id, period.period, period.version, lang),
                                  (name) =>
                                    t(
                                      period.status === 'open'
                                        ? 'approvals.periodClosedNotice'
                                        : 'approvals.periodReopenedNotice',
                                      { period: name },
                                    ),
                                ),
                            },
                            t(period.status === 'open' ? 'approvals.closePeriod' : 'approvals.reopenPeriod'),
                            h('span', { class: 'visually-hidden' }, ` ${formatPeriod(period.period)}`),
                          ),
                        )
                      : null,
                  ),
                ),
              ),
            ),
          );
    replaceChildren(
      body,
      table,
      options.manage && choices.chosen ? openForm(choices.offered, choices.chosen) : null,
    );
  };

  const openForm = (openable: string[], chosen: string): HTMLElement => {
    const selectId = uid('open-period');
    const select = h(
      'select',
      { id: selectId, name: 'period' },
      openable.map((period) =>
        h('option', { value: period, selected: period === chosen }, formatPeriod(period)),
      ),
    );
    const form = h(
      'form',
      { class: 'period-form open-period' },
      h('label', { for: selectId }, t('approvals.openLabel')),
      select,
      h('button', { type: 'submit' }, t('approvals.openPeriod')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void act(
        () => openPeriod(options.plan.id, select.value, getLang()),
        (name) => t('approvals.periodOpenedNotice', { period: name }),
      );
    });
    return form;
  };

  return { element, update };
}

/**
 * PERIOD_HAS_SUBMITTED names units by a path (`units.PARK`) no field of this panel carries:
 * its details are listed by their own message, which already names the unit.
 */
function readable(error: unknown): ApiError {
  const apiError = toApiError(error);
  if (apiError.code !== 'PERIOD_HAS_SUBMITTED') return apiError;
  return new ApiError({
    statusCode: apiError.status,
    code: apiError.code,
    message: apiError.message,
    details: apiError.details.map((detail) => ({ ...detail, path: '' })),
    current: apiError.current,
  });
}
