import { describe, expect, it } from '@jest/globals';
import type { AnalysisItemDoc } from '../../../contracts/analysis.js';
import { RULE_MESSAGES } from '../../../common/messages/rule-messages.js';
import type { PlanDocument } from '../../../contracts/plan-document.js';
import { validatePlan } from '../plan-rules.js';
import { FIXTURE_TODAY, validPlanDocument } from '../test-fixtures.js';

const H11 = 'plan.aims[0].targets[0]';
const H21 = 'plan.aims[1].targets[0]';
const ANALYSIS_CODES = new Set(['ANALYSIS_LINK', 'NEED_UNANSWERED', 'TARGET_WITHOUT_NEED']);

/** The fixture plan with these findings and needs, H1.1 answering `h11` and H2.1 `h21`. */
function withAnalysis(findings: AnalysisItemDoc[], h11: string[] = [], h21: string[] = []): PlanDocument {
  const doc = validPlanDocument();
  doc.plan.analysis = {
    pestle: [{ category: 'ekonomik', factor: 'Göç', trend: 'negatif', effect: 'tehdit' }],
    findings,
  };
  if (h11.length > 0) doc.plan.aims[0].targets[0].answers = h11;
  if (h21.length > 0) doc.plan.aims[1].targets[0].answers = h21;
  return doc;
}

/** The analysis rules' issues as [code, severity, path, message]. */
function analysisIssues(
  doc: PlanDocument,
  lang: 'tr' | 'en' = 'tr',
): Array<[string, string, string, string]> {
  return validatePlan(doc, { today: FIXTURE_TODAY, lang })
    .filter((issue) => ANALYSIS_CODES.has(issue.code))
    .map((issue) => [issue.code, issue.severity, issue.path, issue.message]);
}

const T1: AnalysisItemDoc = { code: 'T1', kind: 'tespit', text: 'Yeşil alan az' };
const I1: AnalysisItemDoc = { code: 'İ1', kind: 'ihtiyac', text: 'Yeni park alanları' };
const I2: AnalysisItemDoc = { code: 'İ2', kind: 'ihtiyac', text: 'Zabıta denetimi' };

describe('the situation analysis rules', () => {
  it('say nothing about a plan without an analysis: no warning per target', () => {
    expect(analysisIssues(validPlanDocument())).toEqual([]);
  });

  it('say nothing about an analysis without findings or needs', () => {
    expect(analysisIssues(withAnalysis([]))).toEqual([]);
  });

  it('say nothing when every need is answered and every target answers one', () => {
    expect(analysisIssues(withAnalysis([T1, I1], ['T1', 'İ1'], ['İ1']))).toEqual([]);
  });

  describe('NEED_UNANSWERED', () => {
    it('warns at a need that no target answers, in Turkish and in English', () => {
      const doc = withAnalysis([T1, I1, I2], ['İ1'], ['T1']);
      expect(analysisIssues(doc)).toEqual([
        ['NEED_UNANSWERED', 'warning', 'plan.analysis.findings[2]', 'İ2 ihtiyacını karşılayan hedef yok'],
      ]);
      expect(analysisIssues(doc, 'en')[0][3]).toBe('No target answers need İ2');
    });

    it('does not ask the same of a finding (tespit)', () => {
      expect(analysisIssues(withAnalysis([T1, I1], ['İ1'], ['İ1']))).toEqual([]);
    });
  });

  describe('TARGET_WITHOUT_NEED', () => {
    it('warns at a target that answers no finding or need', () => {
      expect(analysisIssues(withAnalysis([T1, I1], ['T1', 'İ1']))).toEqual([
        [
          'TARGET_WITHOUT_NEED',
          'warning',
          `${H21}.answers`,
          'H2.1 hedefi durum analizinin hiçbir tespit veya ihtiyacını karşılamıyor',
        ],
      ]);
    });

    it('warns at every target when none answers anything, beside each unanswered need', () => {
      expect(analysisIssues(withAnalysis([I1])).map(([code, , path]) => [code, path])).toEqual([
        ['NEED_UNANSWERED', 'plan.analysis.findings[0]'],
        ['TARGET_WITHOUT_NEED', `${H11}.answers`],
        ['TARGET_WITHOUT_NEED', `${H21}.answers`],
      ]);
    });
  });

  describe('ANALYSIS_LINK', () => {
    it('refuses a target answering a code the analysis does not have', () => {
      expect(analysisIssues(withAnalysis([T1], ['T1', 'T9'], ['T1']))).toEqual([
        [
          'ANALYSIS_LINK',
          'error',
          `${H11}.answers[1]`,
          'H1.1 hedefi T9 kodlu tespit/ihtiyacı karşılıyor, ancak durum analizinde bu kod yok',
        ],
      ]);
    });

    it('refuses a code used twice and an origin row its part does not have', () => {
      const doc = withAnalysis(
        [T1, { ...I1, code: 'T1' }, { ...I2, origin: { part: 'pestle', row: 2 } }],
        ['T1', 'İ2'],
        ['T1'],
      );
      expect(analysisIssues(doc).map(([code, severity, path]) => [code, severity, path])).toEqual([
        ['ANALYSIS_LINK', 'error', 'plan.analysis.findings[1].code'],
        ['ANALYSIS_LINK', 'error', 'plan.analysis.findings[2].origin.row'],
      ]);
    });

    it('accepts an origin row that exists', () => {
      const doc = withAnalysis([{ ...T1, origin: { part: 'pestle', row: 1 } }], ['T1'], ['T1']);
      expect(analysisIssues(doc)).toEqual([]);
    });
  });

  it('has a Turkish and an English message for each of its texts', () => {
    for (const key of ['NEED_UNANSWERED', 'TARGET_WITHOUT_NEED', 'ANALYSIS_LINK.unknownCode'] as const) {
      expect(Object.keys(RULE_MESSAGES[key]).sort()).toEqual(['en', 'tr']);
    }
  });
});
