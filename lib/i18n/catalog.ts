/**
 * All user-visible texts, Dutch and English. Each area keeps its own catalog file beside its code;
 * this file only merges them. Keys are namespaced ("check.3.fail.cancelled", "panel.copy").
 * The panel's, the options page's and the popup's texts are plain data in components/; importing
 * them here keeps one catalog for every surface. lib/i18n/catalog.test.ts fails on any key the
 * code uses that no area defines.
 */
import { optionsTexts } from '../../components/options/texts';
import { panelTexts } from '../../components/panel/texts';
import { popupTexts } from '../../components/popup/texts';
import { checkTexts } from '../checks/texts';
import { configTexts } from '../config/texts';
import { shopDescriptors } from '../shops/descriptors';
import { syncTexts } from '../sync/texts';
import { failureTexts } from './failure-texts';

export type Lang = 'nl' | 'en';
export type Catalog = Record<string, string>;
export interface AreaTexts {
  en: Catalog;
  nl: Catalog;
}

/** Every area, and each shop platform's own texts (its descriptor's, lib/shops/<platform>/descriptor.ts). */
export const areas: readonly AreaTexts[] = [
  checkTexts,
  failureTexts,
  configTexts,
  panelTexts,
  optionsTexts,
  popupTexts,
  syncTexts,
  ...shopDescriptors.map((d) => d.texts),
];

export const catalogs: Record<Lang, Catalog> = {
  en: Object.assign({}, ...areas.map((a) => a.en)) as Catalog,
  nl: Object.assign({}, ...areas.map((a) => a.nl)) as Catalog,
};
