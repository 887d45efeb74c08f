import { describe, expect, it } from 'vitest';
import { migrateRow, type RowMigrations } from './row-migrations';

const chain: RowMigrations = {
  current: 3,
  steps: {
    1: (value) => ({ ...(value as object), two: true }),
    2: (value) => ({ ...(value as object), three: true }),
  },
};

describe('migrateRow', () => {
  it('walks an unversioned row through every step, in order', () => {
    expect(migrateRow({ one: true }, undefined, chain)).toEqual({ ok: true, value: { one: true, two: true, three: true } });
  });

  it('starts at the version the row says', () => {
    expect(migrateRow({ two: true }, 2, chain)).toEqual({ ok: true, value: { two: true, three: true } });
    expect(migrateRow({ x: 1 }, 3, chain)).toEqual({ ok: true, value: { x: 1 } });
  });

  it('refuses a row written by a newer version instead of guessing', () => {
    expect(migrateRow({}, 4, chain)).toEqual({ ok: false, reason: 'newer-version', from: 4 });
  });

  it('says so when a step is missing or fails', () => {
    expect(migrateRow({}, 1, { current: 3, steps: { 2: (v) => v } })).toEqual({ ok: false, reason: 'no-step', from: 1 });
    const throwing: RowMigrations = { current: 2, steps: { 1: () => { throw new Error('bad'); } } };
    expect(migrateRow({}, 1, throwing)).toEqual({ ok: false, reason: 'step-failed', from: 1 });
    expect(migrateRow({}, 0.5, chain)).toMatchObject({ ok: false, reason: 'no-step' });
  });
});
