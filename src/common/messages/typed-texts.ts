import type { Lang } from '../../contracts/validation.js';

/**
 * A text in both languages whose params are typed: a caller cannot leave one out or misname it.
 * The catalogues of rule, update, import and report texts are made of these.
 */
export interface TypedTexts<P> {
  tr: (p: P) => string;
  en: (p: P) => string;
}

export function texts<P>(tr: (p: P) => string, en: (p: P) => string): TypedTexts<P> {
  return { tr, en };
}

/** The params of each key of a catalogue of typed texts. */
export type ParamsOf<C extends Record<string, TypedTexts<never>>> = {
  [K in keyof C]: Parameters<C[K]['tr']>[0];
};

/** A catalogue seen through its params map, so that `catalogue[key][lang](params)` type-checks for a generic key. */
export type Catalogue<M> = { [K in keyof M]: TypedTexts<M[K]> };

/** A unit as a Turkish sentence names it: its name, or its code when the plan gives it no name. */
export function namedUnit(unit: { unit: string; unitName?: string }): string {
  return unit.unitName?.trim() || unit.unit;
}

/** Writes `key` of `catalogue` in `lang`. */
export function write<M, K extends keyof M>(
  catalogue: Catalogue<M>,
  key: K,
  params: M[K],
  lang: Lang,
): string {
  return catalogue[key][lang](params);
}

/** A catalogue's writer: `(key, params, lang)` with the params of `key` type-checked, as `write` does. */
export function writerOf<M>(
  catalogue: Catalogue<M>,
): <K extends keyof M>(key: K, params: M[K], lang: Lang) => string {
  return (key, params, lang) => write(catalogue, key, params, lang);
}
