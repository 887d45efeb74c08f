import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../net/errors';
import { issuesDetail, readErrorBody, safeJson, shopError } from './errors';

describe('shared shop-client errors', () => {
  it('a shop error is a typed ApiError on the shop side, its detail cut to 1000 characters', () => {
    const error = shopError('malformed', 'X GET orders', 200, 'x'.repeat(1500));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.failure).toMatchObject({ kind: 'malformed', side: 'shop', call: 'X GET orders', httpStatus: 200 });
    expect(error.failure.detail).toHaveLength(1000);
  });

  it('names the first three schema issues with their paths', () => {
    const parsed = z.object({ a: z.string(), b: z.number(), c: z.boolean(), d: z.string() }).safeParse({});
    expect(parsed.success).toBe(false);
    const detail = issuesDetail('order does not fit', parsed.error!);
    expect(detail.startsWith('order does not fit: a: ')).toBe(true);
    expect(detail.split('; ')).toHaveLength(3);
    expect(issuesDetail('x', z.string().safeParse(1).error!)).toMatch(/^x: \(root\): /);
  });

  it('reads an error body by its schema, and gives null for HTML, truncated JSON or another shape', () => {
    const schema = z.object({ code: z.string() });
    expect(readErrorBody('{"code":"woocommerce_rest_cannot_view"}', schema)).toEqual({ code: 'woocommerce_rest_cannot_view' });
    expect(readErrorBody('<html>502</html>', schema)).toBeNull();
    expect(readErrorBody('{"code":', schema)).toBeNull();
    expect(readErrorBody('{"other":1}', schema)).toBeNull();
    expect(safeJson('nope')).toBeUndefined();
  });
});
