import { createContext, useContext, useEffect, useState } from 'react';
import type { BudgetSummary } from '../../lib/sync/popup-view';
import { msg, type Message } from '../../lib/i18n/message';
import { translate, type Lang } from '../../lib/i18n/translate';
import type { Answer } from '../../lib/messaging/protocol';

/**
 * What the popup asks of the world, injected by entrypoints/popup (tests pass fakes). Components
 * never call `browser.*` themselves.
 */
export interface PopupActions {
  /** Ask the background to reconcile this connection now; a refusal says why not. */
  runNow(connectionId: string): Promise<Answer>;
  /** Open an order page in the shop admin (a new tab), where the panel explains the order. */
  openOrder(url: string): Promise<void>;
  /** Open the options page (set up or repair a connection). */
  openOptions(): Promise<void>;
  /** The accounting system's calls left today for a connection; null when not known (yet). */
  budget(connectionId: string): Promise<BudgetSummary | null>;
}

export type Translate = (message: Message | string, params?: Record<string, string | number>) => string;

export interface PopupEnv {
  lang: Lang;
  t: Translate;
  actions: PopupActions;
  /** The clock, ticking (re-rendered every half minute so "5 minutes ago" stays true). */
  now: number;
  /** For tests; the browser's own zone otherwise. */
  timeZone: string | undefined;
}

export const PopupContext = createContext<PopupEnv | null>(null);

export function usePopup(): PopupEnv {
  const env = useContext(PopupContext);
  if (!env) throw new Error('PopupContext missing');
  return env;
}

export function makeTranslate(lang: Lang): Translate {
  return (message, params) => translate(typeof message === 'string' ? msg(message, params) : message, lang);
}

/** The current time, re-read every `everyMs`. */
export function useNow(clock: () => number, everyMs = 30_000): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), everyMs);
    return () => clearInterval(timer);
  }, [clock, everyMs]);
  return now;
}
