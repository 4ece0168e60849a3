import type { CalendarEvent } from '../../contracts/calendar.js';
import { eventState } from './calendar-rules.js';
import type { InstitutionEvent } from './institution-event.entity.js';

/** An own event as the calendar answers it, its state judged on `today` (Istanbul). */
export function toOwnEvent(row: InstitutionEvent, today: string): CalendarEvent {
  return {
    id: row.id,
    kind: 'own',
    date: row.date,
    endDate: row.endDate,
    title: row.title,
    description: row.description,
    concerns: row.planId === null ? 'institution' : 'plan',
    planId: row.planId,
    period: null,
    programmeYear: null,
    actor: row.actor,
    done: row.done,
    state: eventState(row, today),
    version: row.version,
  };
}
