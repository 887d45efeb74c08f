import { describe, expect, it } from 'vitest';
import { orderStatus } from './order-status';
import type { StatusAssessment } from './types';
import { context, fail } from './test-support/context-builder';
import { evidenceOf, textProblems } from './test-support/messages';

const run = (status: StatusAssessment | null) => orderStatus.run(context({ status }));
const assess = (outcome: StatusAssessment['outcome'], raw = 'processing', threshold = 'processing'): StatusAssessment => ({
  raw,
  threshold,
  outcome,
});

describe('check 3 — order status', () => {
  it('passes when the status reached the threshold', () => {
    const result = run(assess('reached', 'completed', 'processing'));
    expect(result.outcome).toBe('pass');
    expect(result.summary).toEqual({ key: 'check.3.pass', params: { status: 'completed', threshold: 'processing' } });
    expect(evidenceOf(result)).toEqual(['evidence.order-status=completed', 'evidence.status-threshold=processing']);
    expect(textProblems(result)).toEqual([]);
  });

  it('fails naming both statuses when the threshold is not reached', () => {
    const result = run(assess('not-reached', 'on-hold', 'processing'));
    expect(result.outcome).toBe('fail');
    expect(result.summary).toEqual({ key: 'check.3.fail.not-reached', params: { status: 'on-hold', threshold: 'processing' } });
    expect(result.fix).toEqual({ key: 'check.3.fix.not-reached', params: { threshold: 'processing' } });
    expect(textProblems(result)).toEqual([]);
  });

  it.each(['cancelled', 'refunded', 'failed', 'trash', 'voided', 'expired'] as const)('fails a %s order with its own text', (outcome) => {
    const result = run(assess(outcome, outcome.toUpperCase()));
    expect(result.outcome).toBe('fail');
    expect(result.summary).toEqual({ key: `check.3.fail.${outcome}`, params: { status: outcome.toUpperCase() } });
    expect(result.fix?.key).toBe(`check.3.fix.${outcome}`);
    expect(textProblems(result)).toEqual([]);
  });

  it('warns on an unknown status, showing it as it is', () => {
    const result = run(assess('unknown', 'wc-awaiting-pickup', 'processing'));
    expect(result.outcome).toBe('warn');
    expect(result.summary).toEqual({ key: 'check.3.warn.unknown', params: { status: 'wc-awaiting-pickup', threshold: 'processing' } });
    expect(result.fix).toEqual({ key: 'check.3.fix.unknown', params: { status: 'wc-awaiting-pickup' } });
    expect(evidenceOf(result)).toContain('evidence.order-status=wc-awaiting-pickup');
  });

  it('ends in error with the order’s failure when the order could not be read', () => {
    const result = orderStatus.run(context({ order: fail('server', 'shop', 'WooCommerce GET orders/1001'), status: null }));
    expect(result.outcome).toBe('error');
    expect(result.failure?.kind).toBe('server');
  });

  it('ends in error, never pass, when no status assessment came with a read order', () => {
    const result = run(null);
    expect(result.outcome).toBe('error');
    expect(result.summary.key).toBe('check.3.error.no-status');
    expect(textProblems(result)).toEqual([]);
  });
});
