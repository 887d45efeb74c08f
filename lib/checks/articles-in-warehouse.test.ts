import { describe, expect, it } from 'vitest';
import type { ItemWarehouse } from '../model/accounting';
import { articlesInWarehouse } from './articles-in-warehouse';
import { context, fail, item, itemWarehouses, line, type ContextPatch } from './test-support/context-builder';
import { evidenceOf, textProblems } from './test-support/messages';

// Healthy: Handel, warehouse module off, main warehouse '1'; A-1 and B-2 are stock items linked to
// '1'; the shipping article VERZEND is not a stock item.
const run = (patch: ContextPatch = {}) => articlesInWarehouse.run(context(patch));
const links = (...list: ItemWarehouse[]) => ({ ok: true as const, value: list });

describe('check 8 — editions', () => {
  it.each([['boekhouden', 'Boekhouden'], ['facturen', 'Facturen']] as const)('is not applicable for %s', (edition, name) => {
    const result = run({ connector: { edition } });
    expect(result.outcome).toBe('not-applicable');
    expect(result.summary).toEqual({ key: 'check.8.not-applicable.edition', params: { edition: name } });
    expect(textProblems(result)).toEqual([]);
  });
});

describe('check 8 — links to the connector’s warehouse', () => {
  it('passes when every stock item is linked to the main warehouse', () => {
    const result = run();
    expect(result.outcome).toBe('pass');
    expect(result.summary).toEqual({ key: 'check.8.pass', params: { warehouse: '1' } });
    expect(evidenceOf(result)).toEqual([
      'evidence.warehouse-module=✗',
      'evidence.main-warehouse=1 · Hoofdmagazijn',
      'evidence.stock-item.linked=A-1',
      'evidence.stock-item.linked=B-2',
      'evidence.shipping-article.non-stock=VERZEND',
    ]);
    expect(textProblems(result)).toEqual([]);
  });

  it('fails per item that is not linked', () => {
    const result = run({ itemWarehouses: links({ itemCode: 'A-1', warehouseCode: '1' }, { itemCode: 'B-2', warehouseCode: '2' }) });
    expect(result.outcome).toBe('fail');
    expect(result.summary).toEqual({ key: 'check.8.fail.not-linked', params: { warehouse: '1' } });
    expect(result.fix).toEqual({ key: 'check.8.fix.not-linked', params: { warehouse: '1' } });
    expect(evidenceOf(result)).toContain('evidence.stock-item.not-linked=B-2');
    expect(evidenceOf(result)).toContain('evidence.stock-item.linked=A-1');
    expect(textProblems(result)).toEqual([]);
  });

  it('lists every unlinked item', () => {
    const result = run({ itemWarehouses: links() });
    expect(evidenceOf(result).filter((e) => e.includes('not-linked'))).toEqual([
      'evidence.stock-item.not-linked=A-1',
      'evidence.stock-item.not-linked=B-2',
    ]);
  });

  it('does not need a link for non-stock items', () => {
    const result = run({
      items: { ok: true, value: [item('A-1', { isStockItem: false }), item('B-2', { isStockItem: false }), item('VERZEND', { isStockItem: false })] },
      itemWarehouses: links(),
    });
    expect(result.outcome).toBe('pass');
    expect(result.summary.key).toBe('check.8.pass.no-stock-items');
  });

  it('leaves unknown items to check 7', () => {
    const result = run({ order: { lines: [line('A-1'), line('ONBEKEND'), line('')] } });
    expect(result.outcome).toBe('pass');
    expect(evidenceOf(result).some((e) => e.includes('ONBEKEND'))).toBe(false);
  });

  it('matches item and warehouse codes after trimming, ignoring case', () => {
    expect(run({ itemWarehouses: links({ itemCode: ' a-1', warehouseCode: '1 ' }, { itemCode: 'b-2', warehouseCode: '1' }) }).outcome).toBe('pass');
  });
});

describe('check 8 — shipping article', () => {
  const stockShipping = { ok: true as const, value: [item('A-1'), item('B-2'), item('VERZEND', { isStockItem: true })] };

  it('fails when the shipping article is a stock item and not linked', () => {
    const result = run({ items: stockShipping });
    expect(result.outcome).toBe('fail');
    expect(evidenceOf(result)).toContain('evidence.shipping-article.not-linked=VERZEND');
  });

  it('passes when the stock shipping article is linked', () => {
    const result = run({ items: stockShipping, itemWarehouses: links(...itemWarehouses(), { itemCode: 'VERZEND', warehouseCode: '1' }) });
    expect(result.outcome).toBe('pass');
    expect(evidenceOf(result)).toContain('evidence.shipping-article.linked=VERZEND');
  });

  it('ignores the shipping article when the order carries no shipping cost', () => {
    const result = run({ items: stockShipping, order: { shippingTotal: 0 } });
    expect(result.outcome).toBe('pass');
    expect(evidenceOf(result).some((e) => e.includes('VERZEND'))).toBe(false);
  });

  it('leaves an unmapped or unknown shipping article to check 7', () => {
    expect(run({ connector: { shippingArticleCode: null } }).outcome).toBe('pass');
    expect(run({ items: { ok: true, value: [item('A-1'), item('B-2')] } }).outcome).toBe('pass');
  });
});

describe('check 8 — which warehouse', () => {
  const module = (warehouseCode: string | null): ContextPatch['connector'] => ({ warehouseModule: true, warehouseCode });

  it('uses the configured warehouse when the warehouse module is on', () => {
    const result = run({ connector: module('2'), itemWarehouses: links({ itemCode: 'A-1', warehouseCode: '2' }, { itemCode: 'B-2', warehouseCode: '2' }) });
    expect(result.outcome).toBe('pass');
    expect(evidenceOf(result).slice(0, 2)).toEqual(['evidence.warehouse-module=✓', 'evidence.warehouse=2']);
  });

  it('then a link to the main warehouse does not count', () => {
    expect(run({ connector: module('2') }).outcome).toBe('fail');
  });

  it('fails when the module is on but no warehouse is configured', () => {
    const result = run({ connector: module(null) });
    expect(result.outcome).toBe('fail');
    expect(result.summary.key).toBe('check.8.fail.warehouse-not-configured');
    expect(result.fix?.key).toBe('check.8.fix.warehouse-not-configured');
    expect(textProblems(result)).toEqual([]);
  });

  it('fails when the configured warehouse does not exist in Exact', () => {
    const result = run({ connector: module('9') });
    expect(result.summary).toEqual({ key: 'check.8.fail.warehouse-unknown', params: { warehouse: '9' } });
    expect(textProblems(result)).toEqual([]);
  });

  it('does not need the warehouse list when the module is on', () => {
    const result = run({ connector: module('1'), warehouses: fail('timeout') });
    expect(result.outcome).toBe('pass');
  });

  it('fails when the module is off and Exact has no main warehouse', () => {
    const result = run({ warehouses: { ok: true, value: [{ id: 'w', code: '2', description: 'Winkel', main: false }] } });
    expect(result.outcome).toBe('fail');
    expect(result.summary.key).toBe('check.8.fail.no-main-warehouse');
    expect(textProblems(result)).toEqual([]);
  });
});

describe('check 8 — inputs that could not be read', () => {
  it.each<[string, ContextPatch]>([
    ['order', { order: fail('timeout', 'shop') }],
    ['items', { items: fail('server') }],
    ['item warehouses', { itemWarehouses: fail('malformed') }],
    ['warehouses (module off)', { warehouses: fail('offline') }],
  ])('ends in error when the %s failed', (_, patch) => {
    const result = run(patch);
    expect(result.outcome).toBe('error');
    expect(result.failure).not.toBeNull();
  });
});
