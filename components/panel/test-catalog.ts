/**
 * Test-only: a catalog with stable check texts, so panel and report tests do not depend on the
 * wording in lib/checks/texts.ts. Used from a vi.mock of lib/i18n/catalog (see the test files).
 * Imports nothing that imports the catalog, so the mock factory can load it.
 */
import type { AreaTexts, Catalog, Lang } from '../../lib/i18n/catalog';

const checkTitles = {
  en: ['Recently installed', 'Shop URL or API key changed', 'Order status', 'VAT codes and GL accounts', 'Same reference already present', 'Country present', 'Articles active and known', 'Articles linked to the warehouse'],
  nl: ['Recent geïnstalleerd', 'Winkel-URL of API-sleutel gewijzigd', 'Bestelstatus', 'Btw-codes en grootboekrekeningen', 'Zelfde referentie al aanwezig', 'Land aanwezig', 'Artikelen actief en bekend', 'Artikelen gekoppeld aan het magazijn'],
};

const titles = (lang: Lang): Catalog => Object.fromEntries(checkTitles[lang].map((title, i) => [`check.${i + 1}.title`, title]));

export const testCheckTexts: AreaTexts = {
  en: {
    ...titles('en'),
    'outcome.pass': 'OK', 'outcome.fail': 'Problem', 'outcome.warn': 'Attention', 'outcome.not-applicable': 'Not applicable', 'outcome.error': 'Could not check',
    'verdict.already-imported': 'Already imported as {document}',
    'verdict.will-not-import': 'Will not import: {check}',
    'verdict.cannot-tell': 'Cannot tell: {checks}',
    'verdict.will-import': 'Will import on the next run',
    'verdict.will-import-after-article-import': 'Will import once the article import has finished',
    'document.sales-order': 'sales order {number}', 'document.sales-invoice': 'sales invoice {number}', 'document.sales-entry': 'sales entry {number}',
    'test.summary.ok': 'Nothing wrong here.',
    'test.summary.status': 'The order is {status}; the connector imports from {threshold}.',
    'test.fix.status': 'Mark the order as paid, or lower the status threshold in the connector.',
    'test.summary.sku': 'Line “{name}” has no SKU.',
    'test.fix.sku': 'Give the product a SKU that exists as an item code in Exact.',
    'test.summary.failed': 'Exact Online had a server error.',
    'test.summary.imported': 'Found as {number}.',
    'test.summary.na': 'Only for the Handel edition.',
    'test.evidence.status': 'Order status', 'test.evidence.threshold': 'Connector imports from', 'test.evidence.call': 'Failed call', 'test.evidence.document': 'Sales invoice',
  },
  nl: {
    ...titles('nl'),
    'outcome.pass': 'In orde', 'outcome.fail': 'Probleem', 'outcome.warn': 'Let op', 'outcome.not-applicable': 'Niet van toepassing', 'outcome.error': 'Kon niet controleren',
    'verdict.already-imported': 'Al geïmporteerd als {document}',
    'verdict.will-not-import': 'Wordt niet geïmporteerd: {check}',
    'verdict.cannot-tell': 'Niet te zeggen: {checks}',
    'verdict.will-import': 'Wordt bij de volgende ronde geïmporteerd',
    'verdict.will-import-after-article-import': 'Wordt geïmporteerd zodra de artikelimport klaar is',
    'document.sales-order': 'verkooporder {number}', 'document.sales-invoice': 'verkoopfactuur {number}', 'document.sales-entry': 'verkoopboeking {number}',
    'test.summary.ok': 'Hier is niets mis.',
    'test.summary.status': 'De bestelling is {status}; de koppeling importeert vanaf {threshold}.',
    'test.fix.status': 'Zet de bestelling op betaald, of verlaag de statusdrempel in de koppeling.',
    'test.summary.sku': 'Regel “{name}” heeft geen artikelcode.',
    'test.fix.sku': 'Geef het product een artikelcode die in Exact bestaat.',
    'test.summary.failed': 'Exact Online had een serverfout.',
    'test.summary.imported': 'Gevonden als {number}.',
    'test.summary.na': 'Alleen voor de editie Handel.',
    'test.evidence.status': 'Bestelstatus', 'test.evidence.threshold': 'Koppeling importeert vanaf', 'test.evidence.call': 'Mislukte aanvraag', 'test.evidence.document': 'Verkoopfactuur',
  },
};

/** The real catalogs (the panel's own texts included), with the stable test check texts on top. */
export function withTestTexts<T extends { catalogs: Record<Lang, Catalog> }>(original: T): T {
  const merge = (lang: Lang): Catalog => ({ ...original.catalogs[lang], ...testCheckTexts[lang] });
  return { ...original, catalogs: { en: merge('en'), nl: merge('nl') } };
}
