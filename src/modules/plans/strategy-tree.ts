/**
 * The strategy tree of a plan (aims → targets → indicators) as the drafting workspace sees it,
 * its moves and the codes they give: a move puts a node at a 1-based position among its siblings
 * (a target possibly under another aim) and renumbers every sibling list it touches with the
 * plan's prefixes, aims A1..An, targets H<aim>.<n>, indicators PG<aim>.<target>.<n>, cascading
 * to the children of every node whose code changes, so CODE_PREFIX holds after any move. New
 * records without a code take the next free number under their parent. Pure: no framework, no I/O.
 */
import { groupBy } from '../../common/objects.js';
import { DEFAULT_CODE_PREFIXES, type CodePrefixes } from '../../contracts/plan-document.js';

/** A node as stored: its id, code, position and parent (null for aims). */
export interface TreeRow {
  id: string;
  code: string;
  position: number;
  parentId: string | null;
}

export interface StrategyRows {
  aims: TreeRow[];
  targets: TreeRow[];
  indicators: TreeRow[];
}

export type NodeKind = keyof StrategyRows;

export interface Move {
  kind: 'aims' | 'targets' | 'indicators';
  id: string;
  /** 1-based among the siblings after the move. */
  position: number;
  /** Targets only: the aim to move under (its id); the same aim when left out. */
  parentId?: string;
}

/** A row whose code, position or parent a move changes, as it becomes. */
export interface RowChange {
  id: string;
  oldCode: string;
  code: string;
  position: number;
  parentId: string | null;
}

export interface MovePlan {
  changes: Record<NodeKind, RowChange[]>;
  /** Every code the move changes, old → new. */
  renamed: Record<string, string>;
}

/** Children of each parent in stored order (position, then code). */
export function childrenOf(rows: TreeRow[]): Map<string | null, TreeRow[]> {
  return groupBy([...rows].sort(byPosition), (row) => row.parentId);
}

function byPosition(a: TreeRow, b: TreeRow): number {
  return a.position - b.position || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** How many siblings the moved node may be placed among: the largest position a move accepts. */
export function maxMovePosition(rows: StrategyRows, move: Move): number {
  const list = rows[move.kind];
  const node = list.find((row) => row.id === move.id);
  if (!node) return 0;
  const parent = move.kind === 'targets' ? (move.parentId ?? node.parentId) : node.parentId;
  const siblings = list.filter((row) => row.parentId === parent).length;
  return parent === node.parentId ? siblings : siblings + 1;
}

/**
 * The rows a move changes and the codes it renames. The position must lie within
 * 1..maxMovePosition (the caller refuses others); a node put where it is changes nothing.
 */
export function planMove(rows: StrategyRows, prefixes: CodePrefixes, move: Move): MovePlan {
  const aims = childrenOf(rows.aims).get(null) ?? [];
  const targets = childrenOf(rows.targets);
  const indicators = childrenOf(rows.indicators);
  const moved = rows[move.kind].find((row) => row.id === move.id);
  if (!moved) throw new Error(`unknown ${move.kind} ${move.id}`);
  const from = moved.parentId;
  const to = move.kind === 'targets' ? (move.parentId ?? from) : from;

  // The sibling lists after the move.
  const place = (list: TreeRow[]): TreeRow[] => {
    const rest = list.filter((row) => row.id !== move.id);
    rest.splice(move.position - 1, 0, moved);
    return rest;
  };
  const aimList = move.kind === 'aims' ? place(aims) : aims;
  if (move.kind === 'targets') {
    targets.set(
      from,
      (targets.get(from) ?? []).filter((row) => row.id !== move.id),
    );
    targets.set(to, place(targets.get(to) ?? []));
  }
  if (move.kind === 'indicators') indicators.set(from, place(indicators.get(from) ?? []));
  const touched = (kind: NodeKind, parentId: string | null): boolean =>
    kind === move.kind && (parentId === from || parentId === to);

  const changes: MovePlan['changes'] = { aims: [], targets: [], indicators: [] };
  const renamed: Record<string, string> = {};
  const record = (kind: NodeKind, row: TreeRow, code: string, position: number, parentId: string | null) => {
    if (code !== row.code) renamed[row.code] = code;
    if (code !== row.code || position !== row.position || parentId !== row.parentId) {
      changes[kind].push({ id: row.id, oldCode: row.code, code, position, parentId });
    }
  };
  const patterns = codePatterns(prefixes);
  // Positions follow the tree: aims 1..n, targets and indicators counted plan-wide in tree
  // order (as a document import stores them), so every list of the plan reads in tree order.
  let targetPosition = 0;
  let indicatorPosition = 0;
  aimList.forEach((aim, aimIndex) => {
    const aimsTouched = touched('aims', null);
    const aimCode = aimsTouched ? `${prefixes.aim}${aimIndex + 1}` : aim.code;
    record('aims', aim, aimCode, aimIndex + 1, null);
    const aimNumber = aimsTouched
      ? String(aimIndex + 1)
      : (patterns.aim.exec(aim.code)?.[1] ?? String(aimIndex + 1));
    const targetsTouched = touched('targets', aim.id);
    (targets.get(aim.id) ?? []).forEach((target, targetIndex) => {
      const renumber = aimCode !== aim.code || targetsTouched;
      const ownNumber = patterns.target.exec(target.code);
      const targetNumber =
        renumber || !ownNumber ? `${aimNumber}.${targetIndex + 1}` : `${ownNumber[1]}.${ownNumber[2]}`;
      const targetCode = renumber ? `${prefixes.target}${targetNumber}` : target.code;
      targetPosition += 1;
      record('targets', target, targetCode, targetPosition, aim.id);
      const indicatorsTouched = touched('indicators', target.id);
      (indicators.get(target.id) ?? []).forEach((indicator, indicatorIndex) => {
        const code =
          targetCode !== target.code || indicatorsTouched
            ? `${prefixes.indicator}${targetNumber}.${indicatorIndex + 1}`
            : indicator.code;
        indicatorPosition += 1;
        record('indicators', indicator, code, indicatorPosition, target.id);
      });
    });
  });
  return { changes, renamed };
}

/** The patterns of CODE_PREFIX (rules/code-prefix.ts): the numbers a code carries. */
export function codePatterns(prefixes: CodePrefixes): { aim: RegExp; target: RegExp; indicator: RegExp } {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    aim: new RegExp(`^${escape(prefixes.aim)}(\\d+)$`),
    target: new RegExp(`^${escape(prefixes.target)}(\\d+)\\.(\\d+)$`),
    indicator: new RegExp(`^${escape(prefixes.indicator)}(\\d+)\\.(\\d+)\\.(\\d+)$`),
  };
}

/** The number an aim's children carry: from its code, or its place when the code has none. */
export function aimNumberOf(prefixes: CodePrefixes, aims: TreeRow[], aimId: string): string {
  const ordered = [...aims].sort(byPosition);
  const index = ordered.findIndex((aim) => aim.id === aimId);
  const aim = ordered[index];
  return codePatterns(prefixes).aim.exec(aim?.code ?? '')?.[1] ?? String(index + 1);
}

/** The `<aim>.<target>` numbers a target's indicators carry: from its code, or its place. */
export function targetNumberOf(prefixes: CodePrefixes, rows: StrategyRows, targetId: string): string {
  const target = rows.targets.find((row) => row.id === targetId);
  const match = codePatterns(prefixes).target.exec(target?.code ?? '');
  if (match) return `${match[1]}.${match[2]}`;
  const siblings = (childrenOf(rows.targets).get(target?.parentId ?? null) ?? []).map((row) => row.id);
  return `${aimNumberOf(prefixes, rows.aims, target?.parentId ?? '')}.${siblings.indexOf(targetId) + 1}`;
}

/**
 * The next free codes under a parent: `<prefix><stem>n` for n after the highest number its
 * children carry, skipping codes used anywhere in the plan (`taken`). `count` codes in order.
 */
export function nextCodes(
  prefix: string,
  stem: string,
  siblings: readonly string[],
  taken: ReadonlySet<string>,
  count = 1,
): string[] {
  const start = `${prefix}${stem}`;
  const pattern = new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`);
  let number = siblings.reduce((max, code) => Math.max(max, Number(pattern.exec(code)?.[1] ?? 0)), 0);
  const codes: string[] = [];
  while (codes.length < count) {
    number += 1;
    const code = `${start}${number}`;
    if (!taken.has(code)) codes.push(code);
  }
  return codes;
}

/** The tree's rows from a plan's stored aims, targets and indicators. */
export function strategyRowsOf(rows: {
  aims: ReadonlyArray<{ id: string; code: string; position: number }>;
  targets: ReadonlyArray<{ id: string; code: string; position: number; aimId: string }>;
  indicators: ReadonlyArray<{ id: string; code: string; position: number; targetId: string }>;
}): StrategyRows {
  return {
    aims: rows.aims.map(({ id, code, position }) => ({ id, code, position, parentId: null })),
    targets: rows.targets.map(({ id, code, position, aimId }) => ({ id, code, position, parentId: aimId })),
    indicators: rows.indicators.map(({ id, code, position, targetId }) => ({
      id,
      code,
      position,
      parentId: targetId,
    })),
  };
}

/** The plan's code prefixes (settings.codePrefixes, default A/H/PG). */
export function prefixesOf(plan: { settings: { codePrefixes?: CodePrefixes } | null }): CodePrefixes {
  return plan.settings?.codePrefixes ?? DEFAULT_CODE_PREFIXES;
}

/** Every code used in the plan (codes are unique across aims, targets and indicators). */
export function usedCodes(rows: StrategyRows): Set<string> {
  return new Set([...rows.aims, ...rows.targets, ...rows.indicators].map((row) => row.code));
}

/** The code a new aim takes when none is given: A<n> after the highest. */
export function nextAimCode(prefixes: CodePrefixes, rows: StrategyRows): string {
  const codes = rows.aims.map((row) => row.code);
  return nextCodes(prefixes.aim, '', codes, usedCodes(rows))[0];
}

/** The code a new target under the aim takes when none is given: H<aim>.<n> after the highest. */
export function nextTargetCode(prefixes: CodePrefixes, rows: StrategyRows, aimId: string): string {
  const siblings = rows.targets.filter((row) => row.parentId === aimId).map((row) => row.code);
  const stem = `${aimNumberOf(prefixes, rows.aims, aimId)}.`;
  return nextCodes(prefixes.target, stem, siblings, usedCodes(rows))[0];
}

/** The codes `count` new indicators of the target take: PG<aim>.<target>.<n> after the highest. */
export function nextIndicatorCodes(
  prefixes: CodePrefixes,
  rows: StrategyRows,
  targetId: string,
  count = 1,
  taken: ReadonlySet<string> = usedCodes(rows),
): string[] {
  const siblings = rows.indicators.filter((row) => row.parentId === targetId).map((row) => row.code);
  const stem = `${targetNumberOf(prefixes, rows, targetId)}.`;
  return nextCodes(prefixes.indicator, stem, siblings, taken, count);
}
