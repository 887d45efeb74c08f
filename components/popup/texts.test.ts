import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areas } from '../../lib/i18n/catalog';
import { popupTexts } from './texts';

/** Every `popup.*` key named in the popup's code and in the badge (lib/sync/badge.ts). */
function usedKeys(): string[] {
  const files = [
    ...readdirSync(__dirname)
      .filter((file) => /\.tsx?$/.test(file) && !/test|texts\.ts/.test(file))
      .map((file) => join(__dirname, file)),
    join(__dirname, '../../lib/sync/badge.ts'),
  ];
  const keys = new Set<string>();
  for (const file of files) for (const match of readFileSync(file, 'utf8').matchAll(/'(popup\.[a-z0-9.-]+)'/g)) keys.add(match[1] ?? '');
  return [...keys].sort();
}

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('popupTexts', () => {
  it('has the same keys in English and Dutch, none empty', () => {
    expect(Object.keys(popupTexts.nl).sort()).toEqual(Object.keys(popupTexts.en).sort());
    for (const lang of ['en', 'nl'] as const) {
      for (const [key, text] of Object.entries(popupTexts[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('has every key the code uses, and no key the code does not use', () => {
    expect(usedKeys().length).toBeGreaterThan(40);
    expect(usedKeys().filter((key) => !(key in popupTexts.en))).toEqual([]);
    expect(Object.keys(popupTexts.en).filter((key) => !usedKeys().includes(key))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, en] of Object.entries(popupTexts.en)) expect(params(popupTexts.nl[key] ?? ''), key).toEqual(params(en));
  });

  it('is merged into the one catalog', () => {
    expect(areas).toContain(popupTexts);
  });
});
