/**
 * The calendar as an iCalendar feed (RFC 5545), pure: one all-day VEVENT per event (DTSTART and
 * DTEND as VALUE=DATE, the Istanbul calendar dates the calendar computes), text escaped, lines
 * folded at 75 octets without splitting a character, CRLF line ends.
 */
import type { CalendarEvent } from '../../contracts/calendar.js';
import { CALENDAR_ACTOR_LABELS, CALENDAR_STATE_LABELS } from '../../contracts/labels.js';
import type { Lang } from '../../contracts/validation.js';
import { TIME_ZONE } from '../../common/clock.js';

export interface FeedInput {
  institutionId: string;
  institutionName: string;
  events: readonly CalendarEvent[];
  lang: Lang;
  /** When the feed is written (DTSTAMP). */
  now: Date;
}

const WORDS: Record<Lang, { calendar: string; actor: string; state: string }> = {
  tr: { calendar: 'Pusula takvimi', actor: 'Kim yapacak', state: 'Durum' },
  en: { calendar: 'Pusula calendar', actor: 'Who acts', state: 'State' },
};

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as \n. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 3.1): CRLF and one space, never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** YYYY-MM-DD as an iCalendar DATE (YYYYMMDD). */
function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** The day after `date` (YYYY-MM-DD): an all-day DTEND is exclusive. */
export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** An instant as an iCalendar UTC DATE-TIME (YYYYMMDDTHHMMSSZ). */
function icsInstant(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function eventLines(event: CalendarEvent, input: FeedInput, stamp: string): string[] {
  const words = WORDS[input.lang];
  const description = [
    `${words.actor}: ${CALENDAR_ACTOR_LABELS[input.lang][event.actor]}`,
    `${words.state}: ${CALENDAR_STATE_LABELS[input.lang][event.state]}`,
    ...(event.description ? ['', event.description] : []),
  ].join('\n');
  return [
    'BEGIN:VEVENT',
    // Stable per event: a computed event's id is its kind, what it concerns and its date; an own event's its row id.
    `UID:${escapeText(`${event.id}/${input.institutionId}@pusula`)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(event.endDate ?? event.date))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The feed's text: a VCALENDAR with one VEVENT per event. */
export function toICalendar(input: FeedInput): string {
  const stamp = icsInstant(input.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Pusula//Takvim//${input.lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${input.institutionName} — ${WORDS[input.lang].calendar}`)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...input.events.flatMap((event) => eventLines(event, input, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
