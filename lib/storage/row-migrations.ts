/**
 * Stored rows carry the schema version they were written in; reading one walks it up to today's
 * version one step at a time. A step is a pure function of the old value, so every step can be
 * tested against a sample captured from the version that wrote it (lib/storage/fixtures/).
 */
export interface RowMigrations {
  /** The version today's code writes. */
  current: number;
  /** `steps[n]` turns a value of version n into one of version n + 1. */
  steps: Readonly<Record<number, (value: unknown) => unknown>>;
}

export type Migrated = { ok: true; value: unknown } | { ok: false; reason: 'newer-version' | 'no-step' | 'step-failed'; from: number };

/** Rows written before versions existed (Dexie version 2 and earlier) count as version 1. */
export const UNVERSIONED = 1;

export function migrateRow(value: unknown, from: number | undefined, migrations: RowMigrations): Migrated {
  let version = from ?? UNVERSIONED;
  if (!Number.isInteger(version) || version < UNVERSIONED) return { ok: false, reason: 'no-step', from: version };
  if (version > migrations.current) return { ok: false, reason: 'newer-version', from: version };
  let current = value;
  while (version < migrations.current) {
    const step = migrations.steps[version];
    if (!step) return { ok: false, reason: 'no-step', from: from ?? UNVERSIONED };
    try {
      current = step(current);
    } catch {
      return { ok: false, reason: 'step-failed', from: from ?? UNVERSIONED };
    }
    version += 1;
  }
  return { ok: true, value: current };
}
