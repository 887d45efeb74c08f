import type { AreaTexts } from '../i18n/catalog';

/** The reconciliation's own reasons (a failing check's reason is that check's summary). */
export const syncTexts: AreaTexts = {
  en: {
    'sync.reason.next-run': 'Nothing blocks this order: it was placed after the connector’s last run and follows with the next one.',
    'sync.reason.article-import': 'Nothing blocks this order: it follows once the connector’s article import has finished.',
    'sync.reason.unexplained':
      'None of the eight checks blocks this order, yet the connector has run since without importing it. Ask the connector’s support to look at it.',
  },
  nl: {
    'sync.reason.next-run': 'Niets houdt deze order tegen: hij is geplaatst na de laatste ronde van de koppeling en gaat mee met de volgende.',
    'sync.reason.article-import': 'Niets houdt deze order tegen: hij volgt zodra de artikelimport van de koppeling is voltooid.',
    'sync.reason.unexplained':
      'Geen van de acht controles houdt deze order tegen, maar de koppeling heeft sindsdien gedraaid zonder hem te importeren. Vraag de support van de koppeling ernaar te kijken.',
  },
};
