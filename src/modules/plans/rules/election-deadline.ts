/**
 * ELECTION_DEADLINE (warning, domain.md 5): an obliged municipality's plan reaches the council
 * within six months of the election. A late plan is still stored, edited and submitted; the
 * warning states the deadline and how many days late the plan is (or was at its submission).
 */
import { preparationTimeline } from '../preparation-timeline.js';
import { at, type RuleChecker } from './rule-context.js';

export const electionDeadline: RuleChecker = {
  code: 'ELECTION_DEADLINE',
  severity: 'warning',
  check({ doc, today, num }, report) {
    const timeline = preparationTimeline(doc.institution, doc.plan, today);
    if (!timeline.applies || timeline.daysLate === null || !timeline.judgedOn) return;
    const { basis, date } = timeline.judgedOn;
    report.add(
      at.electionDeadline,
      basis === 'decision' ? 'plan.councilDecision.date' : 'plan.submittedToCouncil',
      'ELECTION_DEADLINE',
      {
        election: timeline.electionDate ?? '',
        deadline: timeline.deadline ?? '',
        basis,
        judged: date,
        daysLate: num(timeline.daysLate),
      },
    );
  },
};
