import { describe, expect, it } from 'vitest';
import { recentlyInstalled } from './recently-installed';
import { context, fail } from './test-support/context-builder';
import { evidenceOf, textProblems } from './test-support/messages';

const installedAt = '2024-05-10T14:00:00+02:00';
const run = (createdAt: string, articleImportFinished = true) =>
  recentlyInstalled.run(context({ order: { createdAt }, connector: { installedAt, articleImportFinished } }));

describe('check 1 — recently installed', () => {
  it('passes an order placed after the installation', () => {
    const result = run('2024-05-11T09:00:00+02:00');
    expect(result.outcome).toBe('pass');
    expect(result.summary.key).toBe('check.1.pass');
    expect(result.fix).toBeNull();
    expect(textProblems(result)).toEqual([]);
  });

  it('fails an order placed earlier on the installation day, before the instant', () => {
    const result = run('2024-05-10T13:59:59+02:00');
    expect(result.outcome).toBe('fail');
    expect(result.summary).toEqual({
      key: 'check.1.fail.before-install',
      params: { placed: '2024-05-10T13:59:59+02:00', installed: installedAt },
    });
    expect(result.fix?.key).toBe('check.1.fix.before-install');
    expect(textProblems(result)).toEqual([]);
  });

  it('passes an order placed later on the installation day', () => {
    expect(run('2024-05-10T14:00:01+02:00').outcome).toBe('pass');
  });

  it('passes an order placed at the very instant of installation', () => {
    expect(run(installedAt).outcome).toBe('pass');
  });

  it('compares instants, not the written offsets', () => {
    // 11:59Z is 13:59 in Amsterdam: one minute before installation.
    expect(run('2024-05-10T11:59:00Z').outcome).toBe('fail');
    // 12:00Z is exactly the installation instant.
    expect(run('2024-05-10T12:00:00Z').outcome).toBe('pass');
  });

  it('warns while the article import is still running, for orders since installation', () => {
    const result = run('2024-05-11T09:00:00+02:00', false);
    expect(result.outcome).toBe('warn');
    expect(result.summary.key).toBe('check.1.warn.article-import');
    expect(result.fix?.key).toBe('check.1.fix.article-import');
    expect(evidenceOf(result)).toContain('evidence.article-import-finished=✗');
  });

  it('still fails an order from before installation while the article import runs', () => {
    expect(run('2024-05-09T09:00:00+02:00', false).outcome).toBe('fail');
  });

  it('shows both instants as evidence', () => {
    expect(evidenceOf(run('2024-05-11T09:00:00+02:00'))).toEqual([
      'evidence.order-placed=2024-05-11T09:00:00+02:00',
      `evidence.installed-at=${installedAt}`,
      'evidence.article-import-finished=✓',
    ]);
  });

  it('ends in error, naming the call, when the order could not be read', () => {
    const result = recentlyInstalled.run(context({ order: fail('timeout', 'shop', 'WooCommerce GET orders/1001') }));
    expect(result.outcome).toBe('error');
    expect(result.summary).toEqual({ key: 'failure.timeout', params: { side: 'WooCommerce' } });
    expect(result.failure?.call).toBe('WooCommerce GET orders/1001');
    expect(evidenceOf(result)).toContain('evidence.failed-call=WooCommerce GET orders/1001');
  });
});
