/**
 * Test helpers for the texts a result carries: every message must exist in both catalogs and
 * render without a left-over `{placeholder}`.
 */
import { catalogs } from '../../i18n/catalog';
import type { Message } from '../../i18n/message';
import { translate } from '../../i18n/translate';
import type { CheckResult } from '../types';

export function messagesOf(result: CheckResult): Message[] {
  return [result.summary, ...(result.fix ? [result.fix] : []), ...result.evidence.map((e) => e.label)];
}

/** Problems with the result's texts; empty when every text renders fully in English and Dutch. */
export function textProblems(result: CheckResult): string[] {
  const problems: string[] = [];
  for (const message of messagesOf(result)) {
    for (const lang of ['en', 'nl'] as const) {
      const template = catalogs[lang][message.key];
      if (template === undefined) {
        problems.push(`${lang}: missing key ${message.key}`);
        continue;
      }
      // Judged on the template, not the rendered text: a value may itself look like "{0}".
      const unfilled = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((name) => message.params?.[name] === undefined);
      if (unfilled.length > 0) problems.push(`${lang}: ${message.key} leaves ${unfilled.join(', ')} unfilled: ${translate(message, lang)}`);
    }
  }
  return problems;
}

/** The evidence as "key=value" strings, for compact assertions. */
export function evidenceOf(result: CheckResult): string[] {
  return result.evidence.map((e) => `${e.label.key}=${e.value}`);
}
