/**
 * All user-visible texts, Dutch and English. Each area keeps its own catalog file beside its code;
 * this file only merges them. Keys are namespaced ("check.3.fail.cancelled", "panel.copy").
 */
import { checkTexts } from '../checks/texts';
import { failureTexts } from './failure-texts';

export type Lang = 'nl' | 'en';
export type Catalog = Record<string, string>;
export interface AreaTexts {
  en: Catalog;
  nl: Catalog;
}

const areas: AreaTexts[] = [checkTexts, failureTexts];

export const catalogs: Record<Lang, Catalog> = {
  en: Object.assign({}, ...areas.map((a) => a.en)) as Catalog,
  nl: Object.assign({}, ...areas.map((a) => a.nl)) as Catalog,
};
