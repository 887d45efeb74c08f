/**
 * Words for the verdict: each check's title, and the headline that heads the panel and the report
 * ("Already imported as sales invoice 20240012", "Will not import: Order status"). Titles and
 * document names are translated first, then placed into the headline.
 */
import { msg, type Message } from '../i18n/message';
import { translate, type Lang } from '../i18n/translate';
import type { AccountingDocument, DocumentType } from '../model/accounting';
import type { CheckId, Outcome, Verdict } from './types';

const TITLES: Record<CheckId, Message> = {
  1: msg('check.1.title'),
  2: msg('check.2.title'),
  3: msg('check.3.title'),
  4: msg('check.4.title'),
  5: msg('check.5.title'),
  6: msg('check.6.title'),
  7: msg('check.7.title'),
  8: msg('check.8.title'),
};

const OUTCOMES: Record<Outcome, Message> = {
  pass: msg('outcome.pass'),
  fail: msg('outcome.fail'),
  warn: msg('outcome.warn'),
  'not-applicable': msg('outcome.not-applicable'),
  error: msg('outcome.error'),
};

const DOCUMENTS: Record<DocumentType, (number: string) => Message> = {
  'sales-order': (number) => msg('document.sales-order', { number }),
  'sales-invoice': (number) => msg('document.sales-invoice', { number }),
  'sales-entry': (number) => msg('document.sales-entry', { number }),
};

export function checkTitle(id: number): Message {
  return TITLES[id as CheckId] ?? msg('check.error.internal');
}

export function outcomeLabel(outcome: Outcome): Message {
  return OUTCOMES[outcome];
}

export function documentName(document: AccountingDocument): Message {
  return DOCUMENTS[document.type](document.number);
}

/** The verdict as one line in the reader's language. */
export function verdictHeadline(verdict: Verdict, lang: Lang): string {
  const t = (message: Message): string => translate(message, lang);
  switch (verdict.kind) {
    case 'already-imported':
      return t(msg('verdict.already-imported', { document: t(documentName(verdict.document)) }));
    case 'will-not-import':
      return t(msg('verdict.will-not-import', { check: t(checkTitle(verdict.checkId)) }));
    case 'cannot-tell':
      return t(msg('verdict.cannot-tell', { checks: verdict.checkIds.map((id) => t(checkTitle(id))).join(', ') }));
    case 'will-import':
      return verdict.afterArticleImport ? t(msg('verdict.will-import-after-article-import')) : t(msg('verdict.will-import'));
  }
}
