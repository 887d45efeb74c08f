import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../sandbox/core/types';
import { callName, roundsOf } from './rounds';
import { spread, table } from './table';

const req = (at: number, doneAt: number, path = '/', query = ''): RequestRecord => ({
  at, doneAt, method: 'GET', host: 'h', path, query, side: 'accounting', status: 200, faulted: false,
});

describe('roundsOf', () => {
  it('groups requests by their place on the chain of answers', () => {
    const a = req(0, 100);
    const b = req(1, 101);
    const c = req(105, 205);
    const d = req(210, 300);
    expect(roundsOf([d, c, b, a])).toEqual([[a, b], [c], [d]]);
    expect(roundsOf([])).toEqual([]);
  });

  it('names a call by its resource, without the division', () => {
    expect(callName(req(0, 1, '/api/v1/4133185/vat/VATCodes', '?$select=Code'))).toBe('GET vat/VATCodes');
    expect(callName(req(0, 1, '/api/v1/current/Me'))).toBe('GET current/Me');
    expect(callName(req(0, 1, '/api/v1/1/logistics/Items', "?$filter=Code eq 'A'"))).toBe("GET logistics/Items ($filter: Code eq 'A')");
  });
});

describe('table helpers', () => {
  it('pads columns and shows a spread only when runs disagree', () => {
    expect(table(['a', 'bb'], [['x', '1'], ['yyy', '22']], [1]).split('\n')).toEqual(['a     bb', '---   --', 'x      1', 'yyy   22']);
    expect(spread([2, 2], 2)).toBe('2');
    expect(spread([2, 3, 2], 2)).toBe('2 (2–3)');
  });
});
