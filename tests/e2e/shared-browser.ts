import type { BrowserContext, Page } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import type { Scenario } from '../sandbox/scenarios/types';
import { extensionIdOf, extensionWorker, launchWithExtension } from './browser';

interface Current {
  key: string;
  context: BrowserContext;
  extensionId: string;
  /** An extension page kept open to reset the extension's own IndexedDB between tests. */
  control: Page;
  scenario: Scenario;
  /** The scenario as loaded: a test that changed the world gets the next test a fresh one. */
  snapshot: string;
}

/**
 * One Chromium (profile, extension, connections) shared by the read-only tests of one scenario and
 * language in a worker, instead of a launch, an options-page setup and an Exact OAuth flow per test.
 *
 * Between two tests it resets what a fresh profile and a freshly loaded sandbox would not have:
 * - sandbox: faults, latency, the request log and Exact's rate-limit windows (a fresh world starts
 *   with full budgets, so each test still sees Exact's real 60 a minute, not the sum of its
 *   neighbours);
 * - extension: the cached master data and what it noted of Exact's budgets and errors, so every
 *   test reads master data from Exact as its own first check does.
 * The connections themselves (settings, keys, Exact tokens) are kept: that is the point.
 * The world is reloaded, and the browser relaunched, when the scenario or language changes, when
 * a test of its own loaded another world, or when a test changed the loaded one.
 */
export class SharedBrowser {
  private current: Current | null = null;

  constructor(private readonly sandbox: Sandbox) {}

  async acquire(name: string, make: () => Scenario, locale: string): Promise<BrowserContext> {
    const key = `${name}|${locale}`;
    const reusable =
      this.current !== null &&
      this.current.key === key &&
      this.sandbox.scenario() === this.current.scenario &&
      JSON.stringify(this.current.scenario) === this.current.snapshot;
    if (reusable) await resetExtensionState(this.current!.control);
    else await this.launch(key, make, locale);
    this.sandbox.faults.clear();
    this.sandbox.setLatency(0);
    this.sandbox.clearRequests();
    this.sandbox.exact.resetRateLimits();
    return this.current!.context;
  }

  extensionId(): string {
    if (!this.current) throw new Error('no shared browser');
    return this.current.extensionId;
  }

  async close(): Promise<void> {
    const current = this.current;
    this.current = null;
    await current?.context.close();
  }

  private async launch(key: string, make: () => Scenario, locale: string): Promise<void> {
    await this.close();
    const scenario = make();
    this.sandbox.load(scenario);
    const context = await launchWithExtension({ hostResolverRules: this.sandbox.hostResolverRules(), locale });
    const extensionId = extensionIdOf(await extensionWorker(context));
    const control = context.pages()[0] ?? (await context.newPage());
    await control.goto(`chrome-extension://${extensionId}/options.html`);
    this.current = { key, context, extensionId, control, scenario, snapshot: JSON.stringify(scenario) };
  }
}

/** Empties the master-data cache and the Exact budget and error notes (lib/accounting/exact). */
function resetExtensionState(control: Page): Promise<void> {
  return control.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('import-doctor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['cache', 'kv'], 'readwrite');
          tx.objectStore('cache').clear();
          const kv = tx.objectStore('kv').openCursor();
          kv.onsuccess = () => {
            const cursor = kv.result;
            if (!cursor) return;
            if (/^exact:.*:(budget|errors:.*)$/.test(String(cursor.key))) cursor.delete();
            cursor.continue();
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
