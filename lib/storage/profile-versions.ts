import { ConnectionProfileSchema, type ConnectionProfile } from '../model/connection';
import { migrateRow, type RowMigrations } from './row-migrations';

/**
 * Versions of a stored connection profile:
 * 1 — written by every release before rows carried a version (no `schemaVersion` on the row);
 * 2 — the same profile, on a row that says its version.
 * A change to ConnectionProfileSchema that an old row would not pass means a new version and a step
 * here, tested with a captured sample of the old shape.
 */
export const PROFILE_MIGRATIONS: RowMigrations = {
  current: 2,
  steps: {
    1: (value) => value,
  },
};

export type ProfileRead =
  | { ok: true; profile: ConnectionProfile }
  | { ok: false; reason: 'newer-version' | 'no-step' | 'step-failed' | 'invalid'; label: string | null };

/** A stored profile as today's code reads it, or why it cannot be read (with its label, if it has one). */
export function readStoredProfile(value: unknown, schemaVersion: number | undefined): ProfileRead {
  const label = labelOf(value);
  const migrated = migrateRow(value, schemaVersion, PROFILE_MIGRATIONS);
  if (!migrated.ok) return { ok: false, reason: migrated.reason, label };
  const parsed = ConnectionProfileSchema.safeParse(migrated.value);
  return parsed.success ? { ok: true, profile: parsed.data } : { ok: false, reason: 'invalid', label };
}

/** The merchant's name for a connection whose row cannot be read, so the options page can name it. */
function labelOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('label' in value)) return null;
  const label = (value as { label: unknown }).label;
  return typeof label === 'string' && label.trim() !== '' ? label.trim().slice(0, 100) : null;
}
