/**
 * Structural check of an untrusted plan document ("pusula.plan/v1", shared/plan-document.md)
 * before the rules of domain.md section 5 run on it (plan-rules.ts). Lists every problem, not
 * only the first, so an importer can fix a whole file in one pass. Pure: no framework, no I/O.
 */
import {
  ANALYSIS_ITEM_KINDS,
  ANALYSIS_PARTS,
  EFFECTS,
  OPINION_METHODS,
  PESTLE_CATEGORIES,
  SCORE_MAX,
  SCORE_MIN,
  STAKEHOLDER_KINDS,
  SWOT_KINDS,
  SWOT_STRATEGY_KINDS,
  TRENDS,
} from '../../contracts/analysis.js';
import {
  AIM_AGGREGATIONS,
  DIRECTIONS,
  INSTITUTION_KINDS,
  METHODS,
  PLAN_DOCUMENT_FORMAT,
  PLAN_STATUSES,
  VALUE_TYPES,
  type PlanDocument,
} from '../../contracts/plan-document.js';
import {
  DOCUMENT_EXPECTED,
  DOCUMENT_FIELD_LABELS,
  DOCUMENT_MESSAGES,
  DOCUMENT_ROOT_LABEL,
  type DocumentField,
  type DocumentLabel,
  type DocumentMessageParams,
} from '../../common/messages/document-messages.js';
import type { TypedTexts } from '../../common/messages/typed-texts.js';
import type { ErrorDetail } from '../../contracts/errors.js';
import { VALUE_STATUSES } from '../../contracts/workflow.js';
import { daysInMonth, isIsoDate } from '../../contracts/preparation-timeline.js';
import type { Lang } from '../../contracts/validation.js';
import { parsePeriod, type MonitoringMonths } from '../periods/period-keys.js';
import { documentLimitProblems } from './plan-limits.js';
import { settingsRangeProblems } from './plan-settings.js';

export const PARSE_PROBLEM_CODES = [
  'REQUIRED',
  'INVALID_TYPE',
  'INVALID_ENUM',
  'INVALID_DATE',
  'UNKNOWN_FIELD',
  'INVALID_YEAR',
  'VALUE_PERIOD',
  'INVALID_FORMAT',
  'TOO_LONG',
  'NEGATIVE',
  'VALUE_STATUS',
  'NOT_PLAN_YEAR',
] as const;
export type ParseProblemCode = (typeof PARSE_PROBLEM_CODES)[number];

/** Longest accepted strings, in characters (code points). */
export const TEXT_LIMITS = { code: 32, name: 500, long: 10000 } as const;
type TextKind = keyof typeof TEXT_LIMITS;

export interface ParseResult {
  /** The input itself (same keys, same order, no defaults added), or null when it has problems. */
  document: PlanDocument | null;
  problems: ErrorDetail[];
}

/** PostgreSQL integer columns (population) hold at most 2^31 − 1. */
const MAX_INTEGER = 2147483647;
/** PostgreSQL text and jsonb cannot hold NUL; an unpaired surrogate would not survive UTF-8. */
function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !/\p{Cs}/u.test(text);
}

// The calendar checks live in src/contracts/ (the client's date fields use them too).
export { daysInMonth, isIsoDate };

// ---------------------------------------------------------------------------------------------
// The contract as data: one shape per field of src/contracts/plan-document.ts.

type Label = DocumentLabel;

type Shape =
  | { type: 'text'; max: TextKind }
  | { type: 'date' }
  | { type: 'number'; nonNegative?: boolean; nullable?: boolean; integer?: boolean }
  | { type: 'year' }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly (string | number)[] }
  | { type: 'format' }
  | { type: 'object'; fields: Record<string, Field>; nullable?: boolean }
  | { type: 'array'; item: Shape }
  | { type: 'yearMap'; nonNegative: boolean; planYears?: boolean }
  | { type: 'values' };

interface Field {
  shape: Shape;
  required: boolean;
  label: Label;
}

const req = (shape: Shape, label: DocumentField): Field => ({
  shape,
  required: true,
  label: DOCUMENT_FIELD_LABELS[label],
});
const opt = (shape: Shape, label: DocumentField): Field => ({
  shape,
  required: false,
  label: DOCUMENT_FIELD_LABELS[label],
});
const text = (max: TextKind): Shape => ({ type: 'text', max });
const object = (fields: Record<string, Field>): Shape => ({ type: 'object', fields });
const arrayOf = (item: Shape): Shape => ({ type: 'array', item });
/** An optional list of objects with `fields`, as the situation analysis's parts and the plan's lists are. */
const rows = (label: DocumentField, fields: Record<string, Field>): Field =>
  opt(arrayOf(object(fields)), label);
/** An optional object with `fields`, as the plan's settings and council decision are. */
const section = (label: DocumentField, fields: Record<string, Field>): Field => opt(object(fields), label);
const oneOf = (values: readonly (string | number)[]): Shape => ({ type: 'enum', values });
const money: Shape = { type: 'yearMap', nonNegative: true };
const DATE: Shape = { type: 'date' };
const MONTHS = [6, 12] as const;
const RESOURCE_KINDS = ['butce', 'butce-disi'] as const;

const INDICATOR = object({
  code: req(text('code'), 'indicatorCode'),
  name: req(text('name'), 'indicatorName'),
  unit: opt(text('name'), 'unitOfMeasure'),
  weight: req({ type: 'number', nonNegative: true }, 'weightInTheTarget'),
  direction: req(oneOf(DIRECTIONS), 'direction'),
  valueType: req(oneOf(VALUE_TYPES), 'valueType'),
  method: opt(oneOf(METHODS), 'calculationMethod'),
  baseline: req({ type: 'number', nullable: true }, 'baselineA'),
  targets: req({ type: 'yearMap', nonNegative: false }, 'yearlyTargetsB'),
  halfYearTargets: opt({ type: 'yearMap', nonNegative: false, planYears: true }, 'halfYearTargets30June'),
  monitoringMonths: opt(oneOf(MONTHS), 'monitoringFrequencyMonths'),
  reportingMonths: opt(oneOf(MONTHS), 'reportingFrequencyMonths'),
  dataSource: opt(text('name'), 'dataSource'),
  sinceYear: opt({ type: 'year' }, 'firstYearOfTheIndicator'),
  chartFromZero: opt({ type: 'boolean' }, 'chartAxisStartsAt0'),
  values: opt({ type: 'values' }, 'actualValues'),
});

const VALUE_ENTRY = object({
  value: req({ type: 'number' }, 'valueC'),
  note: opt(text('long'), 'note'),
  deviationReason: opt(text('long'), 'deviationReason'),
  status: opt(oneOf(VALUE_STATUSES), 'valueStatus'),
  revised: opt({ type: 'boolean' }, 'revised'),
  originalValue: opt({ type: 'number' }, 'originalValue'),
  correctionReason: opt(text('long'), 'correctionReason'),
});

const ACTIVITY = object({
  code: opt(text('code'), 'activityCode'),
  name: req(text('name'), 'activityName'),
  responsibleUnit: opt(text('code'), 'responsibleUnitOfTheActivity'),
  cost: opt(money, 'activityCost'),
  offBudgetCost: opt(money, 'offBudgetCost'),
});

const TARGET = object({
  code: req(text('code'), 'targetCode'),
  title: req(text('name'), 'targetTitle'),
  responsibleUnit: req(text('code'), 'responsibleUnit'),
  collaboratingUnits: opt(arrayOf(text('code')), 'collaboratingUnits'),
  risks: opt(arrayOf(text('long')), 'risks'),
  controls: opt(arrayOf(text('long')), 'controlActivities'),
  strategies: opt(arrayOf(text('long')), 'strategies'),
  activities: opt(arrayOf(ACTIVITY), 'activitiesAndProjects'),
  costEstimate: opt(money, 'costEstimate'),
  findings: opt(arrayOf(text('long')), 'findings'),
  needs: opt(arrayOf(text('long')), 'needs'),
  answers: opt(arrayOf(text('code')), 'answers'),
  indicators: req(arrayOf(INDICATOR), 'performanceIndicators'),
});

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index);
const TEXT_ROW = object({ text: req(text('long'), 'analysisText') });

/** plan.analysis (contracts/analysis.ts): each part a list of rows, then the findings and needs. */
const ANALYSIS = object({
  history: opt(arrayOf(TEXT_ROW), 'analysisHistory'),
  evaluation: rows('analysisEvaluation', {
    text: req(text('long'), 'analysisText'),
    previousTarget: opt(text('code'), 'previousPlanTarget'),
  }),
  legal: rows('legalDuties', {
    duty: req(text('long'), 'legalDuty'),
    basis: req(text('name'), 'legalBasis'),
    findings: opt(text('long'), 'legalFindings'),
    needs: opt(text('long'), 'legalNeeds'),
  }),
  policy: rows('policyDocuments', {
    document: req(text('name'), 'policyDocument'),
    reference: opt(text('name'), 'policyReference'),
    duty: req(text('long'), 'policyDuty'),
  }),
  activities: rows('activityFields', {
    field: req(text('name'), 'activityField'),
    services: req(arrayOf(text('name')), 'productsServices'),
  }),
  stakeholders: rows('stakeholders', {
    name: req(text('name'), 'stakeholderName'),
    kind: req(oneOf(STAKEHOLDER_KINDS), 'stakeholderKind'),
    importance: req(oneOf(SCORES), 'importance'),
    influence: req(oneOf(SCORES), 'influence'),
    method: opt(oneOf(OPINION_METHODS), 'opinionMethod'),
    opinion: opt(text('long'), 'opinion'),
  }),
  internal: rows('internalAnalysis', {
    topic: req(text('name'), 'internalTopic'),
    text: req(text('long'), 'analysisText'),
  }),
  pestle: rows('pestle', {
    category: req(oneOf(PESTLE_CATEGORIES), 'pestleCategory'),
    factor: req(text('long'), 'pestleFactor'),
    trend: req(oneOf(TRENDS), 'trend'),
    effect: req(oneOf(EFFECTS), 'effect'),
  }),
  swot: rows('swot', { kind: req(oneOf(SWOT_KINDS), 'swotKind'), text: req(text('long'), 'analysisText') }),
  strategies: rows('swotStrategies', {
    kind: req(oneOf(SWOT_STRATEGY_KINDS), 'swotStrategyKind'),
    text: req(text('long'), 'analysisText'),
  }),
  findings: rows('analysisFindings', {
    code: req(text('code'), 'itemCode'),
    kind: req(oneOf(ANALYSIS_ITEM_KINDS), 'itemKind'),
    text: req(text('long'), 'itemText'),
    origin: section('itemOrigin', {
      part: req(oneOf(ANALYSIS_PARTS), 'originPart'),
      row: opt({ type: 'number', nonNegative: true, integer: true }, 'originRow'),
    }),
  }),
});

const AIM = object({
  code: req(text('code'), 'aimCode'),
  title: req(text('name'), 'aimTitle'),
  targets: req(arrayOf(TARGET), 'targets'),
});

const PLAN = object({
  title: req(text('name'), 'planTitle'),
  startYear: req({ type: 'year' }, 'startYear'),
  endYear: req({ type: 'year' }, 'endYear'),
  status: opt(oneOf(PLAN_STATUSES), 'planStatus'),
  mission: opt(text('long'), 'mission'),
  vision: opt(text('long'), 'vision'),
  values: rows('coreValues', {
    title: req(text('name'), 'coreValue'),
    description: opt(text('long'), 'coreValueDescription'),
  }),
  submittedToCouncil: opt(DATE, 'submissionToTheCouncil'),
  closedOn: opt(DATE, 'closingDate'),
  councilDecision: section('councilDecision', {
    date: req(DATE, 'councilDecisionDate'),
    number: req(text('name'), 'councilDecisionNumber'),
  }),
  settings: section('planSettings', {
    clampTargetRates: opt({ type: 'boolean' }, 'clampTargetRates'),
    aimAggregation: opt(oneOf(AIM_AGGREGATIONS), 'aimAggregation'),
    codePrefixes: section('codePrefixes', {
      aim: req(text('code'), 'aimCodePrefix'),
      target: req(text('code'), 'targetCodePrefix'),
      indicator: req(text('code'), 'indicatorCodePrefix'),
    }),
    statusThresholds: section('statusThresholds', {
      good: req({ type: 'number' }, 'goodThreshold'),
      warning: req({ type: 'number' }, 'warningThreshold'),
    }),
    minCoverage: opt({ type: 'number' }, 'minimumCoverage'),
    midYearBands: opt(
      {
        type: 'object',
        nullable: true,
        fields: {
          onTrack: req({ type: 'number' }, 'midYearOnTrackBand'),
          behind: req({ type: 'number' }, 'midYearBehindBand'),
        },
      },
      'midYearBands',
    ),
    plausibility: section('plausibilityFactors', {
      low: req({ type: 'number' }, 'plausibilityLowFactor'),
      high: req({ type: 'number' }, 'plausibilityHighFactor'),
    }),
    entryDeadlineDays: opt({ type: 'number' }, 'entryDeadlineDays'),
    approvalDeadlineDays: opt({ type: 'number' }, 'approvalDeadlineDays'),
    stakeholderThreshold: opt(oneOf(SCORES), 'stakeholderThreshold'),
    programmeCostTolerance: opt({ type: 'number' }, 'programmeCostTolerance'),
  }),
  costing: section('costing', {
    generalAdministration: opt(money, 'generalAdministration'),
    resources: rows('resources', {
      source: req(text('name'), 'resourceSource'),
      kind: req(oneOf(RESOURCE_KINDS), 'resourceKind'),
      amounts: req(money, 'resourceAmounts'),
    }),
  }),
  analysis: opt(ANALYSIS, 'analysis'),
  aims: req(arrayOf(AIM), 'aims'),
});

const DOCUMENT = object({
  format: req({ type: 'format' }, 'documentFormat'),
  institution: req(
    object({
      name: req(text('name'), 'institutionName'),
      kind: req(oneOf(INSTITUTION_KINDS), 'institutionKind'),
      population: opt({ type: 'number', nonNegative: true, integer: true }, 'population'),
      electionDate: opt(DATE, 'electionDate'),
    }),
    'institution',
  ),
  units: req(
    arrayOf(
      object({
        code: req(text('code'), 'unitCode'),
        name: req(text('name'), 'unitName'),
        parent: opt(text('code'), 'parentUnit'),
      }),
    ),
    'units',
  ),
  plan: req(PLAN, 'plan'),
});

const ROOT_LABEL = DOCUMENT_ROOT_LABEL;

// ---------------------------------------------------------------------------------------------
// Messages: one entry per code, Turkish and English (src/common/messages/document-messages.ts).

interface MessageParams {
  label: Label;
  expected?: Label;
  value?: string;
  allowed?: string;
  max?: number;
  length?: number;
  months?: MonitoringMonths;
  years?: string;
}

const MESSAGES: Record<ParseProblemCode, TypedTexts<DocumentMessageParams>> = DOCUMENT_MESSAGES;
const EXPECTED: Record<string, Label> = DOCUMENT_EXPECTED;

// ---------------------------------------------------------------------------------------------

/**
 * Checks the structure of an untrusted JSON body against the plan document contract: size
 * limits (PLAN_LIMITS; when one is broken, only those problems are reported), required
 * fields, JSON types, enumerations, dates, years, entry periods, lengths, negative money and
 * unknown fields at any depth. The rules of domain.md section 5 are plan-rules.ts's job.
 */
export function parsePlanDocument(input: unknown, lang: Lang = 'tr'): ParseResult {
  // Size limits first (plan-limits.ts, detail code TOO_MANY): a document over them is refused
  // without walking it all.
  const tooMany = documentLimitProblems(input, lang);
  if (tooMany.length > 0) return { document: null, problems: tooMany };
  const problems: ErrorDetail[] = [];
  const report = (path: string, code: ParseProblemCode, params: MessageParams): void => {
    problems.push({
      path,
      code,
      message: MESSAGES[code][lang]({
        ...params,
        label: params.label[lang],
        expected: params.expected?.[lang],
      }),
    });
  };
  const years = planYearsOf(input);

  const walk = (
    value: unknown,
    shape: Shape,
    path: string,
    label: Label,
    required: boolean,
    parent: Record<string, unknown>,
  ): void => {
    if (value === null && !((shape.type === 'number' || shape.type === 'object') && shape.nullable)) {
      if (required) report(path, 'REQUIRED', { label });
      else report(path, 'INVALID_TYPE', { label, expected: expectedOf(shape) });
      return;
    }
    switch (shape.type) {
      case 'text': {
        if (typeof value !== 'string')
          return report(path, 'INVALID_TYPE', { label, expected: EXPECTED.text });
        if (!isStorableText(value))
          return report(path, 'INVALID_TYPE', { label, expected: EXPECTED.storableText });
        if (required && value.trim() === '') return report(path, 'REQUIRED', { label });
        const length = [...value].length;
        if (length > TEXT_LIMITS[shape.max])
          report(path, 'TOO_LONG', { label, max: TEXT_LIMITS[shape.max], length });
        return;
      }
      case 'date': {
        if (typeof value !== 'string')
          return report(path, 'INVALID_TYPE', { label, expected: expectedOf(shape) });
        if (required && value.trim() === '') return report(path, 'REQUIRED', { label });
        if (!isIsoDate(value)) report(path, 'INVALID_DATE', { label, value: quote(value) });
        return;
      }
      case 'number': {
        if (value === null) return;
        if (!isFiniteNumber(value))
          return report(path, 'INVALID_TYPE', { label, expected: expectedOf(shape) });
        if (shape.nonNegative && value < 0) return report(path, 'NEGATIVE', { label, value: String(value) });
        if (shape.integer && (!Number.isInteger(value) || value > MAX_INTEGER))
          report(path, 'INVALID_TYPE', { label, expected: EXPECTED.integer });
        return;
      }
      case 'year': {
        if (!isFiniteNumber(value)) return report(path, 'INVALID_TYPE', { label, expected: EXPECTED.number });
        if (!isYearNumber(value)) report(path, 'INVALID_YEAR', { label, value: String(value) });
        return;
      }
      case 'boolean':
        if (typeof value !== 'boolean') report(path, 'INVALID_TYPE', { label, expected: EXPECTED.boolean });
        return;
      case 'enum': {
        const numeric = typeof shape.values[0] === 'number';
        if (typeof value !== (numeric ? 'number' : 'string')) {
          return report(path, 'INVALID_TYPE', { label, expected: expectedOf(shape) });
        }
        if (required && value === '') return report(path, 'REQUIRED', { label });
        if (!shape.values.includes(value as string | number)) {
          report(path, 'INVALID_ENUM', {
            label,
            value: quote(value),
            allowed: shape.values.map(quote).join(', '),
          });
        }
        return;
      }
      case 'format': {
        if (typeof value !== 'string')
          return report(path, 'INVALID_TYPE', { label, expected: EXPECTED.text });
        if (value === '') return report(path, 'REQUIRED', { label });
        if (value !== PLAN_DOCUMENT_FORMAT) report(path, 'INVALID_FORMAT', { label, value: quote(value) });
        return;
      }
      case 'array': {
        if (!Array.isArray(value)) return report(path, 'INVALID_TYPE', { label, expected: EXPECTED.array });
        // An item of a list is never optional: an empty string in a list is a missing text.
        value.forEach((item, index) => walk(item, shape.item, `${path}[${index}]`, label, true, parent));
        return;
      }
      case 'object': {
        if (value === null) return;
        if (!isPlainObject(value)) return report(path, 'INVALID_TYPE', { label, expected: EXPECTED.object });
        for (const [key, child] of Object.entries(value)) {
          const field = Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined;
          const childPath = joinField(path, key);
          if (!field) report(childPath, 'UNKNOWN_FIELD', { label, value: quote(key) });
          else if (child === undefined) {
            if (field.required) report(childPath, 'REQUIRED', { label: field.label });
          } else walk(child, field.shape, childPath, field.label, field.required, value);
        }
        for (const [key, field] of Object.entries(shape.fields)) {
          if (field.required && !Object.hasOwn(value, key))
            report(joinField(path, key), 'REQUIRED', { label: field.label });
        }
        return;
      }
      case 'yearMap': {
        if (!isPlainObject(value)) return report(path, 'INVALID_TYPE', { label, expected: EXPECTED.object });
        for (const [key, amount] of Object.entries(value)) {
          const keyPath = joinKey(path, key);
          const keyLabel = withKey(label, key);
          if (!/^\d{4}$/.test(key)) report(keyPath, 'INVALID_YEAR', { label, value: quote(key) });
          else if (shape.planYears && years && (Number(key) < years.start || Number(key) > years.end))
            report(keyPath, 'NOT_PLAN_YEAR', {
              label,
              value: quote(key),
              years: `${years.start}–${years.end}`,
            });
          else
            walk(amount, { type: 'number', nonNegative: shape.nonNegative }, keyPath, keyLabel, true, value);
        }
        return;
      }
      case 'values': {
        if (!isPlainObject(value)) return report(path, 'INVALID_TYPE', { label, expected: EXPECTED.object });
        const months = monitoringMonthsOf(parent);
        // An indicator a plan update added has entries from its first year on only.
        const since = isYearNumber(parent.sinceYear) ? parent.sinceYear : null;
        const entryYears =
          years && since !== null ? { start: Math.max(years.start, since), end: years.end } : years;
        for (const [key, entry] of Object.entries(value)) {
          const keyPath = joinKey(path, key);
          if (!fitsEntryPeriod(key, months, entryYears)) {
            report(keyPath, 'VALUE_PERIOD', {
              label,
              value: quote(key),
              months: months ?? undefined,
              years: entryYears ? `${entryYears.start}–${entryYears.end}` : undefined,
            });
          }
          walk(entry, VALUE_ENTRY, keyPath, withKey(label, key), true, value);
          if (isPlainObject(entry) && !correctionFits(entry)) {
            report(keyPath, 'VALUE_STATUS', {
              label: withKey(label, key),
              value: quote(entry.status ?? 'approved'),
            });
          }
        }
        return;
      }
    }
  };

  walk(input, DOCUMENT, '', ROOT_LABEL, true, {});
  // Ranges of the settings that read figures and judge entries (plan-settings.ts).
  if (isPlainObject(input) && isPlainObject(input.plan))
    problems.push(...settingsRangeProblems(input.plan.settings, 'plan.settings', lang));
  if (problems.length > 0) return { document: null, problems };
  // Every key is known and every value checked: the clone is the typed document, keys in order.
  return { document: structuredClone(input) as PlanDocument, problems };
}

/**
 * Correction fields belong to a corrected approved value: `revised: true` on an approved (or
 * status-less, hence approved) entry, and originalValue / correctionReason only beside it.
 */
function correctionFits(entry: Record<string, unknown>): boolean {
  const approved = entry.status === undefined || entry.status === 'approved';
  const revised = entry.revised === true;
  if (revised && !approved) return false;
  if (!revised && (entry.originalValue !== undefined || entry.correctionReason !== undefined)) return false;
  return true;
}

/** The plan's years when plan.startYear and plan.endYear are usable, for the VALUE_PERIOD check. */
function planYearsOf(input: unknown): { start: number; end: number } | null {
  if (!isPlainObject(input) || !isPlainObject(input.plan)) return null;
  const { startYear, endYear } = input.plan;
  if (!isYearNumber(startYear) || !isYearNumber(endYear)) return null;
  return { start: startYear, end: endYear };
}

/** The indicator's monitoring frequency (6 when left out), or null when it is itself invalid. */
function monitoringMonthsOf(indicator: Record<string, unknown>): MonitoringMonths | null {
  const months = indicator.monitoringMonths;
  if (months === undefined) return 6;
  return months === 6 || months === 12 ? months : null;
}

/**
 * isEntryPeriod of periods.ts, tolerant of what is already reported elsewhere: an invalid
 * frequency or invalid plan years only narrow the check to what can still be judged.
 */
function fitsEntryPeriod(
  key: string,
  months: MonitoringMonths | null,
  years: { start: number; end: number } | null,
): boolean {
  const period = parsePeriod(key);
  if (!period) return false;
  if (years && (period.year < years.start || period.year > years.end)) return false;
  if (months === 12) return period.half === null;
  if (months === 6) return period.half !== null;
  return true;
}

function expectedOf(shape: Shape): Label {
  switch (shape.type) {
    case 'number':
      return shape.nullable ? EXPECTED.nullableNumber : EXPECTED.number;
    case 'object':
      return shape.nullable ? EXPECTED.nullableObject : EXPECTED.object;
    case 'year':
      return EXPECTED.number;
    case 'boolean':
      return EXPECTED.boolean;
    case 'enum':
      return typeof shape.values[0] === 'number' ? EXPECTED.number : EXPECTED.text;
    case 'yearMap':
    case 'values':
      return EXPECTED.object;
    case 'array':
      return EXPECTED.array;
    case 'text':
    case 'date':
    case 'format':
      return EXPECTED.text;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isYearNumber(value: unknown): value is number {
  return isFiniteNumber(value) && Number.isInteger(value) && value >= 1000 && value <= 9999;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `plan.aims` for a plain name, `plan["odd key"]` for anything else. */
function joinField(path: string, key: string): string {
  if (!IDENTIFIER.test(key)) return joinKey(path, key);
  return path === '' ? key : `${path}.${key}`;
}

/** `values["2025-H1"]`: map keys always in brackets, as JSON strings. */
function joinKey(path: string, key: string): string {
  return `${path}[${JSON.stringify(key)}]`;
}

function withKey(label: Label, key: string): Label {
  return { tr: `${label.tr} (${key})`, en: `${label.en} (${key})` };
}

function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
