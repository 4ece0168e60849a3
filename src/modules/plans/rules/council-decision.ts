/** COUNCIL_DECISION: a council decision has a date and a number; a plan in force or closed has one. */
import { at, isBlank, type RuleChecker } from './rule-context.js';

export const councilDecision: RuleChecker = {
  code: 'COUNCIL_DECISION',
  severity: 'error',
  check({ doc }, report) {
    const plan = doc.plan;
    const decision = plan.councilDecision;
    if (decision) {
      if (isBlank(decision.date)) {
        report.add(at.councilDecision, 'plan.councilDecision.date', 'COUNCIL_DECISION.noDate', {});
      }
      if (isBlank(decision.number)) {
        report.add(at.councilDecision, 'plan.councilDecision.number', 'COUNCIL_DECISION.noNumber', {});
      }
    } else if (plan.status === 'yururlukte' || plan.status === 'kapandi') {
      report.add(at.councilDecision, 'plan.councilDecision', 'COUNCIL_DECISION.missing', {
        status: plan.status,
      });
    }
  },
};
