import type { PreparationTimeline } from '../../src/contracts/preparation.js';
import { h } from '../lib/dom.js';
import { formatDate, formatNumber } from '../lib/format.js';
import { t } from '../lib/i18n.js';

/**
 * What the plan page says of the council deadline of Law 5393 art. 41 (the plan's preparation
 * timeline, as the server computes it for ELECTION_DEADLINE and the plan book): how late the plan
 * was or is, or how many days remain for a draft. Nothing when the deadline was met or does not
 * bind the institution.
 */
export function deadlineNote(timeline: PreparationTimeline): HTMLElement | null {
  if (!timeline.applies || !timeline.deadline || !timeline.judgedOn) return null;
  const deadline = formatDate(timeline.deadline);
  const judged = formatDate(timeline.judgedOn.date);
  if (timeline.daysLate !== null) {
    const days = formatNumber(timeline.daysLate);
    const text =
      timeline.judgedOn.basis === 'submitted'
        ? t('deadline.lateSubmitted', { deadline, judged, days })
        : timeline.judgedOn.basis === 'decision'
          ? t('deadline.lateDecision', { deadline, judged, days })
          : t('deadline.lateToday', { deadline, days });
    return h('p', { class: 'deadline-note deadline-late', 'data-days-late': timeline.daysLate }, text);
  }
  if (timeline.daysRemaining !== null) {
    const text =
      timeline.daysRemaining === 0
        ? t('deadline.today', { deadline })
        : t('deadline.remaining', { deadline, days: formatNumber(timeline.daysRemaining) });
    return h('p', { class: 'deadline-note' }, text);
  }
  return null;
}
