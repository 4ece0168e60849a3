import type { Direction, Method, ValueType, YearAmounts } from '../../../src/contracts/plan-document.js';
import type { ErrorDetail } from '../../../src/contracts/errors.js';
import type {
  TargetCardIndicatorInput,
  TargetCardResponse,
  TargetCardSaveRequest,
} from '../../../src/contracts/drafting.js';
import { presetSide, type Difference, type Side } from '../../forms/merge.js';
import { formatNumber } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { parseDecimal, type Lang } from '../../lib/entry-rules.js';

/**
 * The target card as the editor holds it, with no DOM: numbers as the user typed them (so a
 * refused value stays in its field), read into a TargetCardSaveRequest when saved; and the
 * stale-write merge of two such cards, field by field.
 */

export type YearTexts = Record<string, string>;

export interface IndicatorDraft {
  /** Absent for a row added here and not yet saved (the server numbers it). */
  code?: string;
  name: string;
  unit: string;
  weight: string;
  direction: Direction;
  valueType: ValueType;
  /** '' = the value type's default. */
  method: Method | '';
  baseline: string;
  targets: YearTexts;
  halfYearTargets: YearTexts;
  monitoringMonths: 6 | 12;
  reportingMonths: 6 | 12;
  dataSource: string;
}

export interface ActivityDraft {
  code?: string;
  name: string;
  /** '' = the target's responsible unit. */
  responsibleUnit: string;
  cost: YearTexts;
  offBudgetCost: YearTexts;
}

export const LIST_FIELDS = ['risks', 'controls', 'strategies', 'findings', 'needs'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export interface CardDraft {
  title: string;
  responsibleUnit: string;
  collaboratingUnits: string[];
  risks: string[];
  controls: string[];
  strategies: string[];
  findings: string[];
  needs: string[];
  activities: ActivityDraft[];
  costEstimate: YearTexts;
  indicators: IndicatorDraft[];
}

/**
 * A stored number as the field shows it, by the language's rules ("1.234,5" / "1,234.5"): the
 * reading of it (parseDecimal) gives the same number back.
 */
export function numberText(value: number | null, lang: Lang): string {
  return value === null || !Number.isFinite(value) ? '' : formatNumber(value, lang, 10);
}

function yearTexts(amounts: YearAmounts | undefined, lang: Lang): YearTexts {
  const texts: YearTexts = {};
  for (const [year, value] of Object.entries(amounts ?? {})) texts[year] = numberText(value, lang);
  return texts;
}

export function emptyIndicator(): IndicatorDraft {
  return {
    name: '',
    unit: '',
    weight: '',
    direction: 'artis',
    valueType: 'duzey',
    method: '',
    baseline: '',
    targets: {},
    halfYearTargets: {},
    monitoringMonths: 6,
    reportingMonths: 6,
    dataSource: '',
  };
}

export function emptyActivity(): ActivityDraft {
  return { name: '', responsibleUnit: '', cost: {}, offBudgetCost: {} };
}

/** The card as stored, as the editor's texts in `lang`. */
export function cardToDraft(card: TargetCardResponse, lang: Lang): CardDraft {
  const { target } = card;
  const indicators = [...card.indicators].sort((a, b) => a.position - b.position);
  return {
    title: target.title,
    responsibleUnit: target.responsibleUnit,
    collaboratingUnits: [...target.collaboratingUnits],
    risks: [...target.risks],
    controls: [...target.controls],
    strategies: [...target.strategies],
    findings: [...target.findings],
    needs: [...target.needs],
    activities: target.activities.map((activity) => ({
      code: activity.code,
      name: activity.name,
      responsibleUnit: activity.responsibleUnit ?? '',
      cost: yearTexts(activity.cost, lang),
      offBudgetCost: yearTexts(activity.offBudgetCost, lang),
    })),
    costEstimate: yearTexts(target.costEstimate, lang),
    indicators: indicators.map((indicator) => ({
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit ?? '',
      weight: numberText(indicator.weight, lang),
      direction: indicator.direction,
      valueType: indicator.valueType,
      method: indicator.method ?? '',
      baseline: numberText(indicator.baseline, lang),
      targets: yearTexts(indicator.targets, lang),
      halfYearTargets: yearTexts(indicator.halfYearTargets, lang),
      monitoringMonths: indicator.monitoringMonths,
      reportingMonths: indicator.reportingMonths,
      dataSource: indicator.dataSource ?? '',
    })),
  };
}

/** "one per line" list text → its non-empty lines. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Reads the drafts' numbers; each unreadable one is a detail at its field (nothing is sent then). */
class NumberReader {
  readonly errors: ErrorDetail[] = [];
  constructor(private readonly lang: Lang) {}

  optional(text: string, path: string): number | null {
    const parsed = parseDecimal(text, this.lang);
    if (parsed.kind === 'number') return parsed.value;
    if (parsed.kind === 'invalid')
      this.errors.push({ path, code: 'NOT_A_NUMBER', message: t('forms.notANumber', { text }) });
    return null;
  }

  required(text: string, path: string): number {
    if (parseDecimal(text, this.lang).kind === 'empty') {
      this.errors.push({ path, code: 'REQUIRED', message: t('editor.required') });
      return 0;
    }
    return this.optional(text, path) ?? 0;
  }

  years(texts: YearTexts, path: string): Record<string, number> {
    const amounts: Record<string, number> = {};
    for (const [year, text] of Object.entries(texts)) {
      const value = this.optional(text, `${path}.${year}`);
      if (value !== null) amounts[year] = value;
    }
    return amounts;
  }
}

/** The save request for `draft`, or the numbers that cannot be read (at their paths). */
export function draftToRequest(
  draft: CardDraft,
  version: number,
  lang: Lang,
): { request: TargetCardSaveRequest; errors: [] } | { request: null; errors: ErrorDetail[] } {
  const read = new NumberReader(lang);
  const indicators = draft.indicators.map((indicator, index): TargetCardIndicatorInput => {
    const path = `indicators[${index}]`;
    const input: TargetCardIndicatorInput = {
      name: indicator.name.trim(),
      unit: indicator.unit.trim() || null,
      weight: read.required(indicator.weight, `${path}.weight`),
      direction: indicator.direction,
      valueType: indicator.valueType,
      method: indicator.method || null,
      baseline: read.optional(indicator.baseline, `${path}.baseline`),
      targets: read.years(indicator.targets, `${path}.targets`),
      halfYearTargets: read.years(indicator.halfYearTargets, `${path}.halfYearTargets`),
      monitoringMonths: indicator.monitoringMonths,
      reportingMonths: indicator.reportingMonths,
      dataSource: indicator.dataSource.trim() || null,
    };
    return indicator.code ? { code: indicator.code, ...input } : input;
  });
  const activities = draft.activities.map((activity, index) => {
    const path = `activities[${index}]`;
    return {
      ...(activity.code ? { code: activity.code } : {}),
      name: activity.name.trim(),
      ...(activity.responsibleUnit ? { responsibleUnit: activity.responsibleUnit } : {}),
      cost: read.years(activity.cost, `${path}.cost`),
      offBudgetCost: read.years(activity.offBudgetCost, `${path}.offBudgetCost`),
    };
  });
  const costEstimate = read.years(draft.costEstimate, 'costEstimate');
  if (read.errors.length > 0) return { request: null, errors: read.errors };
  return {
    errors: [],
    request: {
      version,
      title: draft.title,
      responsibleUnit: draft.responsibleUnit,
      collaboratingUnits: [...draft.collaboratingUnits],
      risks: [...draft.risks],
      controls: [...draft.controls],
      strategies: [...draft.strategies],
      activities,
      costEstimate,
      findings: [...draft.findings],
      needs: [...draft.needs],
      indicators,
    },
  };
}

/** The card's running weight total (unreadable weights count as 0), for "Toplam 97 / 100". */
export function weightTotal(draft: CardDraft, lang: Lang): number {
  let cents = 0;
  for (const indicator of draft.indicators) {
    const parsed = parseDecimal(indicator.weight, lang);
    if (parsed.kind === 'number') cents += Math.round(parsed.value * 100);
  }
  return cents / 100;
}

// ---------------------------------------------------------------------------------------------
// Stale-write merge

const INDICATOR_TEXT_FIELDS = ['name', 'unit', 'direction', 'valueType', 'method', 'dataSource'] as const;
const INDICATOR_NUMBER_FIELDS = ['weight', 'baseline'] as const;
const INDICATOR_MONTH_FIELDS = ['monitoringMonths', 'reportingMonths'] as const;
const INDICATOR_YEAR_FIELDS = ['targets', 'halfYearTargets'] as const;
type IndicatorLeaf =
  | { field: (typeof INDICATOR_TEXT_FIELDS)[number] }
  | { field: (typeof INDICATOR_NUMBER_FIELDS)[number] }
  | { field: (typeof INDICATOR_MONTH_FIELDS)[number] }
  | { field: (typeof INDICATOR_YEAR_FIELDS)[number]; year: string };

/** What a difference changes when "theirs" is chosen. */
export type CardDiffTarget =
  | { kind: 'title' }
  | { kind: 'responsibleUnit' }
  | { kind: 'collaboratingUnits' }
  | { kind: 'list'; field: ListField }
  | { kind: 'activities' }
  | { kind: 'costEstimate'; year: string }
  | { kind: 'indicatorField'; mineIndex: number; code: string; leaf: IndicatorLeaf }
  /** In mine only: new here, or deleted by the other person. Theirs removes it. */
  | { kind: 'indicatorMine'; mineIndex: number }
  /** In theirs only: added by the other person, or deleted here. Theirs puts it back. */
  | { kind: 'indicatorTheirs'; theirsIndex: number }
  | { kind: 'indicatorOrder' };

export type CardValue = string | string[] | IndicatorDraft | ActivityDraft[] | null;

export type CardDifference = Difference<CardValue> & { target: CardDiffTarget };

/** Comparable text of a number as typed ("10,0" and "10" are the same figure). */
function numberKey(text: string | undefined, lang: Lang): string {
  if (text === undefined) return '';
  const parsed = parseDecimal(text, lang);
  return parsed.kind === 'number' ? String(parsed.value) : text.trim();
}

function yearsKey(texts: YearTexts, lang: Lang): string {
  return JSON.stringify(
    Object.keys(texts)
      .sort()
      .map((year) => [year, numberKey(texts[year], lang)])
      .filter(([, value]) => value !== ''),
  );
}

function indicatorKey(indicator: IndicatorDraft, lang: Lang): string {
  return JSON.stringify([
    ...INDICATOR_TEXT_FIELDS.map((field) => indicator[field]),
    ...INDICATOR_NUMBER_FIELDS.map((field) => numberKey(indicator[field], lang)),
    ...INDICATOR_MONTH_FIELDS.map((field) => indicator[field]),
    ...INDICATOR_YEAR_FIELDS.map((field) => yearsKey(indicator[field], lang)),
  ]);
}

function activitiesKey(activities: ActivityDraft[], lang: Lang): string {
  return JSON.stringify(
    activities.map((activity) => [
      activity.code ?? '',
      activity.name.trim(),
      activity.responsibleUnit,
      yearsKey(activity.cost, lang),
      yearsKey(activity.offBudgetCost, lang),
    ]),
  );
}

/**
 * Every field in which `mine` and `theirs` differ, in the card's order. Indicators are matched by
 * code; `base` (the card as the user last read or saved it) presets each choice.
 */
export function cardDifferences(
  mine: CardDraft,
  theirs: CardDraft,
  base: CardDraft | null,
  lang: Lang,
): CardDifference[] {
  const differences: CardDifference[] = [];
  const add = (
    key: string,
    path: string,
    target: CardDiffTarget,
    values: { mine: CardValue; theirs: CardValue },
    compare: { mine: string; theirs: string; base: string | undefined },
  ): void => {
    if (compare.mine === compare.theirs) return;
    differences.push({
      key,
      path,
      target,
      ...values,
      preset: presetSide(compare.base, compare.mine, compare.theirs),
    });
  };

  add('title', 'title', { kind: 'title' }, mine_(mine.title, theirs.title), {
    mine: mine.title,
    theirs: theirs.title,
    base: base?.title,
  });
  add(
    'responsibleUnit',
    'responsibleUnit',
    { kind: 'responsibleUnit' },
    mine_(mine.responsibleUnit, theirs.responsibleUnit),
    {
      mine: mine.responsibleUnit,
      theirs: theirs.responsibleUnit,
      base: base?.responsibleUnit,
    },
  );
  const listKey = (list: string[] | undefined): string | undefined =>
    list ? JSON.stringify(list) : undefined;
  add(
    'collaboratingUnits',
    'collaboratingUnits',
    { kind: 'collaboratingUnits' },
    mine_(mine.collaboratingUnits, theirs.collaboratingUnits),
    {
      mine: JSON.stringify([...mine.collaboratingUnits].sort()),
      theirs: JSON.stringify([...theirs.collaboratingUnits].sort()),
      base: base ? JSON.stringify([...base.collaboratingUnits].sort()) : undefined,
    },
  );

  indicatorDifferences(mine, theirs, base, lang, add);

  for (const field of LIST_FIELDS) {
    add(field, field, { kind: 'list', field }, mine_(mine[field], theirs[field]), {
      mine: JSON.stringify(mine[field]),
      theirs: JSON.stringify(theirs[field]),
      base: listKey(base?.[field]),
    });
  }
  add('activities', 'activities', { kind: 'activities' }, mine_(mine.activities, theirs.activities), {
    mine: activitiesKey(mine.activities, lang),
    theirs: activitiesKey(theirs.activities, lang),
    base: base ? activitiesKey(base.activities, lang) : undefined,
  });
  const years = [...new Set([...Object.keys(mine.costEstimate), ...Object.keys(theirs.costEstimate)])].sort();
  for (const year of years) {
    add(
      `costEstimate.${year}`,
      `costEstimate.${year}`,
      { kind: 'costEstimate', year },
      mine_(mine.costEstimate[year] ?? '', theirs.costEstimate[year] ?? ''),
      {
        mine: numberKey(mine.costEstimate[year], lang),
        theirs: numberKey(theirs.costEstimate[year], lang),
        base: base ? numberKey(base.costEstimate[year], lang) : undefined,
      },
    );
  }
  return differences;
}

function mine_(mine: CardValue, theirs: CardValue): { mine: CardValue; theirs: CardValue } {
  return { mine, theirs };
}

type AddDifference = (
  key: string,
  path: string,
  target: CardDiffTarget,
  values: { mine: CardValue; theirs: CardValue },
  compare: { mine: string; theirs: string; base: string | undefined },
) => void;

function indicatorDifferences(
  mine: CardDraft,
  theirs: CardDraft,
  base: CardDraft | null,
  lang: Lang,
  add: AddDifference,
): void {
  const theirsByCode = new Map(
    theirs.indicators.flatMap((indicator) => (indicator.code ? [[indicator.code, indicator]] : [])),
  );
  const baseByCode = new Map(
    (base?.indicators ?? []).flatMap((indicator) => (indicator.code ? [[indicator.code, indicator]] : [])),
  );
  const mineCodes = new Set(mine.indicators.flatMap((indicator) => (indicator.code ? [indicator.code] : [])));

  mine.indicators.forEach((indicator, mineIndex) => {
    const path = `indicators[${mineIndex}]`;
    const other = indicator.code ? theirsByCode.get(indicator.code) : undefined;
    const before = indicator.code ? baseByCode.get(indicator.code) : undefined;
    if (!indicator.code || !other) {
      const mineKey = indicatorKey(indicator, lang);
      add(
        `indicatorMine:${indicator.code ?? `new-${mineIndex}`}`,
        path,
        { kind: 'indicatorMine', mineIndex },
        { mine: indicator, theirs: null },
        { mine: mineKey, theirs: '', base: base ? (before ? indicatorKey(before, lang) : '') : undefined },
      );
      return;
    }
    const code = indicator.code;
    const leafAdd = (
      leaf: IndicatorLeaf,
      mineText: string,
      theirsText: string,
      compare: (text: string | undefined) => string,
      baseText: string | undefined,
    ): void => {
      const suffix = 'year' in leaf ? `${leaf.field}.${leaf.year}` : leaf.field;
      add(
        `indicator:${code}:${suffix}`,
        `${path}.${suffix}`,
        { kind: 'indicatorField', mineIndex, code, leaf },
        { mine: mineText, theirs: theirsText },
        {
          mine: compare(mineText),
          theirs: compare(theirsText),
          base: before ? compare(baseText) : base ? '\u0000' : undefined,
        },
      );
    };
    const asText = (text: string | undefined): string => (text ?? '').trim();
    const asNumber = (text: string | undefined): string => numberKey(text, lang);
    for (const field of INDICATOR_TEXT_FIELDS)
      leafAdd({ field }, indicator[field], other[field], asText, before?.[field]);
    for (const field of INDICATOR_NUMBER_FIELDS)
      leafAdd({ field }, indicator[field], other[field], asNumber, before?.[field]);
    for (const field of INDICATOR_MONTH_FIELDS)
      leafAdd(
        { field },
        String(indicator[field]),
        String(other[field]),
        asText,
        before ? String(before[field]) : undefined,
      );
    for (const field of INDICATOR_YEAR_FIELDS) {
      const years = [...new Set([...Object.keys(indicator[field]), ...Object.keys(other[field])])].sort();
      for (const year of years)
        leafAdd(
          { field, year },
          indicator[field][year] ?? '',
          other[field][year] ?? '',
          asNumber,
          before?.[field][year],
        );
    }
  });

  theirs.indicators.forEach((indicator, theirsIndex) => {
    if (!indicator.code || mineCodes.has(indicator.code)) return;
    const before = baseByCode.get(indicator.code);
    add(
      `indicatorTheirs:${indicator.code}`,
      'indicators',
      { kind: 'indicatorTheirs', theirsIndex },
      { mine: null, theirs: indicator },
      {
        mine: '',
        theirs: indicatorKey(indicator, lang),
        base: base ? (before ? indicatorKey(before, lang) : '') : undefined,
      },
    );
  });

  const common = (draft: CardDraft | null): string[] | undefined =>
    draft?.indicators.flatMap((indicator) =>
      indicator.code && mineCodes.has(indicator.code) && theirsByCode.has(indicator.code)
        ? [indicator.code]
        : [],
    );
  const mineOrder = common(mine) ?? [];
  const theirsOrder = common(theirs) ?? [];
  const baseOrder = common(base);
  add(
    'indicatorOrder',
    'indicators',
    { kind: 'indicatorOrder' },
    { mine: mineOrder, theirs: theirsOrder },
    {
      mine: mineOrder.join(' '),
      theirs: theirsOrder.join(' '),
      base: baseOrder && baseOrder.length === mineOrder.length ? baseOrder.join(' ') : undefined,
    },
  );
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function setYear(texts: YearTexts, year: string, text: string): void {
  if (text === '') delete texts[year];
  else texts[year] = text;
}

/** `mine` with "theirs" taken wherever it was chosen; a difference without a choice keeps mine. */
export function applyChoices(
  mine: CardDraft,
  theirs: CardDraft,
  differences: readonly CardDifference[],
  choices: ReadonlyMap<string, Side>,
): CardDraft {
  const result = clone(mine);
  const rows = result.indicators.slice();
  const removed = new Set<IndicatorDraft>();
  const inserted: Array<{ at: number; indicator: IndicatorDraft }> = [];
  let reorder = false;
  for (const difference of differences) {
    if (choices.get(difference.key) !== 'theirs') continue;
    const target = difference.target;
    switch (target.kind) {
      case 'title':
        result.title = theirs.title;
        break;
      case 'responsibleUnit':
        result.responsibleUnit = theirs.responsibleUnit;
        break;
      case 'collaboratingUnits':
        result.collaboratingUnits = [...theirs.collaboratingUnits];
        break;
      case 'list':
        result[target.field] = [...theirs[target.field]];
        break;
      case 'activities':
        result.activities = clone(theirs.activities);
        break;
      case 'costEstimate':
        setYear(result.costEstimate, target.year, theirs.costEstimate[target.year] ?? '');
        break;
      case 'indicatorField': {
        const row = rows[target.mineIndex];
        const other = theirs.indicators.find((indicator) => indicator.code === target.code);
        if (!row || !other) break;
        const leaf = target.leaf;
        if ('year' in leaf) setYear(row[leaf.field], leaf.year, other[leaf.field][leaf.year] ?? '');
        else if (leaf.field === 'monitoringMonths' || leaf.field === 'reportingMonths')
          row[leaf.field] = other[leaf.field];
        else if (leaf.field === 'direction') row.direction = other.direction;
        else if (leaf.field === 'valueType') row.valueType = other.valueType;
        else if (leaf.field === 'method') row.method = other.method;
        else row[leaf.field] = other[leaf.field];
        break;
      }
      case 'indicatorMine':
        if (rows[target.mineIndex]) removed.add(rows[target.mineIndex]);
        break;
      case 'indicatorTheirs':
        inserted.push({ at: target.theirsIndex, indicator: clone(theirs.indicators[target.theirsIndex]) });
        break;
      case 'indicatorOrder':
        reorder = true;
        break;
    }
  }
  let indicators = result.indicators;
  if (reorder) {
    const order = theirs.indicators.flatMap((indicator) => (indicator.code ? [indicator.code] : []));
    const slots = indicators
      .map((indicator, index) => ({ indicator, index }))
      .filter(({ indicator }) => indicator.code !== undefined && order.includes(indicator.code));
    const sorted = [...slots].sort(
      (a, b) => order.indexOf(a.indicator.code ?? '') - order.indexOf(b.indicator.code ?? ''),
    );
    indicators = indicators.slice();
    slots.forEach((slot, position) => {
      indicators[slot.index] = sorted[position].indicator;
    });
  }
  indicators = indicators.filter((indicator) => !removed.has(indicator));
  for (const { at, indicator } of inserted.sort((a, b) => a.at - b.at)) {
    indicators.splice(Math.min(at, indicators.length), 0, indicator);
  }
  result.indicators = indicators;
  return result;
}
