import type { EntityManager } from 'typeorm';

/*
 * The ordered lists of a plan's records (the preparation programme's team and steps, the
 * situation analysis's rows and findings): positions 1..n within a scope, kept dense and unique
 * by the one renumbering both modules share.
 */

/** The tables whose rows hold a `position` within a scope of the plan. */
export type OrderedTable =
  'preparation_team_members' | 'preparation_steps' | 'analysis_rows' | 'analysis_items';

/** The list a row belongs to: the plan, and for the analysis rows also the part. */
export interface ListScope {
  planId: string;
  part?: string;
}

/**
 * The ids in their new order after `id` moves to 1-based `position` (clamped to the list); the
 * others keep their relative order.
 */
export function moveTo(ids: readonly string[], id: string, position: number): string[] {
  const rest = ids.filter((item) => item !== id);
  const index = Math.min(Math.max(position, 1), rest.length + 1) - 1;
  return [...rest.slice(0, index), id, ...rest.slice(index)];
}

/** The WHERE condition of a scope, its parameters numbered from `first`, columns under `alias`. */
function scopeSql(scope: ListScope, first: number, alias = ''): { where: string; params: string[] } {
  const plan = `${alias}plan_id = $${first}`;
  return scope.part === undefined
    ? { where: plan, params: [scope.planId] }
    : { where: `${plan} AND ${alias}part = $${first + 1}`, params: [scope.planId, scope.part] };
}

/**
 * Gives the rows positions 1..n in the order given, touching only those that move; in two steps
 * (through negative positions) so the unique position key never sees a duplicate.
 */
export async function renumber(
  manager: EntityManager,
  table: OrderedTable,
  scope: ListScope,
  ordered: ReadonlyArray<{ id: string }>,
): Promise<void> {
  const moving = scopeSql(scope, 2, 'row.');
  await manager.query(
    `UPDATE ${table} AS row SET position = -wanted.position
       FROM unnest($1::uuid[]) WITH ORDINALITY AS wanted(id, position)
      WHERE row.id = wanted.id AND ${moving.where} AND row.position <> wanted.position`,
    [ordered.map((item) => item.id), ...moving.params],
  );
  const back = scopeSql(scope, 1);
  await manager.query(
    `UPDATE ${table} SET position = -position WHERE ${back.where} AND position < 0`,
    back.params,
  );
}

/** Deletes one row of an ordered list and closes the gap it leaves. */
export async function removeFromList(
  manager: EntityManager,
  table: OrderedTable,
  scope: ListScope,
  list: ReadonlyArray<{ id: string }>,
  removed: { id: string },
): Promise<void> {
  await manager.query(`DELETE FROM ${table} WHERE id = $1 AND plan_id = $2`, [removed.id, scope.planId]);
  await renumber(
    manager,
    table,
    scope,
    list.filter((item) => item.id !== removed.id),
  );
}

/** Puts the row `id`, already at the end of `list`, at 1-based `position` (nothing when it stays last). */
export async function placeAt(
  manager: EntityManager,
  table: OrderedTable,
  scope: ListScope,
  ids: readonly string[],
  id: string,
  position: number | undefined,
): Promise<void> {
  if (position === undefined) return;
  const order = moveTo(ids, id, position);
  if (order.every((item, index) => item === ids[index])) return;
  await renumber(
    manager,
    table,
    scope,
    order.map((item) => ({ id: item })),
  );
}
