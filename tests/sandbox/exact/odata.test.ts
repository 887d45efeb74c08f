import { describe, expect, it } from 'vitest';
import { checkFilter, evaluate, nextLink, ODataError, parseFilter, parseQueryOptions, runQuery, type Row } from './odata';
import { findEntitySet } from './resources';

const set = findEntitySet('salesorder/SalesOrders')!;

const row = (over: Record<string, string | number | boolean | Date | null> = {}): Row => ({
  OrderID: '00000000-0000-4000-8000-000000000001',
  OrderNumber: 71,
  YourRef: "O'Brien 1001",
  OrderDate: new Date('2025-01-15T10:00:00Z'),
  AmountDC: 121.5,
  Status: 12,
  Description: null,
  ...over,
});

const matches = (filter: string, r: Row = row()): boolean => {
  const expr = parseFilter(filter);
  checkFilter(expr, set.fields, set.typeName);
  return evaluate(expr, r) === true;
};

describe('$filter parser and evaluator', () => {
  it('compares with every operator', () => {
    expect(matches('OrderNumber eq 71')).toBe(true);
    expect(matches('OrderNumber ne 71')).toBe(false);
    expect(matches('OrderNumber gt 70 and OrderNumber ge 71 and OrderNumber lt 72 and OrderNumber le 71')).toBe(true);
    expect(matches('AmountDC gt 121.49')).toBe(true);
  });

  it('handles string literals with escaped quotes, case-insensitively', () => {
    expect(matches("YourRef eq 'O''Brien 1001'")).toBe(true);
    expect(matches("YourRef eq 'o''brien 1001'")).toBe(true);
    expect(matches("YourRef eq 'O''Brien'")).toBe(false);
  });

  it('knows and / or / not and parentheses, with and binding tighter than or', () => {
    expect(matches('OrderNumber eq 1 or OrderNumber eq 71 and Status eq 12')).toBe(true);
    expect(matches('(OrderNumber eq 1 or OrderNumber eq 71) and Status eq 13')).toBe(false);
    expect(matches('not (Status eq 45)')).toBe(true);
    expect(matches("not substringof('Brien', YourRef)")).toBe(false);
  });

  it('reads guid, datetime, boolean and null literals', () => {
    expect(matches("OrderID eq guid'00000000-0000-4000-8000-000000000001'")).toBe(true);
    expect(matches("OrderID eq guid'00000000-0000-4000-8000-000000000002'")).toBe(false);
    expect(matches("OrderDate ge datetime'2025-01-15' and OrderDate lt datetime'2025-01-15T10:00:01'")).toBe(true);
    expect(matches('Description eq null')).toBe(true);
    expect(matches('Description ne null')).toBe(false);
  });

  it('supports trim, substringof, startswith, tolower and toupper', () => {
    const r = row({ YourRef: '  1001 ' });
    expect(matches("trim(YourRef) eq '1001'", r)).toBe(true);
    expect(matches("substringof('00', YourRef)", r)).toBe(true);
    expect(matches("startswith(trim(YourRef), '10')", r)).toBe(true);
    expect(matches("tolower(YourRef) eq toupper(YourRef)", r)).toBe(true);
  });

  it('refuses what Exact refuses: unknown properties, type mismatches, bad syntax', () => {
    expect(() => matches('Nope eq 1')).toThrow(ODataError);
    expect(() => matches('YourRef eq 1001')).toThrow(/incompatible/);
    expect(() => matches("OrderID eq '00000000-0000-4000-8000-000000000001'")).toThrow(/incompatible/);
    expect(() => matches("YourRef eq 'open")).toThrow(/unterminated/);
    expect(() => matches('OrderNumber eq')).toThrow(ODataError);
    expect(() => matches('OrderNumber eq 1)')).toThrow(ODataError);
    expect(() => matches("frobnicate(YourRef) eq 'x'")).toThrow(/Unknown function/);
    expect(() => matches('OrderNumber')).toThrow(/Edm.Boolean/);
  });
});

describe('query options and paging', () => {
  const rows = Array.from({ length: 130 }, (_, i) =>
    row({ OrderID: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, OrderNumber: i }),
  );

  it('pages at the page size and resumes after the skiptoken', () => {
    const first = runQuery(rows, parseQueryOptions(new URLSearchParams('$select=OrderID'), set), set, 60);
    expect(first.page).toHaveLength(60);
    expect(first.next?.lastKey).toBe('00000000-0000-4000-8000-000000000059');
    const second = runQuery(rows, parseQueryOptions(new URLSearchParams(`$skiptoken=guid'${first.next!.lastKey}'`), set), set, 60);
    expect(second.page[0]?.OrderNumber).toBe(60);
  });

  it('keeps $top across pages', () => {
    const result = runQuery(rows, parseQueryOptions(new URLSearchParams('$top=100'), set), set, 60);
    expect(result.page).toHaveLength(60);
    expect(result.next?.remainingTop).toBe(40);
    const link = nextLink('https://h/p', "?$select=OrderID&$top=100&$filter=Status%20eq%2012", result.next!);
    expect(link).toBe("https://h/p?$select=OrderID&$filter=Status%20eq%2012&$top=40&$skiptoken=guid'00000000-0000-4000-8000-000000000059'");
  });

  it('orders by $orderby, refuses unknown $select and $orderby fields', () => {
    const result = runQuery(rows, parseQueryOptions(new URLSearchParams('$orderby=OrderNumber desc&$top=2'), set), set, 60);
    expect(result.page.map((r) => r.OrderNumber)).toEqual([129, 128]);
    expect(() => parseQueryOptions(new URLSearchParams('$select=OrderID,Bogus'), set)).toThrow(/Bogus/);
    expect(() => parseQueryOptions(new URLSearchParams('$orderby=Bogus'), set)).toThrow(ODataError);
    expect(() => parseQueryOptions(new URLSearchParams('$top=x'), set)).toThrow(ODataError);
  });
});
