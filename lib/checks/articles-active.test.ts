import { describe, expect, it } from 'vitest';
import type { Item } from '../model/accounting';
import { articlesActive } from './articles-active';
import { context, fail, item, items, line, type ContextPatch } from './test-support/context-builder';
import { evidenceOf, textProblems } from './test-support/messages';

// The healthy order: placed 2024-05-10 10:00 Amsterdam, lines A-1 and B-2, shipping cost 6.95.
const run = (patch: ContextPatch = {}) => articlesActive.run(context(patch));
const withItems = (list: Item[], patch: ContextPatch = {}) => run({ items: { ok: true, value: list }, ...patch });
const withA1 = (a1: Partial<Item>, patch: ContextPatch = {}) =>
  withItems([item('A-1', a1), item('B-2'), item('VERZEND', { isStockItem: false })], patch);

describe('check 7 — editions', () => {
  it('is not applicable for Boekhouden, saying which edition', () => {
    const result = run({ connector: { edition: 'boekhouden' } });
    expect(result.outcome).toBe('not-applicable');
    expect(result.summary).toEqual({ key: 'check.7.not-applicable.edition', params: { edition: 'Boekhouden' } });
    expect(evidenceOf(result)).toEqual(['evidence.edition=Boekhouden']);
    expect(textProblems(result)).toEqual([]);
  });

  it.each(['facturen', 'handel'] as const)('applies to %s', (edition) => {
    expect(run({ connector: { edition } }).outcome).toBe('pass');
  });
});

describe('check 7 — articles known', () => {
  it('passes when every line and the shipping article are known and active', () => {
    const result = run();
    expect(result.outcome).toBe('pass');
    expect(result.summary).toEqual({ key: 'check.7.pass', params: { day: '2024-05-10' } });
    expect(evidenceOf(result)).toEqual([
      'evidence.order-date=2024-05-10',
      'evidence.article.active=A-1',
      'evidence.article.active=B-2',
      'evidence.shipping-article.active=VERZEND',
    ]);
    expect(textProblems(result)).toEqual([]);
  });

  it('matches SKUs to item codes after trimming, ignoring case', () => {
    expect(run({ order: { lines: [line(' a-1 '), line('b-2')] } }).outcome).toBe('pass');
  });

  it('judges a SKU that appears on several lines once', () => {
    const result = run({ order: { lines: [line('A-1'), line('a-1 '), line('B-2')] } });
    expect(evidenceOf(result).filter((e) => e.startsWith('evidence.article.active='))).toEqual([
      'evidence.article.active=A-1',
      'evidence.article.active=B-2',
    ]);
  });

  it.each(['', '   '])('fails a line without SKU (%j)', (sku) => {
    const result = run({ order: { lines: [line('A-1'), line(sku, { name: 'Cadeaubon' })] } });
    expect(result.outcome).toBe('fail');
    expect(result.summary.key).toBe('check.7.fail.no-sku');
    expect(result.fix?.key).toBe('check.7.fix.no-sku');
    expect(evidenceOf(result)).toContain('evidence.article.no-sku=Cadeaubon');
  });

  it('fails an unknown article code: changed article code?', () => {
    const result = run({ order: { lines: [line('A-1-OLD')] } });
    expect(result.outcome).toBe('fail');
    expect(result.summary.key).toBe('check.7.fail.unknown');
    expect(evidenceOf(result)).toContain('evidence.article.unknown=A-1-OLD');
    expect(textProblems(result)).toEqual([]);
  });

  it('reports every failing item, not only the first', () => {
    const result = run({ order: { lines: [line('X-1'), line('', { name: 'Gift wrap' }), line('X-2'), line('A-1')] } });
    expect(result.summary.key).toBe('check.7.fail.several');
    expect(result.fix?.key).toBe('check.7.fix.several');
    const failing = evidenceOf(result).filter((e) => !e.includes('.active=') && !e.startsWith('evidence.order-date'));
    expect(failing).toEqual(['evidence.article.no-sku=Gift wrap', 'evidence.article.unknown=X-1', 'evidence.article.unknown=X-2']);
  });

  it('reports each of several unknown codes under one reason', () => {
    const result = run({ order: { lines: [line('X-1'), line('X-2')] } });
    expect(result.summary.key).toBe('check.7.fail.unknown');
    expect(evidenceOf(result).filter((e) => e.includes('unknown'))).toHaveLength(2);
  });

  it('ends in error when the items could not be read', () => {
    const result = run({ items: fail('forbidden', 'accounting', 'Exact GET logistics/Items') });
    expect(result.outcome).toBe('error');
    expect(result.failure?.call).toBe('Exact GET logistics/Items');
  });

  it('ends in error when the order could not be read', () => {
    expect(run({ order: fail('not-found', 'shop') }).outcome).toBe('error');
  });
});

describe('check 7 — active on the order date (calendar days in Europe/Amsterdam)', () => {
  it('fails an item whose end date is the order date', () => {
    const result = withA1({ endDate: '2024-05-10T00:00:00+02:00' });
    expect(result.outcome).toBe('fail');
    expect(result.summary.key).toBe('check.7.fail.ended');
    expect(result.fix?.key).toBe('check.7.fix.ended');
    expect(evidenceOf(result)).toContain('evidence.article.ended=A-1 (2024-05-10)');
  });

  it('fails an item ending later on the order day', () => {
    expect(withA1({ endDate: '2024-05-10T23:00:00+02:00' }).outcome).toBe('fail');
  });

  it('passes an item whose end date is the day after', () => {
    expect(withA1({ endDate: '2024-05-11T00:00:00+02:00' }).outcome).toBe('pass');
  });

  it('passes an item starting later on the order day', () => {
    expect(withA1({ startDate: '2024-05-10T18:00:00+02:00' }).outcome).toBe('pass');
  });

  it('fails an item starting the next day', () => {
    const result = withA1({ startDate: '2024-05-11T00:00:00+02:00' });
    expect(result.outcome).toBe('fail');
    expect(result.summary.key).toBe('check.7.fail.not-started');
    expect(evidenceOf(result)).toContain('evidence.article.not-started=A-1 (2024-05-11)');
  });

  it('counts an empty start date as started', () => {
    expect(withA1({ startDate: null, endDate: null }).outcome).toBe('pass');
  });

  it('uses the Amsterdam day of an order placed just after midnight (22:30 UTC the day before)', () => {
    // 2024-05-09T22:30Z is 00:30 on 10 May in Amsterdam; the item starts 10 May 02:00 Amsterdam.
    const result = withA1({ startDate: '2024-05-10T00:00:00Z' }, { order: { createdAt: '2024-05-09T22:30:00Z' } });
    expect(result.outcome).toBe('pass');
    expect(evidenceOf(result)[0]).toBe('evidence.order-date=2024-05-10');
  });

  it('reads an end date given as Amsterdam midnight in UTC as that Amsterdam day', () => {
    // 2024-05-10T22:00Z is 11 May 00:00 in Amsterdam: the day after the order, so still active.
    expect(withA1({ endDate: '2024-05-10T22:00:00Z' }).outcome).toBe('pass');
    // 2024-05-09T22:00Z is 10 May 00:00 in Amsterdam: the order day, so ended.
    expect(withA1({ endDate: '2024-05-09T22:00:00Z' }).outcome).toBe('fail');
  });

  it('applies winter time too (UTC+1)', () => {
    const order = { createdAt: '2024-01-20T23:30:00Z' }; // 21 January 00:30 in Amsterdam
    expect(withA1({ endDate: '2024-01-21T00:00:00Z' }, { order }).outcome).toBe('fail');
    expect(withA1({ startDate: '2024-01-21T12:00:00+01:00' }, { order }).outcome).toBe('pass');
  });

  it('follows the administration’s own time zone', () => {
    // 00:30 on 10 May in Amsterdam is 23:30 on 9 May in London.
    const order = { createdAt: '2024-05-10T00:30:00+02:00' };
    const endDate = '2024-05-10T12:00:00+01:00';
    expect(withA1({ endDate }, { order }).outcome).toBe('fail');
    expect(withA1({ endDate }, { order, profile: { timeZone: 'Europe/London' } }).outcome).toBe('pass');
  });
});

describe('check 7 — shipping article', () => {
  it('fails when shipping is charged but no shipping article is set', () => {
    const result = run({ connector: { shippingArticleCode: null } });
    expect(result.outcome).toBe('fail');
    expect(result.summary.key).toBe('check.7.fail.shipping-unmapped');
    expect(evidenceOf(result)).toContain('evidence.shipping-article.unmapped=—');
    expect(textProblems(result)).toEqual([]);
  });

  it('fails when the shipping article is unknown', () => {
    const result = withItems([item('A-1'), item('B-2')]);
    expect(result.outcome).toBe('fail');
    expect(evidenceOf(result)).toContain('evidence.shipping-article.unknown=VERZEND');
  });

  it('fails when the shipping article is inactive', () => {
    const result = withItems([item('A-1'), item('B-2'), item('VERZEND', { endDate: '2024-01-01T00:00:00+01:00' })]);
    expect(result.outcome).toBe('fail');
    expect(evidenceOf(result)).toContain('evidence.shipping-article.ended=VERZEND (2024-01-01)');
  });

  it('ignores the shipping article when the order carries no shipping cost', () => {
    const result = run({ order: { shippingTotal: 0 }, connector: { shippingArticleCode: null } });
    expect(result.outcome).toBe('pass');
    expect(evidenceOf(result)).toContain('evidence.shipping-article.not-needed=—');
    expect(withItems(items().slice(0, 2), { order: { shippingTotal: 0 } }).outcome).toBe('pass');
  });
});
