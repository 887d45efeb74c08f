/**
 * The catalogs stay complete: English and Dutch hold the same keys with the same `{placeholders}`,
 * no text is empty, and every message key the check engine uses exists — with exactly the params
 * its text expects. Keys are found by scanning lib/checks sources for literal `msg('…')` calls.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OutcomeSchema } from '../checks/types';
import { FailureKindSchema } from '../model/fetched';
import { checkTexts } from '../checks/texts';
import { catalogs } from './catalog';

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

const checksDir = fileURLToPath(new URL('../checks/', import.meta.url));
const sources = readdirSync(checksDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => ({ file, text: readFileSync(join(checksDir, file), 'utf8') }));

interface Use {
  file: string;
  key: string;
  /** Param names of a literal `{ … }` second argument; null when there is none or it is not literal. */
  params: string[] | null;
}

/** Top-level entries of an object literal's body, split at depth-0 commas. */
function entries(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const ch of body) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if ('([{'.includes(ch)) depth += 1;
    else if (')]}'.includes(ch)) depth -= 1;
    else if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** The body of the balanced `{ … }` starting at `open`, or null. */
function objectBody(text: string, open: number): string | null {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  return null;
}

function usesIn(file: string, text: string): Use[] {
  return [...text.matchAll(/msg\('([^']+)'/g)].map((match) => {
    const key = match[1] ?? '';
    const after = text.slice((match.index ?? 0) + match[0].length);
    const literal = /^\s*,\s*\{/.exec(after);
    if (!literal) return { file, key, params: /^\s*\)/.test(after) ? [] : null };
    const body = objectBody(after, literal[0].length - 1);
    const params = body === null ? null : entries(body).map((e) => (e.split(':')[0] ?? '').trim()).sort();
    return { file, key, params };
  });
}

const uses = sources.flatMap(({ file, text }) => usesIn(file, text));

describe('catalogs', () => {
  it('hold the same keys in English and Dutch', () => {
    expect(Object.keys(catalogs.nl).sort()).toEqual(Object.keys(catalogs.en).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, en] of Object.entries(catalogs.en)) {
      expect({ key, placeholders: placeholders(catalogs.nl[key] ?? '') }).toEqual({ key, placeholders: placeholders(en) });
    }
  });

  it('have no empty texts', () => {
    for (const lang of ['en', 'nl'] as const) {
      for (const [key, text] of Object.entries(catalogs[lang])) expect({ lang, key, text: text.trim().length > 0 }).toEqual({ lang, key, text: true });
    }
  });

  it('cover every failure kind, outcome, check title and verdict', () => {
    const needed = [
      ...FailureKindSchema.options.map((kind) => `failure.${kind}`),
      ...OutcomeSchema.options.map((outcome) => `outcome.${outcome}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `check.${n}.title`),
      'verdict.already-imported',
      'verdict.will-not-import',
      'verdict.cannot-tell',
      'verdict.will-import',
      'verdict.will-import-after-article-import',
    ];
    expect(needed.filter((key) => catalogs.en[key] === undefined || catalogs.nl[key] === undefined)).toEqual([]);
  });
});

describe('message keys used by the check engine', () => {
  it('are found by the scan', () => {
    expect(sources.length).toBeGreaterThan(10);
    expect(uses.length).toBeGreaterThan(100);
  });

  it('all exist in the catalogs', () => {
    const missing = uses.filter((u) => catalogs.en[u.key] === undefined || catalogs.nl[u.key] === undefined);
    expect(missing.map((u) => `${u.file}: ${u.key}`)).toEqual([]);
  });

  it('are written literally, never built at run time', () => {
    const dynamic = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/\bmsg\((?!')/g)].map((m) => `${file}: ${text.slice(m.index, (m.index ?? 0) + 40)}`),
    );
    expect(dynamic).toEqual([]);
  });

  it('leave no text of the check engine unused', () => {
    const used = new Set(uses.map((u) => u.key));
    expect(Object.keys(checkTexts.en).filter((key) => !used.has(key))).toEqual([]);
  });

  it('pass exactly the params their texts expect', () => {
    const mismatched = uses
      .filter((u): u is Use & { params: string[] } => u.params !== null && catalogs.en[u.key] !== undefined)
      .filter((u) => placeholders(catalogs.en[u.key] ?? '').join() !== u.params.join())
      .map((u) => `${u.file}: ${u.key} gets {${u.params.join(', ')}} but needs {${placeholders(catalogs.en[u.key] ?? '').join(', ')}}`);
    expect(mismatched).toEqual([]);
  });
});
