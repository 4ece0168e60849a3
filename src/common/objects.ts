/**
 * `source`'s `keys`, each one it leaves out (undefined) as null: how a row stores the optional
 * fields a document or a request may omit. Pure.
 */
export function orNull<T extends object, K extends keyof T>(
  source: T,
  keys: readonly K[],
): { [P in K]-?: Exclude<T[P], undefined> | null } {
  const picked: Partial<Record<K, unknown>> = {};
  for (const key of keys) picked[key] = source[key] ?? null;
  return picked as { [P in K]-?: Exclude<T[P], undefined> | null };
}

/** The items by a key of theirs, each list in the items' order (sort them first for another). Pure. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = key(item);
    const list = groups.get(group);
    if (list) list.push(item);
    else groups.set(group, [item]);
  }
  return groups;
}
