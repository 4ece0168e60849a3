/**
 * The stale-write merge with no DOM: a field that differs between the user's data ("mine") and
 * the record as another person stored it ("theirs") is a Difference, decided per field. The
 * record as the user last read it ("base") presets the obvious choice: a field only the other
 * person changed presets theirs, one only the user changed presets mine, one both changed is left
 * for the user to decide. Nothing is saved until every difference has a choice.
 */

export type Side = 'mine' | 'theirs';

export interface Difference<V> {
  /** Stable within one merge: what the choice is stored under. */
  key: string;
  /** The field's path in the form (data-path), for its label and to focus it afterwards. */
  path: string;
  mine: V;
  theirs: V;
  preset: Side | null;
}

/** mine/theirs/base as comparable text (a missing base: nothing to preset from). */
export function presetSide(base: string | undefined, mine: string, theirs: string): Side | null {
  if (base === undefined) return null;
  if (base === theirs) return 'mine';
  if (base === mine) return 'theirs';
  return null;
}

export function initialChoices<V>(differences: ReadonlyArray<Difference<V>>): Map<string, Side> {
  const choices = new Map<string, Side>();
  for (const difference of differences) {
    if (difference.preset) choices.set(difference.key, difference.preset);
  }
  return choices;
}

/** How many differences still have no choice (the save waits for 0). */
export function unchosen<V>(
  differences: ReadonlyArray<Difference<V>>,
  choices: ReadonlyMap<string, Side>,
): number {
  return differences.filter((difference) => !choices.has(difference.key)).length;
}
