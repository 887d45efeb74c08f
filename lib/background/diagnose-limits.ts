import { z } from 'zod';

/**
 * How often one tab may ask for a diagnosis (M4). A page script cannot reach the panel's buttons,
 * but a broken page or a stuck key could still fire the port; every diagnosis costs Exact calls
 * from a budget of 60 a minute and 5,000 a day, and "Check again" also drops the cached master
 * data. So, per tab: at most MAX_PER_WINDOW diagnoses in WINDOW_MS (beyond that: refused, with the
 * time to wait), and at most MAX_FRESH_PER_MINUTE that drop the cache (beyond that: answered from
 * the cache). The counters live in storage.session: a restarted worker keeps them, a restarted
 * browser starts afresh.
 */
export const WINDOW_MS = 10_000;
export const MAX_PER_WINDOW = 30;
export const FRESH_WINDOW_MS = 60_000;
export const MAX_FRESH_PER_MINUTE = 4;

const HistorySchema = z.object({ all: z.array(z.number()).max(MAX_PER_WINDOW), fresh: z.array(z.number()).max(MAX_FRESH_PER_MINUTE) });
type History = z.infer<typeof HistorySchema>;

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type Admission = { ok: true; fresh: boolean } | { ok: false; retryAt: number };

const keyOf = (tabId: number) => `diagnose-limits:${tabId}`;

export async function admitDiagnosis(area: SessionArea, tabId: number, fresh: boolean, now: number): Promise<Admission> {
  const key = keyOf(tabId);
  const stored = HistorySchema.safeParse((await area.get(key))[key]);
  const history: History = stored.success ? stored.data : { all: [], fresh: [] };
  const all = history.all.filter((t) => now - t < WINDOW_MS);
  if (all.length >= MAX_PER_WINDOW) return { ok: false, retryAt: all[0]! + WINDOW_MS };
  const recentFresh = history.fresh.filter((t) => now - t < FRESH_WINDOW_MS);
  const allowFresh = fresh && recentFresh.length < MAX_FRESH_PER_MINUTE;
  await area.set({ [key]: { all: [...all, now], fresh: allowFresh ? [...recentFresh, now] : recentFresh } });
  return { ok: true, fresh: allowFresh };
}
