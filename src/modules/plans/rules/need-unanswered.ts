/** NEED_UNANSWERED (warning): a need (ihtiyaç) of the situation analysis that no target answers. */
import { at, forEachTarget, type RuleChecker } from './rule-context.js';

export const needUnanswered: RuleChecker = {
  code: 'NEED_UNANSWERED',
  severity: 'warning',
  check({ doc }, report) {
    const items = doc.plan.analysis?.findings ?? [];
    if (!items.some((item) => item.kind === 'ihtiyac')) return;
    const answered = new Set<string>();
    forEachTarget(doc, ({ target }) => (target.answers ?? []).forEach((code) => answered.add(code)));
    items.forEach((item, index) => {
      if (item.kind !== 'ihtiyac' || answered.has(item.code)) return;
      report.add(at.analysisItem(index), `plan.analysis.findings[${index}]`, 'NEED_UNANSWERED', {
        code: item.code,
      });
    });
  },
};
