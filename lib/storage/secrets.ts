import type { z } from 'zod';
import { db } from './db';

/**
 * Credentials by connection and kind ('shop', 'exact-app', 'exact-tokens'). Background only.
 * A record that no longer parses is treated as absent (the merchant reconnects), never trusted.
 */
export async function readSecret<T>(connectionId: string, kind: string, schema: z.ZodType<T>): Promise<T | null> {
  const row = await db().secrets.get(`${connectionId}:${kind}`);
  if (!row) return null;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : null;
}

export async function writeSecret<T>(connectionId: string, kind: string, schema: z.ZodType<T>, value: T): Promise<void> {
  const checked = schema.parse(value);
  await db().secrets.put({ id: `${connectionId}:${kind}`, connectionId, kind, value: checked, updatedAt: Date.now() });
}

export async function deleteSecret(connectionId: string, kind: string): Promise<void> {
  await db().secrets.delete(`${connectionId}:${kind}`);
}

export async function deleteSecretsOf(connectionId: string): Promise<void> {
  await db().secrets.where('connectionId').equals(connectionId).delete();
}
