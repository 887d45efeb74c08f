import { describe, expect, it } from 'vitest';
import { msg } from '../i18n/message';
import { ALL_CHECKS, runCheck, runChecks } from './index';
import { recentlyInstalled } from './recently-installed';
import { context } from './test-support/context-builder';
import { textProblems } from './test-support/messages';
import { CHECK_IDS, CheckResultSchema, type Check } from './types';

describe('runChecks', () => {
  it('runs the eight checks in number order', () => {
    expect(ALL_CHECKS.map((c) => c.id)).toEqual([...CHECK_IDS]);
  });

  it('passes every check on a healthy context', () => {
    const results = runChecks(context());
    expect(results.map((r) => [r.id, r.outcome])).toEqual(CHECK_IDS.map((id) => [id, 'pass']));
    for (const result of results) {
      expect(CheckResultSchema.safeParse(result).success).toBe(true);
      expect(textProblems(result)).toEqual([]);
    }
  });

  it('turns a check that throws into an error result for that check only', () => {
    const throwing: Check = {
      id: 4,
      run: () => {
        throw new TypeError('boom');
      },
    };
    const checks = ALL_CHECKS.map((c) => (c.id === 4 ? throwing : c));
    const results = runChecks(context(), checks);
    expect(results).toHaveLength(8);
    const four = results.find((r) => r.id === 4);
    if (!four) throw new Error('no result for check 4');
    expect(four.outcome).toBe('error');
    expect(four.summary.key).toBe('check.error.internal');
    expect(four.evidence[0]?.value).toBe('TypeError: boom');
    expect(results.filter((r) => r.outcome === 'pass')).toHaveLength(7);
    expect(textProblems(four)).toEqual([]);
  });

  it('survives a thrown non-Error', () => {
    const check: Check = {
      id: 1,
      run: () => {
        throw 'plain string';
      },
    };
    expect(runCheck(check, context()).evidence[0]?.value).toBe('plain string');
  });

  it('turns a result outside the contract into an error', () => {
    const check: Check = {
      id: 2,
      run: () => ({ id: 2, outcome: 'pass', summary: msg(''), evidence: [], fix: null, failure: null, document: null }),
    };
    expect(runCheck(check, context()).outcome).toBe('error');
  });

  it('turns a result carrying another check’s id into an error', () => {
    const check: Check = { id: 3, run: (ctx) => ({ ...recentlyInstalled.run(ctx), id: 1 }) };
    const result = runCheck(check, context());
    expect(result).toMatchObject({ id: 3, outcome: 'error' });
  });

  it('turns an unknown administration time zone into errors, not a crash', () => {
    const results = runChecks(context({ profile: { timeZone: 'Mars/Olympus_Mons' } }));
    expect(results).toHaveLength(8);
    expect(results.find((r) => r.id === 7)?.outcome).toBe('error');
    expect(results.find((r) => r.id === 1)?.outcome).toBe('pass');
  });
});
