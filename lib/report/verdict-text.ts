/**
 * The overall verdict as one sentence, shared by the panel's banner and the copied report, so
 * both always say the same thing.
 */
import type { Verdict } from '../checks/types';
import { msg } from '../i18n/message';
import { translate, type Lang } from '../i18n/translate';
import type { AccountingDocument, DocumentType } from '../model/accounting';

/** Listed key by key, so a catalog scan sees every one. */
const DOCUMENT_KEYS: Record<DocumentType, string> = {
  'sales-order': 'document.sales-order',
  'sales-invoice': 'document.sales-invoice',
  'sales-entry': 'document.sales-entry',
};

/** "sales invoice 20240012", in the reader's language. */
export function documentName(document: AccountingDocument, lang: Lang): string {
  return translate(msg(DOCUMENT_KEYS[document.type], { number: document.number }), lang);
}

export function checkTitle(checkId: number, lang: Lang): string {
  return translate(msg(`check.${checkId}.title`), lang);
}

export function verdictHeadline(verdict: Verdict, lang: Lang): string {
  switch (verdict.kind) {
    case 'already-imported':
      return translate(msg('verdict.already-imported', { document: documentName(verdict.document, lang) }), lang);
    case 'will-not-import':
      return translate(msg('verdict.will-not-import', { check: checkTitle(verdict.checkId, lang) }), lang);
    case 'cannot-tell': {
      // A headline, not a list: past two checks the rows below say which ones.
      const [first, second, ...rest] = verdict.checkIds.map((id) => checkTitle(id, lang));
      const checks = [first, second].filter((title) => title !== undefined).join(', ');
      if (rest.length === 0) return translate(msg('verdict.cannot-tell', { checks }), lang);
      return translate(msg('verdict.cannot-tell-more', { checks, more: rest.length }), lang);
    }
    case 'will-import':
      return translate(msg(verdict.afterArticleImport ? 'verdict.will-import-after-article-import' : 'verdict.will-import'), lang);
  }
}
