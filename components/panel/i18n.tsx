import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { msg, type Message } from '../../lib/i18n/message';
import { translate, type Lang } from '../../lib/i18n/translate';

export interface Texts {
  lang: Lang;
  /** A catalog key (with params) or a Message from the diagnosis, in the reader's language. */
  t(key: string | Message, params?: Record<string, string | number>): string;
}

const TextsContext = createContext<Texts | null>(null);

export function TextsProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const texts = useMemo<Texts>(
    () => ({ lang, t: (key, params) => translate(typeof key === 'string' ? msg(key, params) : key, lang) }),
    [lang],
  );
  return <TextsContext.Provider value={texts}>{children}</TextsContext.Provider>;
}

export function useTexts(): Texts {
  const texts = useContext(TextsContext);
  if (!texts) throw new Error('useTexts outside TextsProvider');
  return texts;
}
