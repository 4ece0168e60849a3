/**
 * ANALYSIS_LINK: the situation analysis holds together. Each finding/need code is used once, an
 * origin row exists in its part, a target answers only codes the analysis has, and part B gives
 * at most one reason per target of the previous plan.
 */
import { at, forEachTarget, TARGET_STEP, type RuleChecker } from './rule-context.js';

export const analysisLink: RuleChecker = {
  code: 'ANALYSIS_LINK',
  severity: 'error',
  check({ doc }, report) {
    const analysis = doc.plan.analysis;
    const items = analysis?.findings ?? [];
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const path = `plan.analysis.findings[${index}]`;
      if (seen.has(item.code))
        report.add(at.analysisItem(index), `${path}.code`, 'ANALYSIS_LINK.codeTwice', { code: item.code });
      seen.add(item.code);
      const row = item.origin?.row;
      if (item.origin === undefined || row === undefined) return;
      const count = analysis?.[item.origin.part]?.length ?? 0;
      if (row < 1 || row > count)
        report.add(at.analysisItem(index), `${path}.origin.row`, 'ANALYSIS_LINK.originRow', {
          code: item.code,
          row,
          count,
        });
    });
    const reasons = new Set<string>();
    (analysis?.evaluation ?? []).forEach((row, index) => {
      if (row.previousTarget === undefined) return;
      if (reasons.has(row.previousTarget))
        report.add(
          at.analysisEvaluation(index),
          `plan.analysis.evaluation[${index}].previousTarget`,
          'ANALYSIS_LINK.previousTargetTwice',
          { code: row.previousTarget },
        );
      reasons.add(row.previousTarget);
    });
    forEachTarget(doc, ({ aimIndex, target, targetIndex, path }) => {
      (target.answers ?? []).forEach((code, index) => {
        if (seen.has(code)) return;
        report.add(
          at.target(aimIndex, targetIndex, TARGET_STEP.answers),
          `${path}.answers[${index}]`,
          'ANALYSIS_LINK.unknownCode',
          {
            target: target.code,
            code,
          },
        );
      });
    });
  },
};
