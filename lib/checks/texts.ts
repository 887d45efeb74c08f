import type { AreaTexts } from '../i18n/catalog';

export const checkTexts: AreaTexts = { en: {}, nl: {} };
