import { dictionaries, type MessageKey } from '../messages/index.js';

/** The UI language: Turkish first, English second. */
export type Lang = 'tr' | 'en';
export const LANGS: readonly Lang[] = ['tr', 'en'];
const STORAGE_KEY = 'pusula.lang';

let current: Lang = 'tr';
const listeners = new Set<(lang: Lang) => void>();

export type MessageParams = Record<string, string | number>;

/** The text of `key` in `lang`, with {name} placeholders filled from params. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const text = dictionaries[lang][key] ?? dictionaries.tr[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The text of `key` in the current language. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(current, key, params);
}

export function getLang(): Lang {
  return current;
}

/** Reads the saved choice (main.ts calls it once at start). */
export function initLang(): void {
  const saved = safeStorage()?.getItem(STORAGE_KEY);
  applyLang(saved === 'en' ? 'en' : 'tr');
}

/** Switches the language, saves it and lets the shell and the current view re-render. */
export function setLang(lang: Lang): void {
  safeStorage()?.setItem(STORAGE_KEY, lang);
  applyLang(lang);
  for (const listener of listeners) listener(lang);
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function applyLang(lang: Lang): void {
  current = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be disabled (private modes, policies): the language then lasts one visit.
    return null;
  }
}
