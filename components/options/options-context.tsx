import { createContext, useContext } from 'react';
import { msg, type Message } from '../../lib/i18n/message';
import { translate, type Lang } from '../../lib/i18n/translate';
import type { SendSettingsMessage } from '../../lib/messaging/protocol';
import type { SiteAccess } from './site-access';

/** What every options component needs: the way to the background, and the reader's language. */
export interface OptionsEnv {
  send: SendSettingsMessage;
  lang: Lang;
  /** Host permission for shops on their own domain; absent in tests that do not need it. */
  siteAccess?: SiteAccess;
}

export const OptionsContext = createContext<OptionsEnv | null>(null);

export function useOptions(): OptionsEnv {
  const env = useContext(OptionsContext);
  if (!env) throw new Error('OptionsContext missing');
  return env;
}

export type Translate = (message: Message | string, params?: Record<string, string | number>) => string;

/** `t('options.save')` or `t(answer.error)`: rendered in the reader's language. */
export function useT(): Translate {
  const { lang } = useOptions();
  return (message, params) => translate(typeof message === 'string' ? msg(message, params) : message, lang);
}
