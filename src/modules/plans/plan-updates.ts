/**
 * UPDATE_RULES of domain.md 5 for a plan update (güncelleme): target cards change for the
 * remaining years only (yearly targets, weights, added indicators, cost estimates and lists),
 * weights of a target still sum to 100, and an indicator's yearly target already changed by an
 * earlier update cannot be changed again, and the indicators it adds keep the plan within its
 * size limits (PLAN_LIMIT, plan-limits.ts). Mission, vision and aims are not part of an update
 * (the DTO refuses them). Pure: no framework, no I/O.
 */
import {
  ruleMessage,
  type RuleMessageKey,
  type RuleMessageParams,
} from '../../common/messages/rule-messages.js';
import type { ErrorDetail } from '../../contracts/errors.js';
import type { IndicatorDoc, PlanDocument, YearAmounts } from '../../contracts/plan-document.js';
import {
  CARD_LIST_FIELDS,
  type AddedIndicator,
  type CardChange,
  type PlanUpdateRequest,
  type TargetChange,
  type WeightChange,
} from '../../contracts/plan-versions.js';
import type { Lang } from '../../contracts/validation.js';
import { sumExact } from '../progress/actual-value.js';
import { overLimitMessage, PLAN_LIMITS } from './plan-limits.js';
import {
  indicatorRow,
  noRowChanges,
  yearlyTargetRows,
  type IndicatorRow,
  type PlanRowChanges,
  type StoredPlanRows,
  type TargetRow,
} from './plan-row-changes.js';
import { WEIGHT_TOLERANCE } from './rules/weights-sum.js';

/** What an update is checked against: the plan as it is now and its approved versions. */
export interface UpdateContext {
  startYear: number;
  endYear: number;
  /** Years with a closed assessment period ("2025" or "2025-H1"): assessed against their targets. */
  closedYears: number[];
  /** Effective year of the last approved update: versions take effect in order. */
  lastEffectiveYear: number | null;
  /** Current indicators by code. */
  indicators: ReadonlyMap<string, UpdateIndicatorState>;
  /** Current target cards by code. */
  targets: ReadonlyMap<string, UpdateTargetState>;
  /** Every code of the plan (aims, targets, indicators): a new indicator needs a free one. */
  codes: ReadonlySet<string>;
  /** "PG1.1.1|2027" for every yearly target an earlier update changed or set. */
  alreadyChanged: ReadonlySet<string>;
}

export interface UpdateIndicatorState {
  target: string;
  weight: number;
  /** Year → value. */
  targets: ReadonlyMap<number, number>;
}

export interface UpdateTargetState {
  costEstimate: YearAmounts | null;
  lists: Readonly<Record<(typeof CARD_LIST_FIELDS)[number], readonly string[] | null>>;
}

/** What an update changes, old and new, with unchanged values left out. */
export interface UpdateChanges {
  targets: TargetChange[];
  weights: WeightChange[];
  indicators: AddedIndicator[];
  cards: CardChange[];
}

export type UpdateOutcome = { ok: true; changes: UpdateChanges } | { ok: false; details: ErrorDetail[] };

/** The parts of a request checkUpdate reads. */
export type UpdateRequest = Pick<
  PlanUpdateRequest,
  'effectiveYear' | 'targets' | 'weights' | 'indicators' | 'cards'
>;

/** The first year an update may take effect: after the last year with a closed assessment period. */
export function firstUpdatableYear(startYear: number, closedYears: number[]): number {
  return Math.max(startYear, ...closedYears.map((year) => year + 1));
}

export function changeKey(indicator: string, year: number): string {
  return `${indicator}|${year}`;
}

/** The changes the update makes (unchanged values left out), or every problem found. */
export function checkUpdate(
  request: UpdateRequest,
  context: UpdateContext,
  lang: Lang = 'tr',
): UpdateOutcome {
  const details: ErrorDetail[] = [];
  const problem = <K extends RuleMessageKey>(
    path: string,
    key: K,
    params: RuleMessageParams[K],
    code = 'UPDATE_RULES',
  ): void => {
    details.push({ path, code, message: ruleMessage(key, params, lang) });
  };
  /**
   * The entries of a section of the request whose keys name something `known` holds, in order; a
   * key it does not hold is the `unknown` problem at `<section>.<key>` (reported as it is reached).
   */
  function* knownEntries<V, C>(
    section: string,
    entries: Readonly<Record<string, V>> | undefined,
    known: ReadonlyMap<string, C>,
    unknown: 'UPDATE_RULES.unknownIndicator' | 'UPDATE_RULES.unknownTarget',
  ): Generator<[string, V, C]> {
    for (const [key, value] of Object.entries(entries ?? {})) {
      const current = known.get(key);
      if (current === undefined) problem(`${section}.${key}`, unknown, { code: key });
      else yield [key, value, current];
    }
  }
  const { effectiveYear } = request;
  const first = Math.max(
    firstUpdatableYear(context.startYear, context.closedYears),
    context.lastEffectiveYear ?? context.startYear,
  );
  if (effectiveYear < first || effectiveYear > context.endYear) {
    problem('effectiveYear', 'UPDATE_RULES.effectiveYear', {
      first,
      end: context.endYear,
      ...(context.lastEffectiveYear !== null ? { last: context.lastEffectiveYear } : {}),
      year: effectiveYear,
    });
  }
  const isPlanYear = (year: number): boolean =>
    Number.isInteger(year) && year >= context.startYear && year <= context.endYear;
  const yearOf = (text: string): number => (/^\d{4}$/.test(text) ? Number(text) : NaN);
  /**
   * The year of `text` when its value may change: a plan year, from the effective year on (earlier
   * years keep the targets they are assessed against); otherwise the problem, and null.
   */
  const changeableYear = (path: string, text: string): number | null => {
    const year = yearOf(text);
    if (!isPlanYear(year)) {
      problem(path, 'UPDATE_RULES.notAYear', { year: text, start: context.startYear, end: context.endYear });
      return null;
    }
    if (year < effectiveYear) {
      problem(path, 'UPDATE_RULES.beforeEffective', { year, effective: effectiveYear });
      return null;
    }
    return year;
  };

  // Yearly targets of existing indicators.
  const targetChanges: TargetChange[] = [];
  for (const [indicator, years, current] of knownEntries(
    'targets',
    request.targets,
    context.indicators,
    'UPDATE_RULES.unknownIndicator',
  )) {
    if (!isPlainObject(years)) {
      problem(`targets.${indicator}`, 'UPDATE_RULES.yearlyObject', {});
      continue;
    }
    for (const [yearText, value] of Object.entries(years)) {
      const path = `targets.${indicator}.${yearText}`;
      if (!isFiniteNumber(value)) {
        problem(path, 'UPDATE_RULES.targetNumber', {});
        continue;
      }
      const year = changeableYear(path, yearText);
      if (year === null) continue;
      const old = current.targets.get(year) ?? null;
      if (old === value) continue;
      if (context.alreadyChanged.has(changeKey(indicator, year))) {
        problem(path, 'UPDATE_RULES.changedBefore', { code: indicator, year });
        continue;
      }
      targetChanges.push({ indicator, year, old, new: value });
    }
  }

  // Weights of existing indicators.
  const weightChanges: WeightChange[] = [];
  for (const [indicator, weight, current] of knownEntries(
    'weights',
    request.weights,
    context.indicators,
    'UPDATE_RULES.unknownIndicator',
  )) {
    const path = `weights.${indicator}`;
    if (!isFiniteNumber(weight) || weight < 0) {
      problem(path, 'UPDATE_RULES.weight', {});
      continue;
    }
    if (weight === current.weight) continue;
    weightChanges.push({ indicator, target: current.target, old: current.weight, new: weight });
  }

  // Indicators added to a target, with their baseline and the targets of the remaining years.
  const added: AddedIndicator[] = [];
  const newCodes = new Set<string>();
  for (const [index, indicator] of (request.indicators ?? []).entries()) {
    const path = `indicators[${index}]`;
    const before = details.length;
    if (!context.targets.has(indicator.target)) {
      problem(`${path}.target`, 'UPDATE_RULES.unknownTarget', { code: indicator.target });
    }
    if (context.codes.has(indicator.code) || newCodes.has(indicator.code)) {
      problem(`${path}.code`, 'UPDATE_RULES.codeUsed', { code: indicator.code });
    }
    newCodes.add(indicator.code);
    const years = Object.keys(indicator.targets).map(yearOf);
    for (const yearText of Object.keys(indicator.targets))
      changeableYear(`${path}.targets.${yearText}`, yearText);
    const missing = range(Math.max(effectiveYear, context.startYear), context.endYear).filter(
      (year) => !years.includes(year),
    );
    if (missing.length > 0) {
      problem(`${path}.targets`, 'UPDATE_RULES.missingTargets', {
        code: indicator.code,
        years: missing.join(', '),
      });
    }
    if (details.length === before) added.push(indicator);
  }

  // Size limits (plan-limits.ts): the targets that gain indicators, and the plan, stay within them.
  for (const target of new Set(added.map((item) => item.target))) {
    const count =
      [...context.indicators.values()].filter((state) => state.target === target).length +
      added.filter((item) => item.target === target).length;
    if (count > PLAN_LIMITS.indicatorsPerTarget) {
      const message = overLimitMessage('indicatorsPerTarget', count, lang);
      details.push({ path: 'indicators', code: 'PLAN_LIMIT', message: `${target}: ${message}` });
    }
  }
  if (context.indicators.size + added.length > PLAN_LIMITS.indicators) {
    const message = overLimitMessage('indicators', context.indicators.size + added.length, lang);
    details.push({ path: 'indicators', code: 'PLAN_LIMIT', message });
  }

  // Target card fields: the cost estimate of remaining years and the lists.
  const cardChanges: CardChange[] = [];
  for (const [target, card, current] of knownEntries(
    'cards',
    request.cards,
    context.targets,
    'UPDATE_RULES.unknownTarget',
  )) {
    for (const [yearText, amount] of Object.entries(card.costEstimate ?? {})) {
      const path = `cards.${target}.costEstimate.${yearText}`;
      const year = changeableYear(path, yearText);
      if (year === null) continue;
      const old = current.costEstimate?.[yearText] ?? null;
      if (old !== amount) cardChanges.push({ target, field: 'costEstimate', year, old, new: amount });
    }
    for (const field of CARD_LIST_FIELDS) {
      const list = card[field];
      if (list === undefined) continue;
      const old = [...(current.lists[field] ?? [])];
      if (JSON.stringify(old) !== JSON.stringify(list))
        cardChanges.push({ target, field, old, new: [...list] });
    }
  }

  // WEIGHTS_SUM: every target whose weights change, or that gains an indicator, still sums to 100.
  const touched = new Set([
    ...weightChanges.map((change) => change.target),
    ...added.map((item) => item.target),
  ]);
  for (const target of [...touched].sort()) {
    const weights = [...context.indicators.entries()]
      .filter(([, state]) => state.target === target)
      .map(([code, state]) => weightChanges.find((change) => change.indicator === code)?.new ?? state.weight);
    const sum = sumExact([
      ...weights,
      ...added.filter((item) => item.target === target).map((item) => item.weight),
    ]);
    if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) {
      problem('weights', 'WEIGHTS_SUM.update', { target, sum }, 'WEIGHTS_SUM');
    }
  }

  const changes: UpdateChanges = {
    targets: targetChanges,
    weights: weightChanges,
    indicators: added,
    cards: cardChanges,
  };
  if (details.length === 0 && isEmpty(changes)) {
    problem('targets', 'UPDATE_RULES.nothing', {});
  }
  if (details.length > 0) return { ok: false, details };
  targetChanges.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year);
  weightChanges.sort((a, b) => a.indicator.localeCompare(b.indicator));
  return { ok: true, changes };
}

export function isEmpty(changes: UpdateChanges): boolean {
  return (
    changes.targets.length + changes.weights.length + changes.indicators.length + changes.cards.length === 0
  );
}

/**
 * The plan document as the update would leave it, for the plan rules (domain.md 5): new yearly
 * targets, weights, added indicators (counting from `effectiveYear`) and card fields.
 */
export function applyUpdate(
  document: PlanDocument,
  changes: UpdateChanges,
  effectiveYear: number,
): PlanDocument {
  const after = structuredClone(document);
  const targets = after.plan.aims.flatMap((aim) => aim.targets);
  const indicators = new Map(
    targets.flatMap((target) => target.indicators).map((indicator) => [indicator.code, indicator]),
  );
  for (const change of changes.targets) {
    const indicator = indicators.get(change.indicator);
    if (indicator) indicator.targets = sortKeys({ ...indicator.targets, [String(change.year)]: change.new });
  }
  for (const change of changes.weights) {
    const indicator = indicators.get(change.indicator);
    if (indicator) indicator.weight = change.new;
  }
  for (const item of changes.indicators) {
    targets
      .find((target) => target.code === item.target)
      ?.indicators.push(toIndicatorDoc(item, effectiveYear));
  }
  for (const change of changes.cards) {
    const target = targets.find((item) => item.code === change.target);
    if (!target) continue;
    if (change.field === 'costEstimate')
      target.costEstimate = sortKeys({ ...(target.costEstimate ?? {}), [String(change.year)]: change.new });
    else target[change.field] = [...change.new];
  }
  return after;
}

/**
 * The row writes of an approved update on the stored plan: yearly targets set or added, whole
 * indicator rows with their new weights, added indicators (counting from `effectiveYear`) with
 * their targets, and whole target rows with their new card fields. Ids of added indicators come
 * from `newId`.
 */
export function updateRowChanges(
  stored: StoredPlanRows,
  changes: UpdateChanges,
  effectiveYear: number,
  newId: () => string,
): PlanRowChanges {
  const writes = noRowChanges();
  const indicators = new Map(stored.indicators.map((indicator) => [indicator.code, indicator]));
  const indicatorOf = (code: string): IndicatorRow => {
    const indicator = indicators.get(code);
    if (!indicator) throw new RangeError(`unknown indicator ${code}`);
    return indicator;
  };
  for (const change of changes.targets) {
    const row = { indicatorId: indicatorOf(change.indicator).id, year: change.year, value: change.new };
    (change.old === null ? writes.yearlyTargets.insert : writes.yearlyTargets.update).push(row);
  }
  const reweighted = new Map<string, IndicatorRow>();
  for (const change of changes.weights) {
    const row = reweighted.get(change.indicator) ?? { ...indicatorOf(change.indicator) };
    row.weight = change.new;
    reweighted.set(change.indicator, row);
  }
  writes.indicators.update = [...reweighted.values()];
  const targetIds = new Map(stored.targets.map((target) => [target.code, target.id]));
  let position = stored.indicators.reduce((max, indicator) => Math.max(max, indicator.position), 0);
  for (const item of changes.indicators) {
    position += 1;
    const row = indicatorRow(toIndicatorDoc(item, effectiveYear), {
      id: newId(),
      targetId: targetIds.get(item.target) as string,
      position,
    });
    writes.indicators.insert.push(row);
    writes.yearlyTargets.insert.push(...yearlyTargetRows(row.id, item.targets));
  }
  const cards = new Map<string, TargetRow>();
  for (const change of changes.cards) {
    const stands = stored.targets.find((target) => target.code === change.target);
    if (!stands) throw new RangeError(`unknown target ${change.target}`);
    const card = cards.get(change.target) ?? { ...stands };
    if (change.field === 'costEstimate') {
      card.costEstimate = sortKeys({ ...(card.costEstimate ?? {}), [String(change.year)]: change.new });
    } else {
      card[change.field] = change.new.length > 0 ? [...change.new] : null;
    }
    cards.set(change.target, card);
  }
  writes.targets.update = [...cards.values()];
  return writes;
}

/** An added indicator as a row of its target card. */
export function toIndicatorDoc(item: AddedIndicator, sinceYear: number): IndicatorDoc {
  return {
    code: item.code,
    name: item.name,
    ...(item.unit !== undefined ? { unit: item.unit } : {}),
    weight: item.weight,
    direction: item.direction,
    valueType: item.valueType,
    ...(item.method !== undefined ? { method: item.method } : {}),
    baseline: item.baseline,
    targets: sortKeys(item.targets),
    ...(item.monitoringMonths !== undefined ? { monitoringMonths: item.monitoringMonths } : {}),
    ...(item.reportingMonths !== undefined ? { reportingMonths: item.reportingMonths } : {}),
    ...(item.dataSource !== undefined ? { dataSource: item.dataSource } : {}),
    sinceYear,
  };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
