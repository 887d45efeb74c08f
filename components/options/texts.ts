import type { AreaTexts } from '../../lib/i18n/catalog';

/**
 * The options page's words, English and Dutch side by side, and the background's answers to it
 * (options.error.*, options.import.*, options.accounting.app-missing / connect-failed). Dutch in the
 * u-form; "de koppeling" is the connector, whose settings the merchant copies from its control panel.
 * Families built at run time: options.edition.<EditionSchema>, options.threshold.<a shop adapter's
 * statusThresholds>, options.mapping.vat|gl.<VatMappingSchema|GlMappingSchema key>
 * (lib/i18n/catalog.test.ts enumerates them from those sources).
 */

type Pair = readonly [en: string, nl: string];

const page: Record<string, Pair> = {
  'options.title': ['import-doctor settings', 'Instellingen van import-doctor'],
  'options.intro': [
    'Add a connection for each shop whose orders go to Exact Online. import-doctor only reads: it never changes anything in your shop or your books.',
    'Voeg een koppeling toe voor elke webwinkel waarvan de orders naar Exact Online gaan. import-doctor leest alleen: er verandert niets in uw webwinkel of uw administratie.',
  ],
  'options.technical-detail': ['Technical detail', 'Technische details'],

  'options.section.shop': ['Shop or marketplace', 'Webwinkel of marketplace'],
  'options.section.accounting': ['Exact Online', 'Exact Online'],
  'options.section.connector': ['Connector settings', 'Koppelingsinstellingen'],
  'options.section.mapping': ['VAT codes and GL accounts', 'Btw-codes en grootboekrekeningen'],
  'options.section.config': ['Configuration file', 'Configuratiebestand'],
};

const list: Record<string, Pair> = {
  'options.list.title': ['Connections', 'Koppelingen'],
  'options.list.add': ['Add connection', 'Koppeling toevoegen'],
  'options.list.empty': [
    'No connections yet. Add one to check orders on their order page.',
    'Nog geen koppelingen. Voeg er een toe om orders op hun orderpagina te controleren.',
  ],
  'options.list.accounting-connected': ['Exact Online connected, administration {division}', 'Exact Online verbonden, administratie {division}'],
  'options.list.accounting-connected-as': [
    'Exact Online connected as {user}, administration {division}',
    'Exact Online verbonden als {user}, administratie {division}',
  ],
  'options.list.shop-credentials-missing': ['no shop credentials yet', 'nog geen inloggegevens van de webwinkel'],
  'options.list.edit': ['Edit', 'Bewerken'],
  'options.list.delete': ['Delete', 'Verwijderen'],
  'options.list.delete-confirm': ['Delete “{label}”?', '‘{label}’ verwijderen?'],
  'options.list.delete-yes': ['Delete', 'Verwijderen'],
  'options.list.delete-no': ['Cancel', 'Annuleren'],
  'options.list.deleted': ['“{label}” has been deleted.', '‘{label}’ is verwijderd.'],
};

const unreadable: Record<string, Pair> = {
  'options.unreadable.title': ['Connections import-doctor cannot read', 'Koppelingen die import-doctor niet kan lezen'],
  'options.unreadable.newer-version': [
    '“{label}” was saved by a newer version of import-doctor. It is kept as it is and not used until you update import-doctor.',
    '“{label}” is opgeslagen door een nieuwere versie van import-doctor. De koppeling blijft bewaard zoals ze is en wordt pas weer gebruikt als u import-doctor bijwerkt.',
  ],
  'options.unreadable.damaged': [
    '“{label}” could not be read: its stored settings are damaged or of an unknown version. It is kept as it is and not used. Delete it and add the connection again, or import your configuration file.',
    '“{label}” kan niet worden gelezen: de opgeslagen instellingen zijn beschadigd of van een onbekende versie. De koppeling blijft bewaard zoals ze is en wordt niet gebruikt. Verwijder haar en voeg de koppeling opnieuw toe, of importeer uw configuratiebestand.',
  ],
  'options.unreadable.unnamed': ['A connection without a name', 'Een koppeling zonder naam'],
};

const form: Record<string, Pair> = {
  'options.form.title': ['Connection', 'Koppeling'],
  'options.form.new-title': ['New connection', 'Nieuwe koppeling'],
  'options.form.edit-title': ['Edit connection', 'Koppeling bewerken'],
  'options.form.label': ['Name', 'Naam'],
  'options.form.label-hint': [
    'For yourself, e.g. “Webshop NL”. Shown in the order panel and in copied reports.',
    'Voor uzelf, bijvoorbeeld ‘Webwinkel NL’. Staat in het orderpaneel en in gekopieerde rapporten.',
  ],
  'options.form.save': ['Save', 'Opslaan'],
  'options.form.close': ['Close', 'Sluiten'],
  'options.form.fix-fields': [
    'Not saved yet: correct the fields marked in red.',
    'Nog niet opgeslagen: corrigeer de rood gemarkeerde velden.',
  ],
  'options.form.saved': ['Saved.', 'Opgeslagen.'],
  'options.form.saved-untested': [
    'Saved, but the new shop credentials could not be tested.',
    'Opgeslagen, maar de nieuwe inloggegevens van de webwinkel konden niet worden getest.',
  ],
};

const shop: Record<string, Pair> = {
  'options.shop.platform': ['Platform', 'Platform'],
  'options.shop.address-url': ['Web address of the shop', 'Webadres van de webwinkel'],
  'options.connector.sku-source': ['Article code taken from', 'Artikelcode overgenomen uit'],
  'options.section.sync': ['Watching recent orders', 'Recente orders in de gaten houden'],
  'options.sync.explained': [
    'In the background import-doctor compares the recent orders of every connection with Exact Online, and the toolbar button shows the missing ones.',
    'Op de achtergrond vergelijkt import-doctor de recente orders van elke koppeling met Exact Online; de knop in de werkbalk toont welke ontbreken.',
  ],
  'options.sync.interval': ['Compare', 'Vergelijken'],
  'options.sync.every-minutes': ['every {minutes} minutes', 'elke {minutes} minuten'],
  'options.sync.window': ['Orders of', 'Orders van'],
  'options.sync.last-days': ['the last {days} days', 'de afgelopen {days} dagen'],
  'options.sync.save': ['Save', 'Opslaan'],
  'options.sync.saved': ['Saved. The next comparison follows these settings.', 'Opgeslagen. De volgende vergelijking volgt deze instellingen.'],
  'options.site.grant': ['Allow import-doctor on {origin}', 'Sta import-doctor toe op {origin}'],
  'options.site.explained': [
    'Your browser asks you once. import-doctor then reads orders there and shows its panel on the order pages; no other site.',
    'Uw browser vraagt het u één keer. Daarna leest import-doctor daar orders en toont het zijn paneel op de orderpagina’s; geen andere website.',
  ],
  'options.site.granted': ['import-doctor may read {origin} and shows its panel there.', 'import-doctor mag {origin} lezen en toont daar zijn paneel.'],
  'options.site.refused': [
    'Not allowed. Without it import-doctor cannot read this shop. Click again to allow it.',
    'Niet toegestaan. Zonder toestemming kan import-doctor deze webwinkel niet lezen. Klik nogmaals om het toe te staan.',
  ],
  // Credential labels, address labels and platform-specific notices live in each platform's descriptor.
  'options.shop.keep-stored': [
    'Stored. Leave empty to keep it, or enter a new value to replace it.',
    'Opgeslagen. Laat leeg om dit te behouden, of vul een nieuwe waarde in om het te vervangen.',
  ],
  'options.shop.not-set': [
    'Not entered yet. import-doctor tests it before saving it.',
    'Nog niet ingevuld. import-doctor test dit voordat het wordt opgeslagen.',
  ],
};

const test: Record<string, Pair> = {
  'options.test.button': ['Test connection', 'Verbinding testen'],
  'options.test.save-first': ['Save the connection first to test it.', 'Sla de koppeling eerst op om de verbinding te testen.'],
  'options.test.running': ['Testing…', 'Bezig met testen…'],
  'options.test.ok': ['The connection works.', 'De verbinding werkt.'],
};

const accounting: Record<string, Pair> = {
  'options.accounting.host': ['Exact Online country (where you sign in)', 'Exact Online-land (waar u inlogt)'],
  'options.accounting.app-explained': [
    'import-doctor reads Exact Online through an app of your own. Register one in the Exact Online App Center with the redirect URL below, then copy its client ID and client secret here.',
    'import-doctor leest Exact Online via een eigen app. Registreer die in het Exact Online App Center met de redirect-URL hieronder en neem daarna de client-ID en het client secret hier over.',
  ],
  'options.accounting.redirect-uri': ['Redirect URL for your Exact app', 'Redirect-URL voor uw Exact-app'],
  'options.accounting.copy': ['Copy', 'Kopiëren'],
  'options.accounting.copied': ['Copied', 'Gekopieerd'],
  'options.accounting.client-id': ['Client ID', 'Client-ID'],
  'options.accounting.client-secret': ['Client secret', 'Client secret'],
  'options.accounting.keep-stored': [
    'Stored. Leave empty to keep the saved app.',
    'Opgeslagen. Laat leeg om de opgeslagen app te behouden.',
  ],
  'options.accounting.connect': ['Connect to Exact Online', 'Verbinden met Exact Online'],
  'options.accounting.reconnect': ['Connect again', 'Opnieuw verbinden'],
  'options.accounting.status.not-connected': ['Exact Online not connected', 'Exact Online niet verbonden'],
  'options.accounting.status.app-set': ['Exact app saved, not connected yet', 'Exact-app opgeslagen, nog niet verbonden'],
  'options.accounting.status.connected': ['Connected to Exact Online', 'Verbonden met Exact Online'],
  'options.accounting.status.connected-as': ['Connected as {user}, administration {division}', 'Verbonden als {user}, administratie {division}'],
  'options.accounting.division': ['Administration number', 'Administratienummer'],
  'options.accounting.division-hint': [
    'Leave it empty and your current Exact administration is filled in when you connect. It must be the administration the connector imports into.',
    'Laat u dit leeg, dan wordt bij het verbinden uw huidige administratie in Exact ingevuld. Het moet de administratie zijn waarin de koppeling importeert.',
  ],
  'options.accounting.refresh-master-data': [
    'Reload VAT codes, GL accounts and warehouses',
    'Btw-codes, grootboekrekeningen en magazijnen opnieuw ophalen',
  ],
  'options.accounting.master-data-refreshed': [
    'VAT codes, GL accounts and warehouses reloaded from Exact Online.',
    'Btw-codes, grootboekrekeningen en magazijnen zijn opnieuw opgehaald uit Exact Online.',
  ],
  'options.accounting.connecting': [
    'Sign in to Exact Online in the window that opens…',
    'Log in bij Exact Online in het venster dat wordt geopend…',
  ],
  'options.accounting.connected': ['Connected to Exact Online.', 'Verbonden met Exact Online.'],
  'options.accounting.app-missing': [
    'Enter the client ID and client secret of your {system} app first.',
    'Vul eerst de client-ID en het client secret van uw {system}-app in.',
  ],
  'options.accounting.connect-failed': [
    'Connecting to {system} did not complete. Try again; if it keeps failing, check that your {system} app has the redirect URL shown here.',
    'Verbinden met {system} is niet gelukt. Probeer het opnieuw; lukt het steeds niet, controleer dan of uw {system}-app de redirect-URL heeft die hier staat.',
  ],
};

const connector: Record<string, Pair> = {
  'options.connector.explained': [
    'Copy these from the connector’s control panel. import-doctor cannot read them itself and compares every order with them.',
    'Neem deze over uit het controlepaneel van de koppeling. import-doctor kan ze niet zelf uitlezen en vergelijkt elke order ermee.',
  ],
  'options.connector.installed-at': ['Connector installed on', 'Koppeling geïnstalleerd op'],
  'options.connector.installed-at-hint': [
    'Date and time in {zone}. Orders placed before it are never imported automatically. Not sure? Look it up in the connector’s control panel or ask the connector’s support.',
    'Datum en tijd in {zone}. Orders van vóór dit moment worden nooit automatisch geïmporteerd. Weet u het niet zeker? Zoek het op in het controlepaneel van de koppeling of vraag het de support van de koppeling.',
  ],
  'options.connector.article-import-finished': [
    'The connector’s article import has finished',
    'De artikelimport van de koppeling is voltooid',
  ],
  'options.connector.status-threshold': ['Connector imports orders from status', 'Koppeling importeert orders vanaf status'],
  'options.connector.edition': ['Exact Online edition', 'Exact Online-editie'],
  'options.connector.duplicate-check': [
    'Duplicate check on (orders whose number is already in ‘Your ref’ are skipped)',
    'Controle op dubbele orders aan (orders waarvan het nummer al in ‘Uw referentie’ staat, worden overgeslagen)',
  ],
  'options.connector.warehouse-module': ['Warehouse module on', 'Magazijnmodule aan'],
  'options.connector.warehouse-code': ['Warehouse code', 'Magazijncode'],
  'options.connector.home-country': ['Country of the administration', 'Land van de administratie'],
  'options.connector.home-country-hint': [
    'Two-letter code, like NL. Decides whether an order counts as domestic, EU or outside the EU for its VAT code.',
    'Landcode van twee letters, zoals NL. Bepaalt of een order voor de btw-code binnenlands, EU of buiten de EU is.',
  ],
  'options.connector.time-zone': ['Time zone of the administration', 'Tijdzone van de administratie'],
  'options.connector.shop-url': ['Shop URL in the connector', 'Webwinkel-URL in de koppeling'],
  'options.connector.shop-url-hint': [
    'Exactly as it stands under the ‘Settings’ tab of the connection in the connector’s control panel, including http:// or https://.',
    'Precies zoals deze onder het tabblad ‘Instellingen’ van de koppeling in het controlepaneel staat, inclusief http:// of https://.',
  ],

  'options.edition.boekhouden': ['Boekhouden (bookkeeping)', 'Boekhouden'],
  'options.edition.facturen': ['Facturen (invoices with articles)', 'Facturen (facturen met artikelen)'],
  'options.edition.handel': ['Handel (sales orders and warehouses)', 'Handel (verkooporders en magazijnen)'],

  // Status thresholds: each platform's descriptor lists which of these it offers.
  'options.threshold.paid': ['Paid', 'Betaald'],
  'options.threshold.unpaid': ['Unpaid (paid and unpaid orders)', 'Niet betaald (betaalde en niet-betaalde orders)'],
  // The connector's name, then the shop software's own Dutch name.
  'options.threshold.pending': ['Pending payment', 'Pending (in afwachting van betaling)'],
  'options.threshold.processing': ['Processing', 'Processing (in behandeling)'],
  'options.threshold.completed': ['Completed', 'Completed (afgerond)'],
};

const mapping: Record<string, Pair> = {
  'options.mapping.explained': [
    'Copy the codes from the connector’s VAT and GL account settings. Leave a field empty when the connector has nothing set there. import-doctor checks that each code exists in Exact Online and is not blocked.',
    'Neem de codes over uit de btw- en grootboekinstellingen van de koppeling. Laat een veld leeg als de koppeling daar niets heeft ingesteld. import-doctor controleert of elke code in Exact Online bestaat en niet geblokkeerd is.',
  ],
  'options.mapping.vat.domesticHigh': ['VAT code domestic, standard rate', 'Btw-code binnenland, hoog tarief'],
  'options.mapping.vat.domesticLow': ['VAT code domestic, reduced rate', 'Btw-code binnenland, laag tarief'],
  'options.mapping.vat.domesticZero': ['VAT code domestic, zero rate', 'Btw-code binnenland, 0%-tarief'],
  'options.mapping.vat.eu': ['VAT code EU', 'Btw-code EU'],
  'options.mapping.vat.outsideEu': ['VAT code outside the EU', 'Btw-code buiten de EU'],
  'options.mapping.gl.revenueDomestic': ['Revenue account domestic', 'Omzetrekening binnenland'],
  'options.mapping.gl.revenueEu': ['Revenue account EU', 'Omzetrekening EU'],
  'options.mapping.gl.revenueOutsideEu': ['Revenue account outside the EU', 'Omzetrekening buiten de EU'],
  'options.mapping.gl.shipping': ['GL account for shipping costs', 'Grootboekrekening verzendkosten'],
  'options.mapping.shipping-article': ['Shipping cost article code', 'Artikelcode verzendkosten'],
  'options.mapping.shipping-article-hint': [
    'The article code in Exact the connector books shipping costs on. Leave empty if the connector uses none.',
    'De artikelcode in Exact waarop de koppeling verzendkosten boekt. Laat leeg als de koppeling er geen gebruikt.',
  ],
};

const config: Record<string, Pair> = {
  'options.config.explained': [
    'Export the settings of all connections as a JSON file, for a backup or another browser. Credentials are never in it: after importing, enter them again for new connections.',
    'Exporteer de instellingen van alle koppelingen als JSON-bestand, als back-up of voor een andere browser. Inloggegevens staan er nooit in: vul die na het importeren opnieuw in bij nieuwe koppelingen.',
  ],
  'options.config.export': ['Export configuration', 'Configuratie exporteren'],
  'options.config.exported': ['Connections exported: {count}.', 'Koppelingen geëxporteerd: {count}.'],
  'options.config.import-file': ['Import a file', 'Bestand importeren'],
  'options.config.import-text': ['…or paste the file’s contents', '…of plak de inhoud van het bestand'],
  'options.config.import': ['Import', 'Importeren'],
  'options.config.imported': [
    'Connections imported ({count}): {labels}. For a new connection, enter its credentials under Edit.',
    'Koppelingen geïmporteerd ({count}): {labels}. Vul bij een nieuwe koppeling de inloggegevens in via Bewerken.',
  ],
  'options.import.invalid': [
    'This file cannot be imported, so nothing has changed. The problems are listed below.',
    'Dit bestand kan niet worden geïmporteerd, dus er is niets gewijzigd. De problemen staan hieronder.',
  ],
};

/** What the background answers when a request cannot be done. */
const errors: Record<string, Pair> = {
  'options.error.fix-fields': [
    'Not saved: correct the fields marked in red.',
    'Niet opgeslagen: corrigeer de rood gemarkeerde velden.',
  ],
  'options.error.shop-credentials-invalid': [
    'Not saved: the shop credentials are not in the expected form.',
    'Niet opgeslagen: de inloggegevens van de webwinkel hebben niet de verwachte vorm.',
  ],
  'options.error.platform-unsupported': ['import-doctor does not support {platform} yet.', 'import-doctor ondersteunt {platform} nog niet.'],
  'options.error.not-found': [
    'This connection no longer exists. Reload the page.',
    'Deze koppeling bestaat niet meer. Laad de pagina opnieuw.',
  ],
  'options.error.refused': [
    'import-doctor accepts this only from its own settings page.',
    'import-doctor accepteert dit alleen vanaf de eigen instellingenpagina.',
  ],
  'options.error.invalid-request': [
    'import-doctor could not read this request. Reload the page and try again.',
    'import-doctor kon dit verzoek niet lezen. Laad de pagina opnieuw en probeer het nog eens.',
  ],
  'options.error.internal': [
    'Something went wrong inside import-doctor. Try again; if it keeps happening, reload the page.',
    'Er ging iets mis in import-doctor. Probeer het opnieuw; blijft het gebeuren, laad dan de pagina opnieuw.',
  ],
  'options.error.unreachable': [
    'import-doctor’s background service did not answer. Reload the page and try again.',
    'De achtergronddienst van import-doctor reageert niet. Laad de pagina opnieuw en probeer het nog eens.',
  ],
};

const all: Record<string, Pair> = { ...page, ...list, ...unreadable, ...form, ...shop, ...test, ...accounting, ...connector, ...mapping, ...config, ...errors };

export const optionsTexts: AreaTexts = {
  en: Object.fromEntries(Object.entries(all).map(([key, [en]]) => [key, en])),
  nl: Object.fromEntries(Object.entries(all).map(([key, [, nl]]) => [key, nl])),
};
