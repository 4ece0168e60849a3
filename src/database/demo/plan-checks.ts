/**
 * Small self-checks for hand-written and generated plan documents (demo data, bench data).
 * They restate the hard rules of domain.md section 5 that the import rejects, so the specs can
 * show that every document we ship is importable. The official validator is
 * src/modules/plans/plan-rules.ts; these checks are deliberately independent of it.
 */
import { sumExact } from '../../contracts/numbers.js';
import type { IndicatorDoc, PlanDocument } from '../../contracts/plan-document.js';

export interface PlanCounts {
  aims: number;
  targets: number;
  indicators: number;
  values: number;
}

export function countPlan(doc: PlanDocument): PlanCounts {
  let targets = 0;
  let indicators = 0;
  let values = 0;
  for (const aim of doc.plan.aims) {
    targets += aim.targets.length;
    for (const target of aim.targets) {
      indicators += target.indicators.length;
      for (const indicator of target.indicators) values += Object.keys(indicator.values ?? {}).length;
    }
  }
  return { aims: doc.plan.aims.length, targets, indicators, values };
}

/** Every indicator of the plan, aim by aim and target by target. */
export function indicatorsOf(doc: PlanDocument): IndicatorDoc[] {
  return doc.plan.aims.flatMap((aim) => aim.targets.flatMap((target) => target.indicators));
}

function planYearList(doc: PlanDocument): number[] {
  const years: number[] = [];
  for (let year = doc.plan.startYear; year <= doc.plan.endYear; year += 1) years.push(year);
  return years;
}

function entryPeriods(year: number, months: 6 | 12): string[] {
  return months === 12 ? [String(year)] : [`${year}-H1`, `${year}-H2`];
}

/**
 * C at the end of `year` (domain.md 4.3), or null when the year-end entry or an entry it
 * needs is missing.
 */
export function yearEndActual(indicator: IndicatorDoc, year: number, startYear: number): number | null {
  const months = indicator.monitoringMonths ?? 6;
  const values = indicator.values ?? {};
  const yearEnd = months === 12 ? String(year) : `${year}-H2`;
  if (values[yearEnd] === undefined) return null;
  let needed: string[];
  if (indicator.valueType === 'duzey') needed = [yearEnd];
  else if (indicator.valueType === 'donemsel') needed = entryPeriods(year, months);
  else {
    needed = [];
    for (let y = startYear; y <= year; y += 1) needed.push(...entryPeriods(y, months));
  }
  if (needed.some((period) => values[period] === undefined)) return null;
  const entries = needed.map((period) => values[period].value);
  if (indicator.valueType === 'duzey') return entries[0];
  if (indicator.valueType === 'donemsel') return sumExact(entries);
  return indicator.baseline === null ? null : sumExact([indicator.baseline, ...entries]);
}

/** Every violation of the hard rules, as readable lines ("H1.1: weights sum to 97"). */
export function checkPlanDocument(doc: PlanDocument): string[] {
  const problems: string[] = [];
  const { plan } = doc;
  const years = planYearList(doc);
  if (doc.format !== 'pusula.plan/v1') problems.push(`format ${String(doc.format)}`);
  if (plan.endYear - plan.startYear !== 4) problems.push(`plan period ${plan.startYear}-${plan.endYear}`);

  const unitCodes = new Set<string>();
  for (const unit of doc.units) {
    if (unitCodes.has(unit.code)) problems.push(`duplicate unit ${unit.code}`);
    unitCodes.add(unit.code);
  }
  for (const unit of doc.units) {
    if (unit.parent !== undefined && !unitCodes.has(unit.parent))
      problems.push(`unit ${unit.code}: parent ${unit.parent}`);
  }

  const seen = new Set<string>();
  const claim = (code: string) => {
    if (seen.has(code)) problems.push(`duplicate code ${code}`);
    seen.add(code);
  };
  const targetCosts: Record<string, number> = {};

  plan.aims.forEach((aim, aimIndex) => {
    claim(aim.code);
    const aimMatch = /^A(\d+)$/.exec(aim.code);
    if (!aimMatch || Number(aimMatch[1]) !== aimIndex + 1)
      problems.push(`aim code ${aim.code} at position ${aimIndex + 1}`);
    if (aim.targets.length === 0) problems.push(`${aim.code}: no target`);
    aim.targets.forEach((target, targetIndex) => {
      claim(target.code);
      const where = target.code;
      if (target.code !== `H${aimMatch?.[1]}.${targetIndex + 1}`)
        problems.push(`target code ${target.code} under ${aim.code}`);
      if (!unitCodes.has(target.responsibleUnit))
        problems.push(`${where}: unknown responsible unit ${target.responsibleUnit}`);
      for (const unit of target.collaboratingUnits ?? []) {
        if (!unitCodes.has(unit)) problems.push(`${where}: unknown collaborating unit ${unit}`);
        if (unit === target.responsibleUnit)
          problems.push(`${where}: responsible unit ${unit} also collaborates`);
      }
      if (new Set(target.collaboratingUnits ?? []).size !== (target.collaboratingUnits ?? []).length) {
        problems.push(`${where}: duplicate collaborating unit`);
      }
      for (const activity of target.activities ?? []) {
        if (activity.responsibleUnit !== undefined && !unitCodes.has(activity.responsibleUnit)) {
          problems.push(
            `${where} ${activity.code ?? activity.name}: unknown unit ${activity.responsibleUnit}`,
          );
        }
        for (const year of Object.keys(activity.cost ?? {})) {
          if (!years.includes(Number(year)))
            problems.push(`${where} ${activity.code ?? ''}: cost year ${year}`);
        }
      }
      for (const [year, amount] of Object.entries(target.costEstimate ?? {})) {
        if (!years.includes(Number(year))) problems.push(`${where}: cost estimate year ${year}`);
        targetCosts[year] = (targetCosts[year] ?? 0) + amount;
      }
      if (target.indicators.length === 0) problems.push(`${where}: no indicator`);
      const weights = sumExact(target.indicators.map((indicator) => indicator.weight));
      if (weights !== 100) problems.push(`${where}: weights sum to ${weights}`);

      target.indicators.forEach((indicator, indicatorIndex) => {
        claim(indicator.code);
        const at = indicator.code;
        if (indicator.code !== `PG${target.code.slice(1)}.${indicatorIndex + 1}`) {
          problems.push(`indicator code ${indicator.code} under ${target.code}`);
        }
        if (!(indicator.weight > 0)) problems.push(`${at}: weight ${indicator.weight}`);
        problems.push(...checkIndicator(indicator, years, plan.startYear).map((line) => `${at}: ${line}`));
      });
    });
  });

  const costing = plan.costing;
  if (costing) {
    for (const year of years.map(String)) {
      const need = sumExact([targetCosts[year] ?? 0, costing.generalAdministration?.[year] ?? 0]);
      const resources = sumExact((costing.resources ?? []).map((resource) => resource.amounts[year] ?? 0));
      if (need !== resources) problems.push(`costing ${year}: need ${need} ≠ resources ${resources}`);
    }
  }
  return problems;
}

function checkIndicator(indicator: IndicatorDoc, years: number[], startYear: number): string[] {
  const problems: string[] = [];
  const months = indicator.monitoringMonths ?? 6;
  const { baseline } = indicator;
  if (baseline === null || !Number.isFinite(baseline)) problems.push('no baseline');
  const targetKeys = Object.keys(indicator.targets).sort();
  if (targetKeys.join() !== years.map(String).join()) problems.push(`target years ${targetKeys.join()}`);

  let previous = baseline ?? 0;
  for (const year of years) {
    const target = indicator.targets[String(year)];
    if (target === undefined || !Number.isFinite(target)) continue;
    if (indicator.direction === 'artis' && target < previous) problems.push(`${year} target ${target} falls`);
    if (indicator.direction === 'azalis' && target > previous)
      problems.push(`${year} target ${target} rises`);
    if (indicator.direction === 'koruma' && target !== baseline)
      problems.push(`${year} target ${target} ≠ baseline`);
    previous = target;
  }
  if (indicator.valueType === 'kumulatif' && indicator.direction !== 'artis')
    problems.push('kumulatif must be artis');

  const allowed = new Set(years.flatMap((year) => entryPeriods(year, months)));
  for (const [period, entry] of Object.entries(indicator.values ?? {})) {
    if (!allowed.has(period)) problems.push(`value period ${period} (monitoring ${months})`);
    if (!Number.isFinite(entry.value)) problems.push(`${period}: value ${entry.value}`);
    if (indicator.valueType === 'kumulatif' && entry.value < 0) problems.push(`${period}: negative addition`);
  }

  for (const year of years) {
    const actual = yearEndActual(indicator, year, startYear);
    if (actual === null) continue;
    const yearEnd = months === 12 ? String(year) : `${year}-H2`;
    const target = indicator.targets[String(year)];
    const reason = indicator.values?.[yearEnd]?.deviationReason;
    if (actual !== target && !(reason && reason.trim().length > 0)) {
      problems.push(`${yearEnd}: C ${actual} ≠ B ${target} without deviationReason`);
    }
  }
  return problems;
}
