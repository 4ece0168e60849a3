import type { EntityManager } from 'typeorm';
import type { BudgetRows } from './programme-budget.mapper.js';
import { loadBudgetProgress } from './budget-activity-progress.repository.js';

/**
 * The rows of a programme's programme-budget card, each list in document order. One query after
 * the other: inside a transaction they share one connection.
 */
export async function loadBudgetRows(
  manager: EntityManager,
  programmeId: string,
): Promise<Omit<BudgetRows, 'plan' | 'programme'>> {
  const programmes = await manager.query<BudgetRows['programmes']>(
    `SELECT id, code, name, version FROM programme_budget_programmes
      WHERE programme_id = $1 ORDER BY position, code`,
    [programmeId],
  );
  const subProgrammes = await manager.query<BudgetRows['subProgrammes']>(
    `SELECT id, budget_programme_id AS "budgetProgrammeId", code, name, version FROM programme_sub_programmes
      WHERE programme_id = $1 ORDER BY position, code`,
    [programmeId],
  );
  const goals = await manager.query<BudgetRows['goals']>(
    `SELECT id, sub_programme_id AS "subProgrammeId", code, title, version FROM programme_goals
      WHERE programme_id = $1 ORDER BY position, code`,
    [programmeId],
  );
  const links = await manager.query<BudgetRows['links']>(
    `SELECT gt.goal_id AS "goalId", t.code, t.title, a.code AS "aimCode", t.cost_estimate AS "costEstimate",
            COALESCE((SELECT array_agg(DISTINCT it.year) FROM indicators i JOIN indicator_targets it ON it.indicator_id = i.id
                       WHERE i.target_id = t.id), '{}') AS years
       FROM programme_goal_targets gt
       JOIN programme_goals g ON g.id = gt.goal_id
       JOIN targets t ON t.id = gt.target_id
       JOIN aims a ON a.id = t.aim_id
      WHERE g.programme_id = $1 ORDER BY gt.position, t.code`,
    [programmeId],
  );
  const indicators = await manager.query<BudgetRows['indicators']>(
    `SELECT i.id, i.goal_id AS "goalId", i.code, i.name, i.unit, i.figures, i.version
       FROM programme_goal_indicators i JOIN programme_goals g ON g.id = i.goal_id
      WHERE g.programme_id = $1 ORDER BY i.position, i.code`,
    [programmeId],
  );
  const activities = await manager.query<BudgetRows['activities']>(
    `SELECT a.id, a.goal_id AS "goalId", a.code, a.name, u.code AS "unitCode", u.name AS "unitName", a.costs,
            a.legal_basis AS "legalBasis", a.rationale, a.cost_elements AS "costElements",
            a.budget_lines AS "budgetLines", a.version
       FROM programme_budget_activities a LEFT JOIN units u ON u.id = a.unit_id
      WHERE a.programme_id = $1 ORDER BY a.position, a.code`,
    [programmeId],
  );
  const progress = await loadBudgetProgress(manager, programmeId);
  return { programmes, subProgrammes, goals, links, indicators, activities, progress };
}
