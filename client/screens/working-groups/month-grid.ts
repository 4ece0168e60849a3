import type { GroupResponse } from '../../../src/contracts/working-groups.js';
import { h } from '../../lib/dom.js';
import { todayIso } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';

/** YYYY-MM of the months from the one after `from`'s to the one before `to`'s. */
export function judgedMonths(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.slice(0, 7).split('-').map(Number);
  const end = to.slice(0, 7);
  for (;;) {
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key >= end) return months;
    months.push(key);
  }
}

/**
 * A group's meeting calendar as a month grid: every whole month since its acceptance (until today
 * or its closing), met or not — a month without a meeting is the WG_MONTHLY_MEETING warning.
 */
export function monthGrid(group: Pick<GroupResponse, 'meetings' | 'decisionDate' | 'closedOn'>): HTMLElement {
  const met = new Set(group.meetings.map((meeting) => meeting.date.slice(0, 7)));
  const months =
    group.decisionDate === null ? [] : judgedMonths(group.decisionDate, group.closedOn ?? todayIso());
  const monthName = (month: string): string =>
    new Intl.DateTimeFormat(getLang() === 'en' ? 'en-GB' : 'tr-TR', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${month}-01T00:00:00Z`));
  if (months.length === 0) return h('p', { class: 'muted month-grid-empty' }, t('councils.noMonths'));
  return h(
    'ol',
    { class: 'month-grid' },
    months.map((month) => {
      const state = met.has(month) ? 'met' : 'missed';
      return h(
        'li',
        { class: `month ${state}`, 'data-month': month },
        h('span', { class: 'month-name' }, monthName(month)),
        h('span', { class: 'month-state' }, t(state === 'met' ? 'councils.met' : 'councils.missed')),
      );
    }),
  );
}
