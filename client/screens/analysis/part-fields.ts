import {
  ANALYSIS_PARTS,
  EFFECTS,
  OPINION_METHODS,
  PESTLE_CATEGORIES,
  STAKEHOLDER_KINDS,
  SWOT_KINDS,
  SWOT_STRATEGY_KINDS,
  TRENDS,
  type AnalysisPart,
  type StoredFields,
} from '../../../src/contracts/analysis.js';

/**
 * How each part's fields are entered and shown (the fields of AnalysisRowFields in
 * src/contracts/analysis.ts): a line, a paragraph, a score 1–5, a list (one per line) or a
 * choice among the contract's codes. Pure: the forms and tables of the screen are built from it.
 */
export type FieldInput =
  | { name: string; input: 'line' | 'paragraph' | 'score' | 'list'; optional?: boolean }
  | { name: string; input: 'choice'; options: readonly string[]; optional?: boolean };

export const PART_INPUTS: Record<AnalysisPart, readonly FieldInput[]> = {
  history: [{ name: 'text', input: 'paragraph' }],
  evaluation: [{ name: 'text', input: 'paragraph' }],
  legal: [
    { name: 'duty', input: 'paragraph' },
    { name: 'basis', input: 'line' },
    { name: 'findings', input: 'paragraph', optional: true },
    { name: 'needs', input: 'paragraph', optional: true },
  ],
  policy: [
    { name: 'document', input: 'line' },
    { name: 'reference', input: 'line', optional: true },
    { name: 'duty', input: 'paragraph' },
  ],
  activities: [
    { name: 'field', input: 'line' },
    { name: 'services', input: 'list' },
  ],
  stakeholders: [
    { name: 'name', input: 'line' },
    { name: 'kind', input: 'choice', options: STAKEHOLDER_KINDS },
    { name: 'importance', input: 'score' },
    { name: 'influence', input: 'score' },
    { name: 'method', input: 'choice', options: OPINION_METHODS, optional: true },
    { name: 'opinion', input: 'paragraph', optional: true },
  ],
  internal: [
    { name: 'topic', input: 'line' },
    { name: 'text', input: 'paragraph' },
  ],
  pestle: [
    { name: 'category', input: 'choice', options: PESTLE_CATEGORIES },
    { name: 'factor', input: 'paragraph' },
    { name: 'trend', input: 'choice', options: TRENDS },
    { name: 'effect', input: 'choice', options: EFFECTS },
  ],
  swot: [
    { name: 'kind', input: 'choice', options: SWOT_KINDS },
    { name: 'text', input: 'paragraph' },
  ],
  strategies: [
    { name: 'kind', input: 'choice', options: SWOT_STRATEGY_KINDS },
    { name: 'text', input: 'paragraph' },
  ],
};

/** A form's raw values (every field a string) as the API takes them. */
export function rowBody(
  part: AnalysisPart,
  values: Readonly<Record<string, string>>,
  change: boolean,
): Record<string, string | number | string[] | null> {
  const body: Record<string, string | number | string[] | null> = {};
  for (const field of PART_INPUTS[part]) {
    const raw = (values[field.name] ?? '').trim();
    if (raw === '') {
      // A change clears an optional field; a create leaves it out (a required one is refused).
      if (field.optional && change) body[field.name] = null;
      else if (!field.optional) body[field.name] = raw;
      continue;
    }
    if (field.input === 'score') body[field.name] = Number(raw);
    else if (field.input === 'list')
      body[field.name] = raw
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    else body[field.name] = raw;
  }
  return body;
}

/** A stored field as a form shows it: a list one item per line. */
export function fieldText(fields: StoredFields, name: string): string {
  const value = fields[name];
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join('\n') : String(value);
}

/** The screens of the analysis, by their path segment: GZFT strategies sit with the GZFT. */
export type AnalysisScreen = Exclude<AnalysisPart, 'strategies'> | 'findings';
export const ANALYSIS_SCREENS: readonly AnalysisScreen[] = [
  ...ANALYSIS_PARTS.filter((part): part is Exclude<AnalysisPart, 'strategies'> => part !== 'strategies'),
  'findings',
];
