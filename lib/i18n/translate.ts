import type { Message } from './message';
import { catalogs, type Lang } from './catalog';

export type { Lang };

/** Picks Dutch for any nl-* browser language, English otherwise. */
export function langFrom(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/**
 * Renders a message in the given language. `{name}` placeholders are replaced by params.
 * A key missing from the catalog renders as the key itself, so a gap shows instead of crashing
 * (the catalog test makes such gaps fail CI).
 */
export function translate(message: Message, lang: Lang): string {
  const template = catalogs[lang][message.key] ?? catalogs.en[message.key] ?? message.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    return value === undefined ? whole : String(value);
  });
}
