import type { ProgrammeStatus } from '../../../src/contracts/programme.js';
import { getCalendar } from '../../api/calendar.js';
import { h, labelledSection } from '../../lib/dom.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { programmeDeadlines, type ProgrammeDeadline } from './programme-deadlines.js';

/**
 * The calendar's deadlines of the programme years on a PP screen (issue 14 point 4): work starts
 * at the end of May, the programme reaches the council before the budget (by 31 October). The
 * dates are the calendar module's computed events; nothing when the calendar cannot be read or
 * nothing is worth a note.
 */
export async function deadlineNotes(
  plan: { id: string; institution: { id: string } },
  years: ReadonlyArray<{ year: number; status: ProgrammeStatus | null }>,
  signal: AbortSignal,
): Promise<HTMLElement | null> {
  if (years.length === 0) return null;
  const first = Math.min(...years.map((item) => item.year)) - 1;
  const last = Math.max(...years.map((item) => item.year)) - 1;
  const calendar = await getCalendar(
    plan.institution.id,
    { from: `${first}-01-01`, to: `${last}-12-31` },
    signal,
  ).catch(() => null);
  if (!calendar) return null;
  const notes = years.flatMap(({ year, status }) =>
    programmeDeadlines(calendar.events, plan.id, year, status, calendar.asOf),
  );
  if (notes.length === 0) return null;
  return labelledSection(
    'card pp-deadlines',
    'pp-deadlines-heading',
    t('monitoring.deadlinesHeading'),
    h('ul', { class: 'pp-deadline-list' }, notes.map(noteItem)),
  );
}

function noteItem(note: ProgrammeDeadline): HTMLElement {
  const date = formatDate(note.date);
  const days = note.days === null ? '' : formatNumber(note.days);
  const text =
    note.kind === 'programme-start'
      ? note.tone === 'warning'
        ? t('monitoring.startLate', { year: note.year, date, days })
        : t('monitoring.startAhead', { year: note.year, date, days })
      : note.tone === 'done'
        ? t('monitoring.councilDone', { year: note.year, date })
        : note.tone === 'late'
          ? t('monitoring.councilLate', { year: note.year, date, days })
          : note.days === 0
            ? t('monitoring.councilToday', { year: note.year, date })
            : t('monitoring.councilAhead', { year: note.year, date, days });
  return h(
    'li',
    { class: 'pp-deadline', 'data-tone': note.tone, 'data-kind': note.kind, 'data-year': note.year },
    h('span', { class: 'pp-deadline-tone' }, t(`monitoring.tone.${note.tone}`)),
    ' ',
    text,
    h('span', { class: 'muted' }, ` (${note.title})`),
  );
}
