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
        report.add(
          at.councilDecision,
          'plan.councilDecision.date',
          'meclis karar tarihi boş',
          'the council decision date is empty',
        );
      }
      if (isBlank(decision.number)) {
        report.add(
          at.councilDecision,
          'plan.councilDecision.number',
          'meclis karar sayısı boş',
          'the council decision number is empty',
        );
      }
    } else if (plan.status === 'yururlukte' || plan.status === 'kapandi') {
      report.add(
        at.councilDecision,
        'plan.councilDecision',
        `durumu "${plan.status}" olan planın meclis karar tarihi ve sayısı olmalı`,
        `a plan with status "${plan.status}" needs a council decision date and number`,
      );
    }
  },
};
