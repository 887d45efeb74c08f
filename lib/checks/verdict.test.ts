import { describe, expect, it } from 'vitest';
import { msg } from '../i18n/message';
import { runChecks } from './index';
import { context, document, fail } from './test-support/context-builder';
import { overallVerdict } from './verdict';
import { verdictHeadline } from '../report/verdict-text';
import { CHECK_IDS, VerdictSchema, type CheckResult, type Outcome } from './types';

function results(outcomes: Partial<Record<number, Outcome>>, imported = false): CheckResult[] {
  return CHECK_IDS.map((id) => ({
    id,
    outcome: outcomes[id] ?? 'pass',
    summary: msg('check.1.pass'),
    evidence: [],
    fix: null,
    failure: null,
    document: id === 5 && imported ? document() : null,
  }));
}

describe('overallVerdict', () => {
  it('will import when everything passes', () => {
    expect(overallVerdict(results({}))).toEqual({ kind: 'will-import', afterArticleImport: false });
  });

  it('already imported outranks every failing check', () => {
    const verdict = overallVerdict(results({ 1: 'fail', 3: 'fail', 4: 'error', 7: 'fail' }, true));
    expect(verdict).toEqual({ kind: 'already-imported', document: document() });
  });

  it('needs a document: a plain pass of check 5 is not "already imported"', () => {
    expect(overallVerdict(results({})).kind).toBe('will-import');
  });

  it('names the first failing check in number order', () => {
    expect(overallVerdict(results({ 6: 'fail', 3: 'fail', 7: 'fail' }))).toEqual({ kind: 'will-not-import', checkId: 3 });
  });

  it('judges by number even when results come out of order', () => {
    const shuffled = results({ 2: 'fail', 8: 'fail' }).reverse();
    expect(overallVerdict(shuffled)).toEqual({ kind: 'will-not-import', checkId: 2 });
  });

  it('a fail beats an error in an earlier check', () => {
    expect(overallVerdict(results({ 1: 'error', 6: 'fail' }))).toEqual({ kind: 'will-not-import', checkId: 6 });
  });

  it('cannot tell when checks are in error and none fails, listing them', () => {
    expect(overallVerdict(results({ 7: 'error', 4: 'error', 1: 'warn' }))).toEqual({ kind: 'cannot-tell', checkIds: [4, 7] });
  });

  it('a warn never blocks', () => {
    expect(overallVerdict(results({ 3: 'warn', 4: 'warn', 7: 'not-applicable', 8: 'not-applicable' }))).toEqual({
      kind: 'will-import',
      afterArticleImport: false,
    });
  });

  it('will import after the article import when check 1 warns', () => {
    expect(overallVerdict(results({ 1: 'warn' }))).toEqual({ kind: 'will-import', afterArticleImport: true });
  });

  it('always gives a verdict the schema accepts', () => {
    for (const outcomes of [{}, { 1: 'fail' as const }, { 2: 'error' as const }, { 1: 'warn' as const }]) {
      expect(VerdictSchema.safeParse(overallVerdict(results(outcomes))).success).toBe(true);
    }
    expect(overallVerdict([])).toEqual({ kind: 'will-import', afterArticleImport: false });
  });
});

describe('overallVerdict on real checks', () => {
  it('an imported order whose status since fell back is still "already imported"', () => {
    const ctx = context({
      documents: { ok: true, value: [document()] },
      status: { raw: 'on-hold', threshold: 'processing', outcome: 'not-reached' },
    });
    expect(overallVerdict(runChecks(ctx)).kind).toBe('already-imported');
  });

  it('an unreadable order: cannot tell', () => {
    const verdict = overallVerdict(runChecks(context({ order: fail('timeout', 'shop'), status: null })));
    expect(verdict).toEqual({ kind: 'cannot-tell', checkIds: [1, 3, 4, 5, 6, 7, 8] });
  });

  it('article import still running: will import after it', () => {
    expect(overallVerdict(runChecks(context({ connector: { articleImportFinished: false } })))).toEqual({
      kind: 'will-import',
      afterArticleImport: true,
    });
  });
});

describe('verdictHeadline', () => {
  it('reads well in English and Dutch', () => {
    expect(verdictHeadline({ kind: 'already-imported', document: document({ type: 'sales-invoice' }) }, 'en')).toBe(
      'Already imported as sales invoice 20240012',
    );
    expect(verdictHeadline({ kind: 'already-imported', document: document() }, 'nl')).toBe('Al geïmporteerd als verkooporder 20240012');
    expect(verdictHeadline({ kind: 'will-not-import', checkId: 3 }, 'en')).toBe('Will not import: Order status');
    expect(verdictHeadline({ kind: 'will-not-import', checkId: 3 }, 'nl')).toBe('Wordt niet geïmporteerd: Status van de order');
    expect(verdictHeadline({ kind: 'cannot-tell', checkIds: [4, 7] }, 'en')).toBe(
      'Cannot tell: VAT codes and GL accounts, Articles active and known',
    );
    expect(verdictHeadline({ kind: 'cannot-tell', checkIds: [1, 3, 6, 7] }, 'nl')).toBe(
      'Niet vast te stellen: Koppeling recent geïnstalleerd, Status van de order en nog 2 controles',
    );
    expect(verdictHeadline({ kind: 'will-import', afterArticleImport: false }, 'nl')).toBe('Wordt bij de volgende ronde geïmporteerd');
    expect(verdictHeadline({ kind: 'will-import', afterArticleImport: true }, 'en')).toBe(
      'Will import once the article import has finished',
    );
  });
});
