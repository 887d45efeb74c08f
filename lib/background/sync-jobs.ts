import { browser } from '#imports';
import { accountingFor } from '../accounting/registry';
import { translate, langFrom } from '../i18n/translate';
import type { ConnectionProfile } from '../model/connection';
import type { Failure } from '../model/fetched';
import { defaultHttpDeps } from '../net/http';
import { adapterFor } from '../shops/registry';
import { listProfiles } from '../storage/profiles';
import { readSecret } from '../storage/secrets';
import { badgeFor } from '../sync/badge';
import { advanceRun, isActive, startRun, type SyncDeps } from '../sync/run';
import { listRuns, listStatuses, readRun, readSettings, readStatus, writeRun } from '../sync/store';
import { ownDomainAccessFailure } from './own-domain-pages';

/**
 * The reconciliation's schedule. One alarm ticks every minute; each tick resumes what a stopped
 * worker left unfinished, wakes paused runs whose wait is over, and starts the runs that are due
 * (every `intervalMinutes` per connection). Nothing is kept in memory but a lock per connection.
 */
export const SYNC_ALARM = 'sync:tick';
/** One-shot: the moment the earliest paused run may go on (the browser may round it up). */
export const WAKE_ALARM = 'sync:wake';
const running = new Map<string, Promise<void>>();

async function clientsFor(profile: ConnectionProfile): ReturnType<SyncDeps['clientsFor']> {
  const adapter = adapterFor(profile.platform);
  const missing = (side: Failure['side'], detail: string): Failure => ({ kind: 'not-connected', side, call: 'reconciliation', httpStatus: null, detail });
  if (!adapter) return missing('shop', `no adapter for ${profile.platform}`);
  const credentials = await readSecret(profile.id, 'shop', adapter.credentialsSchema);
  if (credentials === null) return missing('shop', 'no shop credentials stored');
  const denied = await ownDomainAccessFailure(profile);
  if (denied) return denied;
  return {
    adapter,
    shop: adapter.createClient(profile, credentials, defaultHttpDeps),
    accounting: accountingFor(profile).createClient(profile, profile.id, defaultHttpDeps),
  };
}

async function deps(): Promise<SyncDeps> {
  return { now: Date.now, newRunId: () => crypto.randomUUID(), settings: await readSettings(), clientsFor };
}

/**
 * Starts the connection's run (or goes on with the one under way) and works on it. One at a time
 * per connection: an alarm and a "Run now" never run the same connection twice.
 */
function runConnection(profile: ConnectionProfile, d: SyncDeps): Promise<void> {
  const current = running.get(profile.id);
  if (current) return current;
  const work = async () => {
    await startRun(profile, d);
    await advanceRun(profile, d);
  };
  const next = work()
    .catch((error: unknown) => console.error('[import-doctor] reconciliation failed', error))
    .finally(() => {
      running.delete(profile.id);
      void updateBadge();
      void scheduleWake();
    });
  running.set(profile.id, next);
  return next;
}

async function isDue(profile: ConnectionProfile, now: number): Promise<boolean> {
  const status = await readStatus(profile.id);
  return status?.nextDueAt == null || Date.parse(status.nextDueAt) <= now;
}

/** The alarm's work, also run when the worker starts. */
export async function tickSync(): Promise<void> {
  const d = await deps();
  await Promise.all(
    (await listProfiles()).map(async (profile) => {
      const run = await readRun(profile.id);
      if (!isActive(run) && !(await isDue(profile, d.now()))) return;
      await runConnection(profile, d);
    }),
  );
}

/** "Run now" from the popup: starts a run (or continues the one going) without waiting for it. */
export async function runSyncNow(profile: ConnectionProfile): Promise<void> {
  const d = await deps();
  const run = await readRun(profile.id);
  // A paused run is woken: the merchant asked, and the API will say again if it is too soon.
  if (isActive(run) && run.pausedUntil !== null) {
    await writeRun({ ...run, pausedUntil: null, pauseReason: null });
  }
  void runConnection(profile, d);
}

/** Wakes the worker when the earliest paused run may continue, instead of at the next tick. */
async function scheduleWake(): Promise<void> {
  const until = (await listRuns())
    .filter((run) => isActive(run) && run.pausedUntil !== null)
    .map((run) => Date.parse(run.pausedUntil!))
    .sort((a, b) => a - b)[0];
  if (until === undefined) await browser.alarms.clear(WAKE_ALARM);
  else await browser.alarms.create(WAKE_ALARM, { when: Math.max(until, Date.now() + 1000) });
}

export async function updateBadge(): Promise<void> {
  const badge = badgeFor(await listStatuses());
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setTitle({ title: translate(badge.title, langFrom(browser.i18n.getUILanguage())) });
}

/** Call synchronously from the background's main: the alarm listener must exist at wake-up. */
export function registerSyncJobs(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM || alarm.name === WAKE_ALARM) void tickSync();
  });
  void browser.alarms.get(SYNC_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1, delayInMinutes: 1 });
  });
  // A worker that was stopped mid-run picks it up as soon as it is woken for anything.
  void tickSync();
}
