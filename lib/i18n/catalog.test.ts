/**
 * The catalogs stay complete: English and Dutch hold the same keys with the same `{placeholders}`,
 * no text is empty, no two areas define the same key, and every message key the code uses exists
 * in both languages — with exactly the params its text expects.
 *
 * Keys are found by parsing every non-test source in components/, lib/ and entrypoints/:
 * - calls `t('…', { … })`, `msg('…', { … })`, `refusal('…', extra, { … })` (either branch of a
 *   `cond ? '…' : '…'` counts), object literals `{ key: '…', params: { … } }` and `labelKey: '…'`;
 * - any other string literal in a catalog namespace (`'panel.…'`, `'config.issue.…'`: tables such
 *   as STAGE_KEYS, keys handed through helpers), except the settings protocol's message names;
 * - keys built at run time (`options.edition.${value}`): each template must be a known family,
 *   enumerated here from its real source (EditionSchema, the registered shop adapters' thresholds,
 *   the mapping schemas), so a new edition, threshold or mapping field without text fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, OutcomeSchema } from '../checks/types';
import { optionsTexts } from '../../components/options/texts';
import { checkTexts } from '../checks/texts';
import { requestSchemas } from '../messaging/protocol';
import { EditionSchema, GlMappingSchema, VatMappingSchema } from '../model/connection';
import { FailureKindSchema } from '../model/fetched';
import { shopAdapters } from '../shops/registry';
import { areas, catalogs } from './catalog';

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
const inBoth = (key: string): boolean => catalogs.en[key] !== undefined && catalogs.nl[key] !== undefined;

// ---------------------------------------------------------------- sources

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCANNED = ['components', 'lib', 'entrypoints'];

/** The catalog files define keys (some built from tables); they are not uses. */
const isCatalog = (file: string): boolean => /(^|-)texts\.ts$/.test(basename(file)) || file === 'lib/i18n/catalog.ts';
/** Named like a test helper (fixtures, fakes, test-support); test files themselves are never read. */
const looksTestOnly = (file: string): boolean => /^(test-|fake-)|^fixtures\.ts$/.test(basename(file)) || file.split('/').includes('test-support');

interface Source {
  file: string;
  ast: ts.SourceFile;
}

const parse = (file: string): Source => {
  const text = readFileSync(join(root, file), 'utf8');
  return { file, ast: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS) };
};

const candidates = SCANNED.flatMap((dir) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((file) => `${dir}/${file.split('\\').join('/')}`)
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts')),
).map(parse);

/** Files a source imports, as root-relative paths. */
function importsOf({ file, ast }: Source): string[] {
  return ast.statements
    .filter((s): s is ts.ImportDeclaration | ts.ExportDeclaration => ts.isImportDeclaration(s) || ts.isExportDeclaration(s))
    .map((s) => s.moduleSpecifier)
    .filter((spec): spec is ts.StringLiteral => spec !== undefined && ts.isStringLiteral(spec) && spec.text.startsWith('.'))
    .flatMap((spec) => {
      const base = posix.join(posix.dirname(file), spec.text);
      return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
    });
}

/**
 * Test helpers may use made-up keys: a file named like one is skipped unless production code
 * imports it (components/options/test-button.tsx is the options page's "Test connection").
 */
const importedByProduction = new Set(candidates.filter((s) => !looksTestOnly(s.file)).flatMap(importsOf));
const sources: Source[] = candidates.filter((s) => !isCatalog(s.file) && (!looksTestOnly(s.file) || importedByProduction.has(s.file)));

// ---------------------------------------------------------------- what the scan finds

interface Use {
  file: string;
  key: string;
  /** Param names of a literal `{ … }` params argument; [] when there is none; null when not literal. */
  params: string[] | null;
}

interface TemplateUse {
  file: string;
  /** The key with each `${…}` as `*`: `options.edition.*`. */
  shape: string;
  params: string[] | null;
}

/** Functions whose first argument is a message key, and the position of their params argument. */
const KEY_CALLS: Record<string, number> = { t: 1, msg: 1, refusal: 2 };

const namespaces = new Set(Object.keys(catalogs.en).map((key) => key.split('.')[0]));
const messageNames = new Set(Object.keys(requestSchemas));
const looksLikeKey = (text: string): boolean => /^[a-z]+\.[a-zA-Z0-9.-]+$/.test(text) && namespaces.has(text.split('.')[0]) && !messageNames.has(text);

const isStringy = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

function propertyName(name: ts.PropertyName): string | null {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

/** Sorted names of an object literal's properties; null when it spreads or computes. */
function paramsOf(node: ts.Expression | undefined): string[] | null {
  if (node === undefined) return [];
  if (!ts.isObjectLiteralExpression(node)) return null;
  const names = node.properties.map((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? propertyName(p.name) : null));
  return names.every((n): n is string => n !== null) ? names.sort() : null;
}

/** The literal keys an expression can be: a string, or either branch of a conditional. */
function literalKeys(node: ts.Expression | undefined): string[] {
  if (node === undefined) return [];
  if (isStringy(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return literalKeys(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalKeys(node.whenTrue), ...literalKeys(node.whenFalse)];
  return [];
}

function templateShape(node: ts.TemplateExpression): string {
  return node.head.text + node.templateSpans.map((span) => `*${span.literal.text}`).join('');
}

function property(node: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of node.properties) if (ts.isPropertyAssignment(p) && propertyName(p.name) === name) return p.initializer;
  return undefined;
}

interface Scan {
  uses: Use[];
  templates: TemplateUse[];
  /** Namespaced string literals anywhere else (tables, helper arguments). */
  literals: { file: string; key: string }[];
  /** `msg(…)` calls whose key is not a plain string literal. */
  dynamicMsg: string[];
}

function scan(source: Source): Scan {
  const { file, ast } = source;
  const result: Scan = { uses: [], templates: [], literals: [], dynamicMsg: [] };
  const claimed = new Set<ts.Node>();
  const claimKeys = (node: ts.Expression | undefined, params: string[] | null) => {
    if (node === undefined) return;
    if (ts.isParenthesizedExpression(node)) return claimKeys(node.expression, params);
    if (ts.isConditionalExpression(node)) {
      claimKeys(node.whenTrue, params);
      claimKeys(node.whenFalse, params);
      return;
    }
    if (isStringy(node)) {
      claimed.add(node);
      result.uses.push({ file, key: node.text, params });
    } else if (ts.isTemplateExpression(node)) {
      claimed.add(node);
      result.templates.push({ file, shape: templateShape(node), params });
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text in KEY_CALLS) {
      const name = node.expression.text;
      const [first] = node.arguments;
      claimKeys(first, paramsOf(node.arguments[KEY_CALLS[name] ?? 1]));
      if (name === 'msg' && first !== undefined && !ts.isStringLiteral(first)) result.dynamicMsg.push(`${file}: ${first.getText(ast).slice(0, 40)}`);
    } else if (ts.isObjectLiteralExpression(node)) {
      const key = property(node, 'key');
      if (key !== undefined && literalKeys(key).length > 0) claimKeys(key, paramsOf(property(node, 'params')));
      claimKeys(property(node, 'labelKey'), []);
    }
    if (isStringy(node) && !claimed.has(node) && looksLikeKey(node.text)) {
      const parent = node.parent;
      const isName = (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodSignature(parent)) && parent.name === node;
      if (!isName && !ts.isLiteralTypeNode(parent) && !ts.isImportDeclaration(parent)) result.literals.push({ file, key: node.text });
    }
    if (ts.isTemplateExpression(node) && !claimed.has(node) && namespaces.has(node.head.text.split('.')[0]) && node.head.text.includes('.')) {
      result.templates.push({ file, shape: templateShape(node), params: null });
    }
    ts.forEachChild(node, visit);
  };
  visit(ast);
  return result;
}

const scans = sources.map(scan);
const uses = scans.flatMap((s) => s.uses);
const templates = scans.flatMap((s) => s.templates);
const literals = scans.flatMap((s) => s.literals);

/** Key families built at run time, each enumerated from the source its values come from. */
const thresholds = [...new Set(Object.values(shopAdapters).flatMap((adapter) => (adapter ? [...adapter.statusThresholds] : [])))];
const skuSources = [...new Set(Object.values(shopAdapters).flatMap((adapter) => [...(adapter?.skuSources ?? [])]))];
const families: Record<string, readonly string[]> = {
  'check.*.title': CHECK_IDS.map(String),
  'failure.*': FailureKindSchema.options,
  'options.edition.*': EditionSchema.options,
  'options.threshold.*': thresholds,
  'options.sku-source.*': skuSources,
  'options.mapping.vat.*': Object.keys(VatMappingSchema.shape),
  'options.mapping.gl.*': Object.keys(GlMappingSchema.shape),
};
const expand = (shape: string): string[] => (families[shape] ?? []).map((value) => shape.replace('*', value));

/** Every keyed use with params: the literal ones, and each family member at each template call. */
const allUses: Use[] = [...uses, ...templates.flatMap((t) => expand(t.shape).map((key) => ({ file: t.file, key, params: t.params })))];

const paramMismatches = (list: Use[]): string[] =>
  list
    .filter((u): u is Use & { params: string[] } => u.params !== null && catalogs.en[u.key] !== undefined)
    .filter((u) => placeholders(catalogs.en[u.key] ?? '').join() !== u.params.join())
    .map((u) => `${u.file}: ${u.key} gets {${u.params.join(', ')}} but needs {${placeholders(catalogs.en[u.key] ?? '').join(', ')}}`);

// ---------------------------------------------------------------- tests

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

  it('merge areas that never define the same key twice', () => {
    const seen = new Map<string, number>();
    for (const area of areas) for (const key of Object.keys(area.en)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > 1).map(([key]) => key)).toEqual([]);
  });

  it('cover every failure kind, outcome, check title and verdict', () => {
    const needed = [
      ...FailureKindSchema.options.map((kind) => `failure.${kind}`),
      ...OutcomeSchema.options.map((outcome) => `outcome.${outcome}`),
      ...CHECK_IDS.map((n) => `check.${n}.title`),
      'verdict.already-imported',
      'verdict.will-not-import',
      'verdict.cannot-tell',
      'verdict.will-import',
      'verdict.will-import-after-article-import',
    ];
    expect(needed.filter((key) => !inBoth(key))).toEqual([]);
  });
});

describe('message keys used by the code', () => {
  it('are found by the scan', () => {
    expect(sources.length).toBeGreaterThan(80);
    expect(uses.length).toBeGreaterThan(250);
    // Every surface is scanned: the check engine, the panel, the options page and its background.
    for (const prefix of ['check.', 'panel.', 'options.', 'config.issue.']) expect(uses.some((u) => u.key.startsWith(prefix)), prefix).toBe(true);
    expect(uses.some((u) => u.file.startsWith('lib/background/settings/') && u.key.startsWith('options.error.'))).toBe(true);
  });

  it('all exist in both catalogs', () => {
    const missing = [...uses, ...literals].filter((u) => !inBoth(u.key));
    expect([...new Set(missing.map((u) => `${u.file}: ${u.key}`))]).toEqual([]);
  });

  it('pass exactly the params their texts expect', () => {
    expect(paramMismatches(allUses)).toEqual([]);
  });

  it('are built at run time only from a known family', () => {
    expect(templates.filter((t) => families[t.shape] === undefined).map((t) => `${t.file}: ${t.shape}`)).toEqual([]);
  });

  it('have a text for every member of every family, from its real source', () => {
    expect(thresholds.length).toBeGreaterThan(1);
    for (const [shape, values] of Object.entries(families)) expect(values.length, shape).toBeGreaterThan(0);
    const missing = Object.keys(families).flatMap(expand).filter((key) => !inBoth(key));
    expect(missing).toEqual([]);
  });
});

describe('texts of the options page', () => {
  it('are all used (thresholds excepted: their texts may come before the adapter is registered)', () => {
    const used = new Set([...allUses, ...literals].map((u) => u.key));
    const unused = Object.keys(optionsTexts.en).filter((key) => !used.has(key) && !key.startsWith('options.threshold.'));
    expect(unused).toEqual([]);
  });
});

describe('message keys used by the check engine', () => {
  const engine = scans.filter((_, i) => sources[i]?.file.startsWith('lib/checks/'));
  const engineUses = engine.flatMap((s) => s.uses);

  it('are found by the scan', () => {
    expect(engine.length).toBeGreaterThan(10);
    expect(engineUses.length).toBeGreaterThan(100);
  });

  it('are written literally, never built at run time', () => {
    expect(engine.flatMap((s) => s.dynamicMsg)).toEqual([]);
  });

  it('leave no text of the check engine unused', () => {
    // Verdict, outcome and document words live with the checks but are rendered by lib/report.
    const used = new Set([...allUses, ...literals].map((u) => u.key));
    expect(Object.keys(checkTexts.en).filter((key) => !used.has(key))).toEqual([]);
  });
});
