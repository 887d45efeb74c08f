import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configTexts } from './texts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('configTexts', () => {
  it('has every key in both languages with the same placeholders', () => {
    expect(Object.keys(configTexts.nl).sort()).toEqual(Object.keys(configTexts.en).sort());
    for (const [key, en] of Object.entries(configTexts.en)) expect(placeholders(configTexts.nl[key] ?? ''), key).toEqual(placeholders(en));
  });

  it('covers every config.* key the code in lib/config uses', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const source = readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'texts.ts')
      .map((name) => readFileSync(`${dir}/${name}`, 'utf8'))
      .join('\n');
    const used = new Set([...source.matchAll(/'(config\.(?:issue|error)\.[a-z-]+)'/g)].map((match) => match[1]));
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(configTexts.en, key).toHaveProperty([key!]);
  });
});
