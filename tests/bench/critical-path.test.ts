import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../sandbox/core/types';
import { criticalPathDepth, median } from './critical-path';

const req = (at: number, doneAt: number): RequestRecord => ({
  at, doneAt, method: 'GET', host: 'h', path: '/', query: '', side: 'accounting', status: 200, faulted: false,
});

describe('criticalPathDepth', () => {
  it('counts parallel requests as one round trip and dependent ones as more', () => {
    expect(criticalPathDepth([])).toBe(0);
    expect(criticalPathDepth([req(0, 100), req(1, 101), req(2, 102)])).toBe(1);
    expect(criticalPathDepth([req(0, 100), req(1, 101), req(105, 205), req(106, 206)])).toBe(2);
    expect(criticalPathDepth([req(0, 100), req(100, 200), req(200, 300)])).toBe(3);
  });

  it('takes the median of odd and even samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
