import type { AreaTexts } from '../../lib/i18n/catalog';

/**
 * The toolbar popup's words and the toolbar badge's tooltip (popup.badge.*, used by
 * lib/sync/badge.ts), English and Dutch side by side. Dutch in the u-form; "de koppeling" is the
 * connector, "de webwinkel" the shop, "order" as in the check texts. Every key is written out
 * literally in the code (tables, not templates), so lib/i18n/catalog.test.ts finds each use.
 */

type Pair = readonly [en: string, nl: string];

const page: Record<string, Pair> = {
  'popup.brand': ['import-doctor', 'import-doctor'],
  'popup.title': ['Orders in Exact Online', 'Orders in Exact Online'],
  'popup.settings': ['Settings', 'Instellingen'],
  'popup.loading': ['Loading…', 'Laden…'],
  'popup.connections': ['Connections', 'Koppelingen'],
  'popup.empty.title': ['No connections yet', 'Nog geen koppelingen'],
  'popup.empty.body': [
    'Set up a connection between your shop and Exact Online, and import-doctor keeps an eye on your recent orders from here.',
    'Stel een koppeling in tussen uw webwinkel en Exact Online, dan houdt import-doctor hier uw recente orders in de gaten.',
  ],
  'popup.empty.action': ['Set up a connection', 'Koppeling instellen'],
};

const connection: Record<string, Pair> = {
  'popup.health.label': ['Access', 'Toegang'],
  'popup.health.ok': ['{name} OK', '{name} in orde'],
  'popup.health.refused': ['{name} refuses access', '{name} weigert toegang'],
  'popup.health.unknown': ['{name} not checked yet', '{name} nog niet gecontroleerd'],
  'popup.health.refused-hint': ['Enter new credentials in the settings', 'Vul nieuwe inloggegevens in bij de instellingen'],
  'popup.last.at': ['Checked {ago}', 'Gecontroleerd {ago}'],
  'popup.last.never': ['No complete check yet', 'Nog geen volledige controle'],
  'popup.next.at': ['next check {when}', 'volgende controle {when}'],
  'popup.next.due': ['next check due now', 'volgende controle staat klaar'],
  'popup.budget': ['Exact Online calls left today: {remaining} of {limit}.', 'Aanvragen bij Exact Online over voor vandaag: {remaining} van {limit}.'],
  'popup.budget.low': ['Few left: checks pause when they run out.', 'Nog weinig: de controles pauzeren als ze op zijn.'],
  'popup.documents-feed.sync': [
    'Exact Online documents read through the sync API: this administration does not filter its bulk list by date, so a check reads more.',
    'Documenten uit Exact Online gelezen via de sync-API: deze administratie filtert haar bulklijst niet op datum, dus een controle leest meer.',
  ],
  'popup.documents-feed.normal-fallback': [
    'Exact Online invoices read from the normal invoice list: this administration does not filter its bulk list by date, so a check takes more calls (60 invoices a call instead of 1000).',
    'Facturen uit Exact Online gelezen via de gewone factuurlijst: deze administratie filtert haar bulklijst niet op datum, dus een controle doet meer aanvragen (60 facturen per aanvraag in plaats van 1000).',
  ],
  'popup.no-run': [
    'Not checked yet. The first check starts by itself shortly, or press “Check now”.',
    'Nog niet gecontroleerd. De eerste controle start binnenkort vanzelf, of klik op ‘Nu controleren’.',
  ],
  'popup.run-now': ['Check now', 'Nu controleren'],
  'popup.run-now.label': ['Check now: {label}', 'Nu controleren: {label}'],
  'popup.run-now.starting': ['Starting…', 'Wordt gestart…'],
};

const counts: Record<string, Pair> = {
  'popup.counts.title': ['Orders of the last {days} days', 'Orders van de afgelopen {days} dagen'],
  'popup.class.imported': ['Imported', 'Geïmporteerd'],
  'popup.class.missing': ['Missing', 'Ontbreekt'],
  'popup.class.waiting': ['Waiting', 'Wacht'],
  'popup.class.before-install': ['Before install', 'Vóór installatie'],
  'popup.class.cannot-tell': ['Cannot tell', 'Onbekend'],
  'popup.class-hint.imported': ['Found in Exact Online', 'Gevonden in Exact Online'],
  'popup.class-hint.missing': ['Should be in Exact Online, but is not', 'Hoort in Exact Online te staan, maar staat er niet in'],
  'popup.class-hint.waiting': [
    'Has not reached the status the connector imports from yet',
    'Heeft de status vanaf waar de koppeling importeert nog niet bereikt',
  ],
  'popup.class-hint.before-install': [
    'Placed before the connector was installed: not imported automatically',
    'Geplaatst vóór de installatie van de koppeling: wordt niet automatisch geïmporteerd',
  ],
  'popup.class-hint.cannot-tell': [
    'Could not be checked, for example because a service did not answer',
    'Kon niet worden gecontroleerd, bijvoorbeeld omdat een dienst niet antwoordde',
  ],
};

/** Days of the window the shop could not be read for (components/popup/unread-days.tsx). */
const unread: Record<string, Pair> = {
  'popup.unread.error': [
    '{platform} answered with an error for {count} day(s) of this period ({from} – {to}), so the counts below may be incomplete. The next check asks for those days again.',
    '{platform} gaf een foutmelding voor {count} dag(en) van deze periode ({from} – {to}), dus de aantallen hieronder zijn mogelijk onvolledig. De volgende controle vraagt die dagen opnieuw op.',
  ],
  'popup.unread.too-old': [
    '{platform} no longer lists changes for {count} day(s) of this period ({from} – {to}): the counts below leave out orders last changed on those days. Shorten the period in the settings to match.',
    '{platform} toont geen wijzigingen meer voor {count} dag(en) van deze periode ({from} – {to}): de aantallen hieronder laten orders weg die op die dagen voor het laatst zijn gewijzigd. Kort de periode in bij de instellingen.',
  ],
};

const run: Record<string, Pair> = {
  'popup.progress.label': ['Check in progress', 'Controle bezig'],
  'popup.phase.orders': ['Reading orders from {platform}', 'Orders lezen uit {platform}'],
  'popup.phase.documents': ['Reading sales documents from Exact Online', 'Verkoopdocumenten lezen uit Exact Online'],
  'popup.phase.classify': ['Comparing orders with Exact Online', 'Orders vergelijken met Exact Online'],
  'popup.phase.done': ['Finishing', 'Afronden'],
  'popup.progress.read': ['{orders} orders read', '{orders} orders gelezen'],
  'popup.progress.compared': ['{done} of {orders} orders compared', '{done} van {orders} orders vergeleken'],
  'popup.paused.rate-limit': [
    'Paused: the shop or Exact Online asked for fewer requests at a time. Continues {when}.',
    'Gepauzeerd: de webwinkel of Exact Online vroeg om minder aanvragen tegelijk. Gaat verder {when}.',
  ],
  'popup.paused.daily-budget': [
    'Paused: today’s calls to Exact Online are used up. Continues {when}.',
    'Gepauzeerd: de aanvragen bij Exact Online voor vandaag zijn op. Gaat verder {when}.',
  ],
  'popup.paused.error-budget': [
    'Paused: Exact Online refused one kind of request too often this hour; import-doctor waits so that Exact does not block it. Continues {when}.',
    'Gepauzeerd: Exact Online weigerde één soort aanvraag dit uur te vaak; import-doctor wacht, zodat Exact het niet blokkeert. Gaat verder {when}.',
  ],
  'popup.paused.offline': [
    'Paused: no internet connection. Tries again {when}.',
    'Gepauzeerd: geen internetverbinding. Probeert het opnieuw {when}.',
  ],
  'popup.paused.server': [
    'Paused: the shop or Exact Online had a server error. Tries again {when}.',
    'Gepauzeerd: de webwinkel of Exact Online had een serverfout. Probeert het opnieuw {when}.',
  ],
  'popup.failure.head': ['The last check did not finish.', 'De laatste controle is niet afgerond.'],
  'popup.technical': ['Technical detail', 'Technische details'],
  'popup.technical.call': ['Call', 'Aanvraag'],
  'popup.technical.status': ['HTTP status', 'HTTP-status'],
  'popup.technical.detail': ['Detail', 'Detail'],
};

const time: Record<string, Pair> = {
  'popup.ago.just-now': ['just now', 'zojuist'],
  'popup.when.soon': ['in a moment', 'zo meteen'],
  'popup.when.today': ['at {time}', 'om {time}'],
  'popup.when.tomorrow': ['tomorrow at {time}', 'morgen om {time}'],
  'popup.when.later': ['on {date} at {time}', 'op {date} om {time}'],
};

const missing: Record<string, Pair> = {
  'popup.missing.title': ['Missing orders', 'Ontbrekende orders'],
  'popup.missing.count': ['{missing} missing', '{missing} ontbrekend'],
  'popup.missing.count-unknown': ['{unknown} cannot tell', '{unknown} onbekend'],
  'popup.missing.none': [
    'No missing orders. Every recent order is in Exact Online, still waiting for its status, or from before the installation.',
    'Geen ontbrekende orders. Elke recente order staat in Exact Online, wacht nog op de juiste status of is van vóór de installatie.',
  ],
  'popup.missing.not-checked': ['Missing orders appear here after the first check.', 'Ontbrekende orders verschijnen hier na de eerste controle.'],
  'popup.missing.hint': [
    'Open an order: its page in the shop shows why it did not reach Exact Online.',
    'Open een order: de orderpagina in de webwinkel laat zien waarom deze Exact Online niet bereikte.',
  ],
  'popup.missing.order': ['Order {number}', 'Order {number}'],
  'popup.missing.tag-cannot-tell': ['Cannot tell', 'Onbekend'],
  'popup.missing.opens': ['opens the order page in {platform}', 'opent de orderpagina in {platform}'],
  'popup.missing.no-reason': ['No reason recorded. Open the order to check it.', 'Geen reden vastgelegd. Open de order om deze te controleren.'],
  'popup.missing.show-all': ['Show all {count}', 'Alle {count} tonen'],
  'popup.missing.more': ['{count} older not shown.', 'Nog {count} oudere niet getoond.'],
};

/** The toolbar badge's tooltip (lib/sync/badge.ts). */
const badge: Record<string, Pair> = {
  'popup.badge.missing': ['import-doctor — missing in Exact Online: {missing}', 'import-doctor — ontbrekend in Exact Online: {missing}'],
  'popup.badge.missing-unknown': [
    'import-doctor — missing in Exact Online: {missing}; cannot tell: {unknown}',
    'import-doctor — ontbrekend in Exact Online: {missing}; niet vast te stellen: {unknown}',
  ],
  'popup.badge.unknown': [
    'import-doctor — nothing found missing; cannot tell: {unknown}',
    'import-doctor — niets ontbrekend gevonden; niet vast te stellen: {unknown}',
  ],
  'popup.badge.ok': ['import-doctor — no missing orders', 'import-doctor — geen ontbrekende orders'],
  'popup.badge.idle': ['import-doctor — not checked yet', 'import-doctor — nog niet gecontroleerd'],
};

const all: Record<string, Pair> = { ...page, ...connection, ...counts, ...unread, ...run, ...time, ...missing, ...badge };

export const popupTexts: AreaTexts = {
  en: Object.fromEntries(Object.entries(all).map(([key, [en]]) => [key, en])),
  nl: Object.fromEntries(Object.entries(all).map(([key, [, nl]]) => [key, nl])),
};
