/**
 * The rules of domain.md section 5 on a structurally valid plan document
 * (plan-document-parser.ts checks the structure first). Errors block submit and approve,
 * warnings inform. Pure: no framework, no I/O.
 *
 * UPDATE_RULES is not checked here: it compares a plan version with the one it updates, so it
 * is checked where versions are made.
 */
import {
  DEFAULT_CODE_PREFIXES,
  type CodePrefixes,
  type IndicatorDoc,
  type InstitutionDoc,
  type PlanDocument,
  type TargetDoc,
  type YearAmounts,
} from '../../contracts/plan-document.js';
import type { Lang, RuleCode, Severity, ValidationIssue } from '../../contracts/validation.js';
import { computeActual, sumExact } from '../progress/actual-value.js';
import { planYears, yearEndEntryPeriod } from '../progress/periods.js';
import { daysInMonth, isIsoDate } from './plan-document-parser.js';

export interface ValidatePlanOptions {
  /** Today's date (YYYY-MM-DD): ELECTION_DEADLINE judges a draft on it. */
  today: string;
  lang?: Lang;
  /** Check only these rules (default: all); e.g. ['DEVIATION_REASON'] after a value entry. */
  scope?: readonly RuleCode[];
}

/** POPULATION_DUTY: Law 5393 art. 41 obliges municipalities of 50,000 or more (exactly 50,000 too). */
export const OBLIGED_POPULATION = 50000;
/** ELECTION_DEADLINE: the plan goes to the council within six months after the election. */
export const ELECTION_DEADLINE_MONTHS = 6;
/** PLAN_PERIOD: 5 consecutive calendar years. */
export const PLAN_YEARS = 5;
/** WEIGHTS_SUM tolerance, for weights typed with decimals (33.3 + 33.3 + 33.4). */
const WEIGHT_TOLERANCE = 1e-6;

/**
 * Must this institution make a strategic plan? Metropolitan municipalities always,
 * municipalities of 50,000 or more (or of unknown population), nobody else.
 */
export function isObliged(institution: Pick<InstitutionDoc, 'kind' | 'population'>): boolean {
  if (institution.kind === 'buyuksehir') return true;
  if (institution.kind !== 'belediye') return false;
  const population = institution.population;
  return population === undefined || population === null || population >= OBLIGED_POPULATION;
}

/**
 * Adds calendar months to a YYYY-MM-DD date, clamping to the last day of the month reached:
 * 2019-08-31 + 6 → 2020-02-29, 2018-08-31 + 6 → 2019-02-28.
 */
export function addMonthsClamped(isoDate: string, months: number): string {
  if (!isIsoDate(isoDate)) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer: ${months}`);
  const [year, month, day] = isoDate.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${pad2(newMonth)}-${pad2(newDay)}`;
}

/**
 * DEVIATION_REASON: does the year-end actual C of `year` differ from that year's target B?
 * No tolerance (the Court of Accounts faults even 1%); both are rounded to 9 decimals only to
 * absorb binary float noise. False when C or B is not known.
 */
export function needsDeviationReason(
  indicator: Pick<IndicatorDoc, 'baseline' | 'valueType' | 'monitoringMonths' | 'values' | 'targets'>,
  year: number,
  startYear: number,
): boolean {
  const target = indicator.targets[String(year)];
  if (typeof target !== 'number') return false;
  const actual = computeActual(indicator, { year, half: null }, startYear);
  return actual.status === 'ok' && !sameNumber(actual.actual, target);
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/**
 * Every rule of domain.md section 5 (but UPDATE_RULES) that the document breaks, in document
 * order: institution, units, plan header, costing, then each aim, target and indicator.
 */
export function validatePlan(doc: PlanDocument, options: ValidatePlanOptions): ValidationIssue[] {
  if (!isIsoDate(options.today))
    throw new RangeError(`options.today is not a YYYY-MM-DD date: ${options.today}`);
  const lang = options.lang ?? 'tr';
  const issues: ValidationIssue[] = [];
  const add = (code: RuleCode, severity: Severity, path: string, tr: string, en: string): void => {
    issues.push({ code, severity, path, message: lang === 'en' ? en : tr });
  };
  const num = (value: number): string => formatNumber(value, lang);
  const { institution, units, plan } = doc;
  const years = yearsOf(plan.startYear, plan.endYear);
  const inPlan = (key: string): boolean => years.includes(Number(key)) && /^\d{4}$/.test(key);
  const prefixes: CodePrefixes = plan.settings?.codePrefixes ?? DEFAULT_CODE_PREFIXES;

  // PLAN_PERIOD: yearly amounts only for the plan's years.
  const checkYearKeys = (amounts: YearAmounts | undefined, path: string, tr: string, en: string): void => {
    for (const key of Object.keys(amounts ?? {}).sort()) {
      if (inPlan(key)) continue;
      add(
        'PLAN_PERIOD',
        'error',
        `${path}[${JSON.stringify(key)}]`,
        `${tr}: ${key} yılı plan dönemi (${plan.startYear}–${plan.endYear}) dışında`,
        `${en}: year ${key} is outside the plan period (${plan.startYear}–${plan.endYear})`,
      );
    }
  };

  // --- institution -----------------------------------------------------------------------------
  if (
    institution.kind === 'belediye' &&
    typeof institution.population === 'number' &&
    institution.population < OBLIGED_POPULATION
  ) {
    add(
      'POPULATION_DUTY',
      'warning',
      'institution.population',
      `nüfus ${num(institution.population)}, ${num(OBLIGED_POPULATION)} altında: stratejik plan zorunlu değil, plan gönüllüdür`,
      `population ${num(institution.population)} is below ${num(OBLIGED_POPULATION)}: a strategic plan is not obligatory, the plan is voluntary`,
    );
  }

  // --- units -----------------------------------------------------------------------------------
  const unitCodes = new Set<string>();
  units.forEach((unit, index) => {
    if (unitCodes.has(unit.code)) {
      add(
        'CODE_PREFIX',
        'error',
        `units[${index}].code`,
        `${unit.code} birim kodu birden fazla kullanılmış`,
        `unit code ${unit.code} is used more than once`,
      );
    }
    unitCodes.add(unit.code);
  });
  const parentOf = new Map(units.map((unit) => [unit.code, unit.parent]));
  units.forEach((unit, index) => {
    if (unit.parent === undefined) return;
    const path = `units[${index}].parent`;
    if (!unitCodes.has(unit.parent)) {
      add(
        'RESPONSIBLE_UNIT',
        'error',
        path,
        `${unit.code} biriminin üst birimi ${unit.parent} birimler listesinde yok`,
        `parent unit ${unit.parent} of unit ${unit.code} is not in the units list`,
      );
    } else if (isInCycle(unit.code, parentOf)) {
      add(
        'RESPONSIBLE_UNIT',
        'error',
        path,
        `${unit.code} birimi kendi üst birimleri arasında yer alıyor; birimler bir ağaç oluşturmalı`,
        `unit ${unit.code} is among its own parents; units must form a tree`,
      );
    }
  });
  const checkKnownUnit = (code: string, path: string, tr: string, en: string): void => {
    if (unitCodes.has(code)) return;
    add(
      'RESPONSIBLE_UNIT',
      'error',
      path,
      `${tr} (${code}) birimler listesinde yok`,
      `${en} (${code}) is not in the units list`,
    );
  };

  // --- plan header -----------------------------------------------------------------------------
  if (plan.endYear - plan.startYear !== PLAN_YEARS - 1) {
    add(
      'PLAN_PERIOD',
      'error',
      'plan.endYear',
      `plan dönemi ${plan.startYear}–${plan.endYear}; ${PLAN_YEARS} ardışık takvim yılı olmalı (${plan.startYear}–${plan.startYear + PLAN_YEARS - 1})`,
      `plan period ${plan.startYear}–${plan.endYear}; it must be ${PLAN_YEARS} consecutive calendar years (${plan.startYear}–${plan.startYear + PLAN_YEARS - 1})`,
    );
  }

  const electionIssue = checkElectionDeadline(doc, options.today);
  if (electionIssue) {
    const { path, judged, deadline, basis } = electionIssue;
    const electionDate = institution.electionDate ?? '';
    const basisTr = {
      submitted: 'meclise sunuş tarihi',
      decision: 'meclis karar tarihi',
      today: 'plan henüz sunulmadı, bugün',
    };
    const basisEn = {
      submitted: 'submitted to the council on',
      decision: 'council decision dated',
      today: 'not submitted yet, today is',
    };
    add(
      'ELECTION_DEADLINE',
      'error',
      path,
      `seçim tarihi ${electionDate}: plan en geç ${deadline} tarihine kadar meclise sunulmalı; ${basisTr[basis]} ${judged}`,
      `election on ${electionDate}: the plan must reach the council by ${deadline}; ${basisEn[basis]} ${judged}`,
    );
  }

  const decision = plan.councilDecision;
  if (decision) {
    if (isBlank(decision.date)) {
      add(
        'COUNCIL_DECISION',
        'error',
        'plan.councilDecision.date',
        'meclis karar tarihi boş',
        'the council decision date is empty',
      );
    }
    if (isBlank(decision.number)) {
      add(
        'COUNCIL_DECISION',
        'error',
        'plan.councilDecision.number',
        'meclis karar sayısı boş',
        'the council decision number is empty',
      );
    }
  } else if (plan.status === 'yururlukte' || plan.status === 'kapandi') {
    add(
      'COUNCIL_DECISION',
      'error',
      'plan.councilDecision',
      `durumu "${plan.status}" olan planın meclis karar tarihi ve sayısı olmalı`,
      `a plan with status "${plan.status}" needs a council decision date and number`,
    );
  }

  // --- costing ---------------------------------------------------------------------------------
  const costing = plan.costing;
  if (costing) {
    checkYearKeys(
      costing.generalAdministration,
      'plan.costing.generalAdministration',
      'genel yönetim giderleri',
      'general administration',
    );
    if (costing.resources) {
      const targets = plan.aims.flatMap((aim) => aim.targets);
      for (const year of years) {
        const key = String(year);
        const targetSum = sumExact(targets.map((target) => target.costEstimate?.[key] ?? 0));
        const need = sumExact([targetSum, costing.generalAdministration?.[key] ?? 0]);
        const resourceSum = sumExact(costing.resources.map((resource) => resource.amounts[key] ?? 0));
        if (sameNumber(need, resourceSum)) continue;
        add(
          'COST_BALANCE',
          'warning',
          'plan.costing.resources',
          `${year}: hedef maliyetleri ve genel yönetim giderleri toplamı ${num(need)} TL, kaynaklar toplamı ${num(resourceSum)} TL; eşit olmalı`,
          `${year}: target costs plus general administration come to ${num(need)} TL, resources to ${num(resourceSum)} TL; they must be equal`,
        );
      }
      costing.resources.forEach((resource, index) => {
        checkYearKeys(
          resource.amounts,
          `plan.costing.resources[${index}].amounts`,
          `${resource.source} kaynağı`,
          `resource ${resource.source}`,
        );
      });
    }
  }

  // --- aims, targets, indicators ---------------------------------------------------------------
  const codePaths = new Map<string, string>();
  const checkDuplicate = (code: string, path: string): void => {
    const first = codePaths.get(code);
    if (first === undefined) {
      codePaths.set(code, path);
      return;
    }
    add(
      'CODE_PREFIX',
      'error',
      path,
      `${code} kodu planda birden fazla kullanılmış (ilki: ${first})`,
      `code ${code} is used more than once in the plan (first at ${first})`,
    );
  };
  const aimPattern = new RegExp(`^${escapeRegExp(prefixes.aim)}(\\d+)$`);
  const targetPattern = new RegExp(`^${escapeRegExp(prefixes.target)}(\\d+)\\.(\\d+)$`);
  const indicatorPattern = new RegExp(`^${escapeRegExp(prefixes.indicator)}(\\d+)\\.(\\d+)\\.(\\d+)$`);

  plan.aims.forEach((aim, aimIndex) => {
    const aimPath = `plan.aims[${aimIndex}]`;
    const aimNumber = aimPattern.exec(aim.code)?.[1] ?? null;
    if (aimNumber === null) {
      add(
        'CODE_PREFIX',
        'error',
        `${aimPath}.code`,
        `${aim.code} amaç kodu ${prefixes.aim}<numara> biçiminde olmalı (ör. ${prefixes.aim}1)`,
        `aim code ${aim.code} must read ${prefixes.aim}<number> (e.g. ${prefixes.aim}1)`,
      );
    }
    checkDuplicate(aim.code, `${aimPath}.code`);

    aim.targets.forEach((target, targetIndex) => {
      const targetPath = `${aimPath}.targets[${targetIndex}]`;
      const match = targetPattern.exec(target.code);
      const targetNumber =
        match && (aimNumber === null || match[1] === aimNumber) ? `${match[1]}.${match[2]}` : null;
      if (!match) {
        const example = `${prefixes.target}${aimNumber ?? '1'}.1`;
        add(
          'CODE_PREFIX',
          'error',
          `${targetPath}.code`,
          `${target.code} hedef kodu ${prefixes.target}<amaç>.<numara> biçiminde olmalı (ör. ${example})`,
          `target code ${target.code} must read ${prefixes.target}<aim>.<number> (e.g. ${example})`,
        );
      } else if (targetNumber === null) {
        add(
          'CODE_PREFIX',
          'error',
          `${targetPath}.code`,
          `${target.code} hedefi ${aim.code} amacının altında; kodu ${prefixes.target}${aimNumber}. ile başlamalı`,
          `target ${target.code} is under aim ${aim.code}; its code must start with ${prefixes.target}${aimNumber}.`,
        );
      }
      checkDuplicate(target.code, `${targetPath}.code`);

      checkTargetUnits(target, targetPath);
      checkActivities(target, targetPath);
      checkYearKeys(
        target.costEstimate,
        `${targetPath}.costEstimate`,
        `${target.code} maliyet tahmini`,
        `${target.code} cost estimate`,
      );
      checkActivityCosts(target, targetPath);

      if (target.indicators.length === 0) {
        add(
          'TARGET_HAS_INDICATOR',
          'error',
          `${targetPath}.indicators`,
          `${target.code} hedefinin performans göstergesi yok; en az bir gösterge olmalı`,
          `target ${target.code} has no performance indicator; it needs at least one`,
        );
      } else {
        const weightSum = sumExact(target.indicators.map((indicator) => indicator.weight));
        if (Math.abs(weightSum - 100) > WEIGHT_TOLERANCE) {
          add(
            'WEIGHTS_SUM',
            'error',
            `${targetPath}.indicators`,
            `${target.code} hedefinin gösterge ağırlıkları toplamı ${num(weightSum)}; 100 olmalı`,
            `weights of target ${target.code} sum to ${num(weightSum)}; they must sum to 100`,
          );
        }
      }

      target.indicators.forEach((indicator, indicatorIndex) => {
        const indicatorPath = `${targetPath}.indicators[${indicatorIndex}]`;
        const indicatorMatch = indicatorPattern.exec(indicator.code);
        if (!indicatorMatch) {
          const example = `${prefixes.indicator}${targetNumber ?? '1.1'}.1`;
          add(
            'CODE_PREFIX',
            'error',
            `${indicatorPath}.code`,
            `${indicator.code} gösterge kodu ${prefixes.indicator}<amaç>.<hedef>.<numara> biçiminde olmalı (ör. ${example})`,
            `indicator code ${indicator.code} must read ${prefixes.indicator}<aim>.<target>.<number> (e.g. ${example})`,
          );
        } else if (targetNumber !== null && `${indicatorMatch[1]}.${indicatorMatch[2]}` !== targetNumber) {
          add(
            'CODE_PREFIX',
            'error',
            `${indicatorPath}.code`,
            `${indicator.code} göstergesi ${target.code} hedefinin altında; kodu ${prefixes.indicator}${targetNumber}. ile başlamalı`,
            `indicator ${indicator.code} is under target ${target.code}; its code must start with ${prefixes.indicator}${targetNumber}.`,
          );
        }
        checkDuplicate(indicator.code, `${indicatorPath}.code`);
        checkIndicator(indicator, indicatorPath);
      });
    });
  });

  function checkTargetUnits(target: TargetDoc, path: string): void {
    // RESPONSIBLE_UNIT: one responsible unit per target, never also a collaborator.
    if (isBlank(target.responsibleUnit)) {
      add(
        'RESPONSIBLE_UNIT',
        'error',
        `${path}.responsibleUnit`,
        `${target.code} hedefinin sorumlu birimi yok; tam olarak bir sorumlu birim olmalı`,
        `target ${target.code} has no responsible unit; it needs exactly one`,
      );
    } else {
      checkKnownUnit(
        target.responsibleUnit,
        `${path}.responsibleUnit`,
        `${target.code} hedefinin sorumlu birimi`,
        `the responsible unit of target ${target.code}`,
      );
    }
    const seen = new Set<string>();
    (target.collaboratingUnits ?? []).forEach((unit, index) => {
      const unitPath = `${path}.collaboratingUnits[${index}]`;
      if (unit === target.responsibleUnit) {
        add(
          'RESPONSIBLE_UNIT',
          'error',
          unitPath,
          `${unit}, ${target.code} hedefinin sorumlu birimi; işbirliği yapılacak birimler arasında yer alamaz`,
          `${unit} is the responsible unit of target ${target.code}; it cannot also be a collaborating unit`,
        );
      } else if (seen.has(unit)) {
        add(
          'RESPONSIBLE_UNIT',
          'error',
          unitPath,
          `${unit}, ${target.code} hedefinin işbirliği yapılacak birimleri arasında birden fazla kez geçiyor`,
          `${unit} appears more than once among the collaborating units of target ${target.code}`,
        );
      } else {
        checkKnownUnit(
          unit,
          unitPath,
          `${target.code} hedefinin işbirliği yapılacak birimi`,
          `a collaborating unit of target ${target.code}`,
        );
      }
      seen.add(unit);
    });
  }

  function checkActivities(target: TargetDoc, path: string): void {
    const activityCodes = new Set<string>();
    (target.activities ?? []).forEach((activity, index) => {
      const activityPath = `${path}.activities[${index}]`;
      const label = activity.code ?? activity.name;
      if (activity.code !== undefined) {
        if (activityCodes.has(activity.code)) {
          add(
            'CODE_PREFIX',
            'error',
            `${activityPath}.code`,
            `${activity.code} faaliyet kodu ${target.code} hedefinde birden fazla kullanılmış`,
            `activity code ${activity.code} is used more than once in target ${target.code}`,
          );
        }
        activityCodes.add(activity.code);
      }
      if (activity.responsibleUnit !== undefined) {
        checkKnownUnit(
          activity.responsibleUnit,
          `${activityPath}.responsibleUnit`,
          `${label} faaliyetinin sorumlu birimi`,
          `the responsible unit of activity ${label}`,
        );
      }
      checkYearKeys(
        activity.cost,
        `${activityPath}.cost`,
        `${label} faaliyet maliyeti`,
        `cost of activity ${label}`,
      );
      checkYearKeys(
        activity.offBudgetCost,
        `${activityPath}.offBudgetCost`,
        `${label} bütçe dışı maliyeti`,
        `off-budget cost of activity ${label}`,
      );
    });
  }

  function checkActivityCosts(target: TargetDoc, path: string): void {
    // COST_BALANCE: the card's activities cannot cost more than its estimate for the year.
    const activities = target.activities ?? [];
    if (!target.costEstimate || activities.length === 0) return;
    for (const year of years) {
      const key = String(year);
      const activitySum = sumExact(activities.map((activity) => activity.cost?.[key] ?? 0));
      const estimate = target.costEstimate[key] ?? 0;
      if (activitySum <= estimate || sameNumber(activitySum, estimate)) continue;
      add(
        'COST_BALANCE',
        'warning',
        `${path}.costEstimate[${JSON.stringify(key)}]`,
        `${target.code} hedefinin ${year} faaliyet maliyetleri toplamı ${num(activitySum)} TL, maliyet tahmini ${num(estimate)} TL'yi aşıyor`,
        `activities of target ${target.code} cost ${num(activitySum)} TL in ${year}, more than its cost estimate of ${num(estimate)} TL`,
      );
    }
  }

  function checkIndicator(indicator: IndicatorDoc, path: string): void {
    const code = indicator.code;
    // An indicator a plan update added counts from its first year: targets and entries start there.
    const since = indicator.sinceYear ?? plan.startYear;
    const ownYears = years.filter((year) => year >= since);
    if (indicator.sinceYear !== undefined && !years.includes(indicator.sinceYear)) {
      add(
        'PLAN_PERIOD',
        'error',
        `${path}.sinceYear`,
        `${code} göstergesinin ilk yılı ${indicator.sinceYear} plan döneminin (${plan.startYear}–${plan.endYear}) dışında`,
        `the first year ${indicator.sinceYear} of indicator ${code} is outside the plan period (${plan.startYear}–${plan.endYear})`,
      );
    }
    for (const key of Object.keys(indicator.targets).sort()) {
      if (!inPlan(key) || Number(key) >= since) continue;
      add(
        'PLAN_PERIOD',
        'error',
        `${path}.targets[${JSON.stringify(key)}]`,
        `${code} göstergesi ${since} yılından geçerli; ${key} yılı için hedefi olamaz`,
        `indicator ${code} counts from ${since}; it can have no target for ${key}`,
      );
    }
    // TARGET_HAS_INDICATOR: A and a B for every plan year (from its first year).
    if (indicator.baseline === null) {
      add(
        'TARGET_HAS_INDICATOR',
        'error',
        `${path}.baseline`,
        `${code} göstergesinin başlangıç değeri (A) yok`,
        `indicator ${code} has no baseline (A)`,
      );
    }
    const missing = ownYears.filter((year) => typeof indicator.targets[String(year)] !== 'number');
    if (missing.length > 0) {
      add(
        'TARGET_HAS_INDICATOR',
        'error',
        `${path}.targets`,
        `${code} göstergesinin ${missing.join(', ')} yılı hedefi yok; plan dönemindeki her yıl için hedef olmalı`,
        `indicator ${code} has no target for ${missing.join(', ')}; every plan year needs one`,
      );
    }
    checkYearKeys(
      indicator.targets,
      `${path}.targets`,
      `${code} göstergesinin hedefi`,
      `target of indicator ${code}`,
    );
    checkDirection(indicator, path);

    // DEVIATION_REASON: at year end any C ≠ B needs a reason; the Court of Accounts allows no tolerance.
    // A draft or returned entry may lack it until it is submitted (domain.md 6); no status: approved.
    const months = indicator.monitoringMonths ?? 6;
    for (const year of ownYears) {
      const period = yearEndEntryPeriod(year, months);
      const entry = indicator.values?.[period];
      if (
        !entry ||
        entry.status === 'draft' ||
        entry.status === 'returned' ||
        !isBlank(entry.deviationReason) ||
        !needsDeviationReason(indicator, year, since)
      )
        continue;
      const actual = computeActual(indicator, { year, half: null }, since);
      const c = actual.status === 'ok' ? num(actual.actual) : '?';
      const b = num(indicator.targets[String(year)]);
      add(
        'DEVIATION_REASON',
        'error',
        `${path}.values[${JSON.stringify(period)}].deviationReason`,
        `${code} göstergesinin ${year} yıl sonu gerçekleşmesi ${c}, hedefi ${b}; sapma nedeni yazılmalı`,
        `indicator ${code} ended ${year} at ${c} against a target of ${b}; a deviation reason is required`,
      );
    }
  }

  function checkDirection(indicator: IndicatorDoc, path: string): void {
    // TARGET_DIRECTION: from the baseline, yearly targets move the way the indicator should.
    const code = indicator.code;
    let previous: { value: number; label: Label } | null =
      indicator.baseline === null
        ? null
        : { value: indicator.baseline, label: { tr: 'başlangıç değeri', en: 'the baseline' } };
    const reference = previous;
    for (const year of years) {
      const value = indicator.targets[String(year)];
      if (typeof value !== 'number') continue;
      const yearPath = `${path}.targets[${JSON.stringify(String(year))}]`;
      const current = { value, label: { tr: `${year} hedefi`, en: `the ${year} target` } };
      if (indicator.direction === 'koruma') {
        const base = reference ?? previous;
        if (base && !sameNumber(base.value, value)) {
          add(
            'TARGET_DIRECTION',
            'warning',
            yearPath,
            `${code} göstergesi düzeyi korumalı: ${year} hedefi ${num(value)}, ${base.label.tr} ${num(base.value)} ile aynı olmalı`,
            `indicator ${code} keeps a level: the ${year} target ${num(value)} should equal ${base.label.en} ${num(base.value)}`,
          );
        }
        previous ??= current;
        continue;
      }
      if (previous) {
        const rising = indicator.direction === 'artis';
        const wrong = rising ? value < previous.value : value > previous.value;
        if (wrong && !sameNumber(value, previous.value)) {
          add(
            'TARGET_DIRECTION',
            'warning',
            yearPath,
            rising
              ? `${code} göstergesi artış yönlü: ${year} hedefi ${num(value)}, ${previous.label.tr} ${num(previous.value)} değerinden düşük`
              : `${code} göstergesi azalış yönlü: ${year} hedefi ${num(value)}, ${previous.label.tr} ${num(previous.value)} değerinden yüksek`,
            rising
              ? `indicator ${code} should rise: the ${year} target ${num(value)} is below ${previous.label.en} ${num(previous.value)}`
              : `indicator ${code} should fall: the ${year} target ${num(value)} is above ${previous.label.en} ${num(previous.value)}`,
          );
        }
      }
      previous = current;
    }
  }

  return options.scope ? issues.filter((issue) => options.scope?.includes(issue.code as RuleCode)) : issues;
}

interface Label {
  tr: string;
  en: string;
}

/**
 * ELECTION_DEADLINE for an obliged municipality with a known election date: judged on the
 * submission date, else the council decision date, else today (a draft). Null when met.
 */
function checkElectionDeadline(
  doc: PlanDocument,
  today: string,
): { path: string; judged: string; deadline: string; basis: 'submitted' | 'decision' | 'today' } | null {
  const { institution, plan } = doc;
  if (institution.kind !== 'belediye' && institution.kind !== 'buyuksehir') return null;
  if (!isObliged(institution) || !institution.electionDate || !isIsoDate(institution.electionDate))
    return null;
  const deadline = addMonthsClamped(institution.electionDate, ELECTION_DEADLINE_MONTHS);
  const decisionDate = plan.councilDecision?.date;
  const judgedOn =
    plan.submittedToCouncil && isIsoDate(plan.submittedToCouncil)
      ? { path: 'plan.submittedToCouncil', judged: plan.submittedToCouncil, basis: 'submitted' as const }
      : decisionDate && isIsoDate(decisionDate)
        ? { path: 'plan.councilDecision.date', judged: decisionDate, basis: 'decision' as const }
        : { path: 'plan.submittedToCouncil', judged: today, basis: 'today' as const };
  return judgedOn.judged > deadline ? { ...judgedOn, deadline } : null;
}

/** The plan's years as declared; empty when they cannot be listed (PLAN_PERIOD reports why). */
function yearsOf(startYear: number, endYear: number): number[] {
  if (!Number.isInteger(startYear) || !Number.isInteger(endYear)) return [];
  if (endYear < startYear || endYear - startYear > 100) return [];
  return planYears(startYear, endYear);
}

/** Equal after rounding to 9 decimals: float noise only, never a real difference. */
function sameNumber(a: number, b: number): boolean {
  return Number(a.toFixed(9)) === Number(b.toFixed(9));
}

function isBlank(text: string | undefined | null): boolean {
  return text === undefined || text === null || text.trim() === '';
}

function isInCycle(code: string, parentOf: Map<string, string | undefined>): boolean {
  const visited = new Set<string>();
  let current = parentOf.get(code);
  while (current !== undefined && !visited.has(current)) {
    if (current === code) return true;
    visited.add(current);
    current = parentOf.get(current);
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'tr-TR', { maximumFractionDigits: 6 }).format(value);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
