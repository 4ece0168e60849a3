import {
  ECONOMIC_CODES,
  OFF_BUDGET_SOURCES,
  type ActivityCostTable,
  type Amounts,
  type IdentityBreak,
  type PerformanceTable,
  type ProgrammeCosts,
  type ResourceColumns,
  type ResourceNeed,
  type ResourceTable,
  type ResponsibilityTable,
  type ShareLine,
} from '../../contracts/programme.js';

/*
 * The classic performance programme's tables 1–5 (planning-cycle.md 3), computed from the
 * programme's records. Sums are made in kuruş (whole hundredths of a lira) so that adding many
 * amounts never drifts; every figure comes back in TL.
 */

const kurus = (amount: number | undefined): number => Math.round((amount ?? 0) * 100);
const lira = (amountInKurus: number): number => amountInKurus / 100;

/** A resource need's budget, off-budget and total, in kuruş. */
function amountsInKurus(need: ResourceNeed): { budget: number; offBudget: number } {
  return {
    budget: ECONOMIC_CODES.reduce((sum, code) => sum + kurus(need.budget[code]), 0),
    offBudget: OFF_BUDGET_SOURCES.reduce((sum, source) => sum + kurus(need.offBudget[source]), 0),
  };
}

function addKurus(
  a: { budget: number; offBudget: number },
  b: { budget: number; offBudget: number },
): { budget: number; offBudget: number } {
  return { budget: a.budget + b.budget, offBudget: a.offBudget + b.offBudget };
}

const ZERO = { budget: 0, offBudget: 0 };

function asAmounts(value: { budget: number; offBudget: number }): Amounts {
  return {
    budget: lira(value.budget),
    offBudget: lira(value.offBudget),
    total: lira(value.budget + value.offBudget),
  };
}

/** Tablo 2: every activity's costs by economic code and off-budget source, in the PHs' order. */
export function activityCostTables(programme: ProgrammeCosts): ActivityCostTable[] {
  return programme.targets.flatMap((target) =>
    target.activities.map((activity) => {
      const { budget, offBudget } = amountsInKurus(activity.cost);
      return {
        target: target.code,
        activity: activity.code,
        name: activity.name,
        responsibleUnit: activity.responsibleUnit,
        budget: ECONOMIC_CODES.map((code) => ({ code, amount: lira(kurus(activity.cost.budget[code])) })),
        budgetTotal: lira(budget),
        offBudget: OFF_BUDGET_SOURCES.map((source) => ({
          source,
          amount: lira(kurus(activity.cost.offBudget[source])),
        })),
        offBudgetTotal: lira(offBudget),
        total: lira(budget + offBudget),
      };
    }),
  );
}

/**
 * Tablo 3 (and Tablo 1, which is its part of one PH): each PH's activities and total, the
 * activities' total, general administration, transfers and the grand total, every line with its
 * share of the grand total in each column.
 */
export function performanceTable(programme: ProgrammeCosts): PerformanceTable {
  const targets = programme.targets.map((target) => {
    const activities = target.activities.map((activity) => ({
      code: activity.code,
      name: activity.name,
      kurus: amountsInKurus(activity.cost),
    }));
    return { target, activities, kurus: activities.reduce((sum, line) => addKurus(sum, line.kurus), ZERO) };
  });
  const activitiesTotal = targets.reduce((sum, line) => addKurus(sum, line.kurus), ZERO);
  const generalAdministration = amountsInKurus(programme.generalAdministration);
  const transfers = amountsInKurus(programme.transfers);
  const grandTotal = addKurus(addKurus(activitiesTotal, generalAdministration), transfers);
  const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
  const line = (value: { budget: number; offBudget: number }): ShareLine => ({
    ...asAmounts(value),
    shares: {
      budget: share(value.budget, grandTotal.budget),
      offBudget: share(value.offBudget, grandTotal.offBudget),
      total: share(value.budget + value.offBudget, grandTotal.budget + grandTotal.offBudget),
    },
  });
  return {
    targets: targets.map(({ target, activities, kurus: total }) => ({
      code: target.code,
      aimCode: target.aimCode,
      targetCode: target.targetCode,
      title: target.title,
      activities: activities.map((activity) => ({
        code: activity.code,
        name: activity.name,
        ...line(activity.kurus),
      })),
      total: line(total),
    })),
    activitiesTotal: line(activitiesTotal),
    generalAdministration: line(generalAdministration),
    transfers: line(transfers),
    grandTotal: line(grandTotal),
  };
}

/** Tablo 4: the resource need by economic code and off-budget source, in four columns. */
export function resourceTable(programme: ProgrammeCosts): ResourceTable {
  const activities = programme.targets.flatMap((target) =>
    target.activities.map((activity) => activity.cost),
  );
  const columns = (
    amount: (need: ResourceNeed) => number | undefined,
  ): ResourceColumns & { kurus: number[] } => {
    const fromActivities = activities.reduce((sum, need) => sum + kurus(amount(need)), 0);
    const parts = [
      fromActivities,
      kurus(amount(programme.generalAdministration)),
      kurus(amount(programme.transfers)),
    ];
    return { ...toColumns(parts), kurus: parts };
  };
  const budget = ECONOMIC_CODES.map((code) => ({ code, ...columns((need) => need.budget[code]) }));
  const offBudget = OFF_BUDGET_SOURCES.map((source) => ({
    source,
    ...columns((need) => need.offBudget[source]),
  }));
  const budgetTotal = sumColumns(budget.map((line) => line.kurus));
  const offBudgetTotal = sumColumns(offBudget.map((line) => line.kurus));
  const strip = <L extends { kurus: number[] }>({ kurus: _, ...rest }: L): Omit<L, 'kurus'> => rest;
  return {
    budget: budget.map(strip),
    budgetTotal: toColumns(budgetTotal),
    offBudget: offBudget.map(strip),
    offBudgetTotal: toColumns(offBudgetTotal),
    total: toColumns(budgetTotal.map((part, index) => part + offBudgetTotal[index])),
  };
}

function sumColumns(lines: number[][]): number[] {
  return [0, 1, 2].map((index) => lines.reduce((sum, line) => sum + line[index], 0));
}

function toColumns([activities, generalAdministration, transfers]: number[]): ResourceColumns {
  return {
    activities: lira(activities),
    generalAdministration: lira(generalAdministration),
    transfers: lira(transfers),
    total: lira(activities + generalAdministration + transfers),
  };
}

/** Tablo 5: each PH, its activities and their responsible units. */
export function responsibilityTable(programme: ProgrammeCosts): ResponsibilityTable {
  return {
    targets: programme.targets.map((target) => ({
      code: target.code,
      title: target.title,
      activities: target.activities.map(({ code, name, responsibleUnit }) => ({
        code,
        name,
        responsibleUnit,
      })),
    })),
  };
}

/**
 * PP_RESOURCE_IDENTITY: the budget proposal's resource need must equal Σ activity costs +
 * general administration + transfers (Tablo 4's Genel Toplam), per economic code and in total.
 * The lines that differ, in code order, the total last; empty when the identity holds.
 */
export function identityBreaks(programme: ProgrammeCosts): IdentityBreak[] {
  const table = resourceTable(programme);
  const breaks: IdentityBreak[] = [];
  let proposalTotal = 0;
  for (const line of table.budget) {
    const proposal = kurus(programme.proposal[line.code]);
    proposalTotal += proposal;
    if (proposal !== kurus(line.total)) {
      breaks.push({ line: line.code, proposal: lira(proposal), computed: line.total });
    }
  }
  if (proposalTotal !== kurus(table.budgetTotal.total)) {
    breaks.push({ line: 'total', proposal: lira(proposalTotal), computed: table.budgetTotal.total });
  }
  return breaks;
}

/** The economic codes an amount map names that are not first-level codes 01–09, sorted. */
export function unknownEconomicCodes(amounts: Record<string, unknown>): string[] {
  const known = new Set<string>(ECONOMIC_CODES);
  return Object.keys(amounts)
    .filter((code) => !known.has(code))
    .sort();
}
