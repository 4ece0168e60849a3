/** Stable rule codes of domain.md section 5, plus the structural codes of the document parser. */
export const RULE_CODES = [
  'PLAN_PERIOD',
  'ELECTION_DEADLINE',
  'POPULATION_DUTY',
  'COUNCIL_DECISION',
  'TARGET_HAS_INDICATOR',
  'WEIGHTS_SUM',
  'CODE_PREFIX',
  'RESPONSIBLE_UNIT',
  'TARGET_DIRECTION',
  'COST_BALANCE',
  'DEVIATION_REASON',
  'ANALYSIS_LINK',
  'NEED_UNANSWERED',
  'TARGET_WITHOUT_NEED',
  'UPDATE_RULES',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export type Severity = 'error' | 'warning';

export interface ValidationIssue {
  /** A rule code of domain.md section 5 (or a structural code such as VALUE_PERIOD). */
  code: string;
  severity: Severity;
  /** JSON path inside the plan document, e.g. "plan.aims[0].targets[1].indicators[2].weight". */
  path: string;
  message: string;
}

export type Lang = 'tr' | 'en';

export interface ValidationResponse {
  planId: string;
  errors: number;
  warnings: number;
  issues: ValidationIssue[];
}
