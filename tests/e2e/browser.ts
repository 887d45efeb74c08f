import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

/** Launches the built extension in Debian's Chromium, with the sandbox playing the real hosts. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface LaunchOptions {
  hostResolverRules: string;
  headless?: boolean;
  locale?: string;
}

export async function launchWithExtension(options: LaunchOptions): Promise<BrowserContext> {
  const headless = options.headless ?? true;
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: false, // the flag below selects the new headless mode, which can load extensions
    ignoreHTTPSErrors: true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${options.hostResolverRules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}
