/** A feature's UI texts in both languages; a key missing from either fails the type check. */
export interface Bundle<K extends string> {
  tr: Record<K, string>;
  en: Record<K, string>;
}

/**
 * defineMessages('overview', { tr: {...}, en: {...} }): keys start with the bundle's name
 * ("overview.title"), so bundles never collide (messages.spec.ts checks it).
 */
export function defineMessages<K extends string>(
  name: string,
  bundle: Bundle<K>,
): Bundle<K> & { name: string } {
  return { name, ...bundle };
}
