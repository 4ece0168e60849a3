import type { ConsultationResults } from '../../src/contracts/consultations.js';
import { toCommentsByDayConfig, toCommentsBySubjectConfig } from '../charts/consultation-chart.js';
import { mountChart } from '../charts/mount.js';
import { h, labelledSection, uid } from '../lib/dom.js';
import { formatDate, formatNumber } from '../lib/format.js';
import { t } from '../lib/i18n.js';

/** A comment's subject in words: its code, or "Genel" for the consultation as a whole. */
export function subjectText(code: string | null): string {
  return code ?? t('consultations.general');
}

/**
 * A comment's text, the institution's answer and where it led, written as text (lib/dom.ts text
 * nodes): shared by the moderation queue and the public page. `between`: what goes after the
 * text (the hidden reason, for members).
 */
export function commentBody(
  comment: { text: string; answer: string | null; linkedFinding: string | null; linkedTarget: string | null },
  between: HTMLElement | null = null,
): HTMLElement[] {
  const ledTo = [comment.linkedFinding, comment.linkedTarget].filter((code): code is string => code !== null);
  return [
    h('p', { class: 'comment-text' }, comment.text),
    ...(between ? [between] : []),
    ...(comment.answer
      ? [
          h(
            'div',
            { class: 'comment-answer' },
            h('strong', {}, t('consultations.institutionAnswer')),
            h('p', { class: 'comment-text' }, comment.answer),
          ),
        ]
      : []),
    ...(ledTo.length > 0
      ? [h('p', { class: 'muted' }, t('consultations.ledTo', { items: ledTo.join(', ') }))]
      : []),
  ];
}

/**
 * The results of a consultation: comments by day and by aim or target, each a Chart.js bar chart
 * with its figures as a table (the planner's screen counts every comment, the public page the
 * published ones). Drawn once the section is in the page (a chart needs a laid-out box).
 */
export function resultsSection(
  results: ConsultationResults,
  signal: AbortSignal,
): {
  section: HTMLElement;
  draw: () => void;
} {
  const headingId = uid('consultation-results');
  const byDay = h('div', { class: 'consultation-chart', 'data-chart': 'by-day' });
  const bySubject = h('div', { class: 'consultation-chart', 'data-chart': 'by-subject' });
  const section = labelledSection(
    'card consultation-results',
    headingId,
    t('consultations.resultsHeading'),
    results.total === 0
      ? h('p', { class: 'muted' }, t('consultations.noResults'))
      : [h('h3', {}, t('consultations.byDay')), byDay, h('h3', {}, t('consultations.bySubject')), bySubject],
  );
  const options = {
    formatDay: (day: string) => formatDate(day),
    subjectLabel: subjectText,
    formatNumber: (value: number) => formatNumber(value),
  };
  const count = formatNumber(results.total);
  const draw = (): void => {
    if (results.total === 0) return;
    mountChart(
      byDay,
      toCommentsByDayConfig(results, options),
      {
        label: t('consultations.chartDayLabel', { count }),
        table: {
          caption: t('consultations.byDay'),
          headers: [t('consultations.tableDay'), t('consultations.tableCount')],
          rows: results.byDay.map((row) => [formatDate(row.day), formatNumber(row.count)]),
        },
      },
      { height: 220, signal },
    );
    mountChart(
      bySubject,
      toCommentsBySubjectConfig(results, options),
      {
        label: t('consultations.chartSubjectLabel', { count }),
        table: {
          caption: t('consultations.bySubject'),
          headers: [t('consultations.tableSubject'), t('consultations.tableCount')],
          rows: results.bySubject.map((row) => [subjectText(row.subjectCode), formatNumber(row.count)]),
        },
      },
      { height: Math.max(120, 36 * results.bySubject.length + 40), signal },
    );
  };
  return { section, draw };
}
