import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTexts } from '../../lib/checks/texts';
import { panelTexts } from './texts';

/** Every `panel.*` key named in the panel's or the report's code, and the worker's unavailable reasons. */
function usedKeys(): string[] {
  const dirs = [__dirname, join(__dirname, '../../lib/report'), join(__dirname, '../../lib/background')];
  const keys = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir)) {
      if (!/\.tsx?$/.test(file) || /test|texts\.ts/.test(file)) continue;
      for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/'(panel\.[a-z0-9.-]+)'/g)) keys.add(match[1] ?? '');
    }
  }
  return [...keys].sort();
}

describe('panelTexts', () => {
  it('has the same keys in English and Dutch, none empty', () => {
    expect(Object.keys(panelTexts.nl).sort()).toEqual(Object.keys(panelTexts.en).sort());
    for (const lang of ['en', 'nl'] as const) {
      for (const [key, text] of Object.entries(panelTexts[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('has every key the code uses', () => {
    expect(usedKeys().length).toBeGreaterThan(30);
    const missing = usedKeys().filter((key) => !(key in panelTexts.en));
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, en] of Object.entries(panelTexts.en)) expect(params(panelTexts.nl[key] ?? ''), key).toEqual(params(en));
  });

  it('finds every key it reads from the checks catalog, with the placeholders it fills', () => {
    const needed: Record<string, string[]> = {
      'verdict.already-imported': ['document'],
      'verdict.will-not-import': ['check'],
      'verdict.cannot-tell': ['checks'],
      'verdict.will-import': [],
      'verdict.will-import-after-article-import': [],
      'document.sales-order': ['number'],
      'document.sales-invoice': ['number'],
      'document.sales-entry': ['number'],
      ...Object.fromEntries(['pass', 'fail', 'warn', 'not-applicable', 'error'].map((o) => [`outcome.${o}`, []])),
      ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`check.${n}.title`, []])),
    };
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const lang of ['en', 'nl'] as const) {
      for (const [key, expected] of Object.entries(needed)) {
        const text = checkTexts[lang][key];
        expect(text, `${lang} ${key}`).toBeDefined();
        expect(params(text ?? ''), `${lang} ${key}`).toEqual(expected);
      }
    }
  });
});
