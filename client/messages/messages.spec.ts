import { describe, expect, it } from '@jest/globals';
import { bundles, dictionaries } from './index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI texts', () => {
  it('Turkish and English have exactly the same keys', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.tr).sort());
  });

  it.each(bundles.map((bundle) => [bundle.name, bundle.tr, bundle.en] as const))(
    'bundle %s: keys start with its name, no text is empty, placeholders match across languages',
    (name, tr: Record<string, string>, en: Record<string, string>) => {
      expect(Object.keys(tr).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(tr)) {
        expect(key.startsWith(`${name}.`)).toBe(true);
        expect(tr[key].trim()).not.toBe('');
        expect(en[key].trim()).not.toBe('');
        expect({ key, placeholders: placeholders(en[key]) }).toEqual({
          key,
          placeholders: placeholders(tr[key]),
        });
      }
    },
  );

  it('no key is defined by two bundles', () => {
    const all = bundles.flatMap((bundle) => Object.keys(bundle.tr));
    expect(all.length).toBe(new Set(all).size);
  });
});
