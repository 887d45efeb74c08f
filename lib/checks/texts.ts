/**
 * Every text the check engine shows, English and Dutch side by side (Dutch is first-class: the
 * merchant's own language, in the tone of the connector's help article). Keys:
 * check.<n>.title/pass/fail.<reason>/fix.<reason>/warn/not-applicable, evidence.<name>,
 * verdict.<kind>, outcome.<outcome>, document.<type>. `{name}` placeholders match in both languages
 * (lib/i18n/catalog.test.ts).
 */
import type { AreaTexts } from '../i18n/catalog';

type Pair = readonly [en: string, nl: string];

const common: Record<string, Pair> = {
  'outcome.pass': ['OK', 'In orde'],
  'outcome.fail': ['Problem', 'Probleem'],
  'outcome.warn': ['Attention', 'Let op'],
  'outcome.not-applicable': ['Not applicable', 'Niet van toepassing'],
  'outcome.error': ['Could not check', 'Kon niet controleren'],

  'verdict.already-imported': ['Already imported as {document}', 'Al geïmporteerd als {document}'],
  'verdict.will-not-import': ['Will not import: {check}', 'Wordt niet geïmporteerd: {check}'],
  'verdict.cannot-tell': ['Cannot tell: {checks}', 'Niet vast te stellen: {checks}'],
  'verdict.cannot-tell-more': ['Cannot tell: {checks} and {more} more checks', 'Niet vast te stellen: {checks} en nog {more} controles'],
  'verdict.will-import': ['Will import on the next run', 'Wordt bij de volgende ronde geïmporteerd'],
  'verdict.will-import-after-article-import': [
    'Will import once the article import has finished',
    'Wordt geïmporteerd zodra de artikelimport is voltooid',
  ],
  'document.sales-order': ['sales order {number}', 'verkooporder {number}'],
  'document.sales-invoice': ['sales invoice {number}', 'verkoopfactuur {number}'],
  'document.sales-entry': ['sales entry {number}', 'verkoopboeking {number}'],

  'check.error.internal': [
    'import-doctor could not finish this check because of an internal error.',
    'import-doctor kon deze controle niet afronden door een interne fout.',
  ],
  'evidence.failed-call': ['Failed call', 'Mislukte aanroep'],
  'evidence.http-status': ['HTTP status', 'HTTP-status'],
  'evidence.internal-error': ['Internal error', 'Interne fout'],
  'evidence.more': ['More rows not shown', 'Meer regels niet getoond'],
  'evidence.edition': ['Exact Online edition of the connector', 'Exact Online-editie van de koppeling'],
  'evidence.order-date': ['Order date', 'Orderdatum'],
};

const check1: Record<string, Pair> = {
  'check.1.title': ['Recently installed', 'Koppeling recent geïnstalleerd'],
  'check.1.pass': [
    'The order was placed after the connector was installed, and the article import has finished.',
    'De order is geplaatst na de installatie van de koppeling en de artikelimport is voltooid.',
  ],
  'check.1.fail.before-install': [
    'The order was placed at {placed}, before the connector was installed at {installed}.',
    'De order is geplaatst op {placed}, vóór de installatie van de koppeling op {installed}.',
  ],
  'check.1.fix.before-install': [
    'Orders placed before the installation are never imported automatically. Contact the connector’s support if you want this order imported anyway.',
    'Orders die vóór de installatie zijn geplaatst, worden nooit automatisch geïmporteerd. Wilt u deze order toch laten importeren? Neem dan contact op met de support van de koppeling.',
  ],
  'check.1.warn.article-import': [
    'The connector is still importing the articles from your shop. Orders placed since the installation follow once that import has finished.',
    'De koppeling is nog bezig met de import van artikelen uit uw webwinkel. Orders die sinds de installatie zijn geplaatst, worden geïmporteerd zodra deze artikelimport is voltooid.',
  ],
  'check.1.fix.article-import': [
    'Nothing to do: wait until the article import has finished. This order is imported after that.',
    'U hoeft niets te doen: wacht tot de artikelimport is voltooid. Daarna wordt deze order alsnog geïmporteerd.',
  ],
  'evidence.order-placed': ['Order placed at', 'Order geplaatst op'],
  'evidence.installed-at': ['Connector installed at', 'Koppeling geïnstalleerd op'],
  'evidence.article-import-finished': ['Article import finished', 'Artikelimport voltooid'],
};

const check2: Record<string, Pair> = {
  'check.2.title': ['Shop URL or API key changed', 'URL of API-sleutel van de webwinkel gewijzigd'],
  'check.2.pass': [
    'The shop URL in the connector matches this shop, and the stored credentials are accepted.',
    'De webwinkel-URL in de koppeling komt overeen met deze webwinkel en de opgeslagen inloggegevens worden geaccepteerd.',
  ],
  'check.2.pass.credentials-only': [
    'The stored credentials are accepted. The shop URL was not compared (see below).',
    'De opgeslagen inloggegevens worden geaccepteerd. De webwinkel-URL is niet vergeleken (zie hieronder).',
  ],
  'check.2.fail.url-changed': [
    'The connector is set up for {connector}, but your shop is at {page}.',
    'De koppeling is ingesteld op {connector}, maar uw webwinkel staat op {page}.',
  ],
  'check.2.fix.url-changed': [
    'Change the shop URL in the connector’s control panel to {page}: open the connection with the information icon and adjust the URL under the ‘Settings’ tab. The connector then resumes syncing.',
    'Pas de webwinkel-URL in het controlepaneel van de koppeling aan naar {page}: open de koppeling via het informatie-icoon en wijzig de URL onder het tabblad ‘Instellingen’. Daarna hervat de koppeling de synchronisatie.',
  ],
  'check.2.fail.shop-refused': ['{side} refuses the stored API key.', '{side} weigert de opgeslagen API-sleutel.'],
  'check.2.fix.shop-refused-connector-key': [
    'The connector uses this same key, so it cannot read orders from {side} either. Enter the current API key in the connector’s control panel (the ‘Settings’ tab of the connection) and in import-doctor’s options page.',
    'De koppeling gebruikt dezelfde sleutel en kan dus ook geen orders uit {side} ophalen. Vul de actuele API-sleutel in het controlepaneel van de koppeling in (tabblad ‘Instellingen’ van de koppeling) en op de instellingenpagina van import-doctor.',
  ],
  'check.2.fix.shop-refused-own': [
    'Reconnect {side} in import-doctor’s options page. This concerns import-doctor’s own connection; the connector’s own key may still work. If orders stay missing, check the API key in the connector’s control panel too.',
    'Koppel {side} opnieuw op de instellingenpagina van import-doctor. Dit betreft de eigen verbinding van import-doctor; de sleutel van de koppeling kan nog steeds werken. Blijven orders ontbreken, controleer dan ook de API-sleutel in het controlepaneel van de koppeling.',
  ],
  'check.2.fail.accounting-refused': [
    'Exact Online refuses import-doctor’s connection.',
    'Exact Online weigert de verbinding van import-doctor.',
  ],
  'check.2.fix.accounting-refused': [
    'Reconnect Exact Online in import-doctor’s options page. This concerns import-doctor’s own connection; the connector has its own, which may still work.',
    'Koppel Exact Online opnieuw op de instellingenpagina van import-doctor. Dit betreft de eigen verbinding van import-doctor; de koppeling heeft een eigen verbinding, die nog kan werken.',
  ],
  'check.2.fail.several': [
    'More than one thing has changed: see each point below.',
    'Er is meer dan één ding gewijzigd: zie de punten hieronder.',
  ],
  'check.2.fix.several': [
    'Update the shop URL and the API key in the connector’s control panel (the ‘Settings’ tab of the connection), and reconnect in import-doctor’s options page where a connection is refused.',
    'Werk de webwinkel-URL en de API-sleutel bij in het controlepaneel van de koppeling (tabblad ‘Instellingen’ van de koppeling) en koppel opnieuw op de instellingenpagina van import-doctor waar een verbinding wordt geweigerd.',
  ],
  'evidence.connector-url': ['Shop URL in the connector', 'Webwinkel-URL in de koppeling'],
  'evidence.page-origin': ['Address of this shop', 'Adres van deze webwinkel'],
  'evidence.url-not-compared.platform': [
    'Shop URL not compared: the connector has no shop URL for this platform, so only the credentials count',
    'Webwinkel-URL niet vergeleken: de koppeling heeft voor dit platform geen URL, alleen de inloggegevens tellen',
  ],
  'evidence.url-not-compared.no-setting': [
    'Shop URL not compared: no shop URL entered in import-doctor’s connector settings',
    'Webwinkel-URL niet vergeleken: er is geen webwinkel-URL ingevuld bij de koppelingsinstellingen van import-doctor',
  ],
  'evidence.url-not-compared.no-page': [
    'Shop URL not compared: the address of this page is unknown',
    'Webwinkel-URL niet vergeleken: het adres van deze pagina is onbekend',
  ],
  'evidence.shop-credentials.accepted-connector-key': [
    'Shop accepts the API key (the connector uses this same key)',
    'Webwinkel accepteert de API-sleutel (de koppeling gebruikt dezelfde sleutel)',
  ],
  'evidence.shop-credentials.accepted-own': [
    'Shop accepts import-doctor’s own connection (this does not test the connector’s own key)',
    'Webwinkel accepteert de eigen verbinding van import-doctor (de sleutel van de koppeling zelf is hiermee niet getest)',
  ],
  'evidence.shop-credentials.refused-connector-key': [
    'Shop refuses the API key: the connector uses this same key, so it is refused too',
    'Webwinkel weigert de API-sleutel: de koppeling gebruikt dezelfde sleutel, die wordt dus ook geweigerd',
  ],
  'evidence.shop-credentials.refused-own': [
    'Shop refuses import-doctor’s own connection: reconnect it; the connector’s own key may still work',
    'Webwinkel weigert de eigen verbinding van import-doctor: koppel opnieuw; de sleutel van de koppeling kan nog werken',
  ],
  'evidence.shop-credentials.untested': [
    'Shop credentials could not be tested',
    'Inloggegevens van de webwinkel konden niet worden getest',
  ],
  'evidence.accounting-credentials.accepted': [
    'Exact Online accepts import-doctor’s own connection (the connector has its own)',
    'Exact Online accepteert de eigen verbinding van import-doctor (de koppeling heeft een eigen verbinding)',
  ],
  'evidence.accounting-credentials.refused': [
    'Exact Online refuses import-doctor’s own connection: reconnect it; the connector’s own connection may still work',
    'Exact Online weigert de eigen verbinding van import-doctor: koppel opnieuw; de verbinding van de koppeling kan nog werken',
  ],
  'evidence.accounting-credentials.untested': [
    'Connection with Exact Online could not be tested',
    'Verbinding met Exact Online kon niet worden getest',
  ],
};

const check3: Record<string, Pair> = {
  'check.3.title': ['Order status', 'Status van de order'],
  'check.3.pass': [
    'The order’s status {status} has reached the status the connector imports from ({threshold}).',
    'De orderstatus {status} heeft de status bereikt vanaf waar de koppeling importeert ({threshold}).',
  ],
  'check.3.fail.not-reached': [
    'The order’s status is {status}, but the connector imports only from {threshold} on.',
    'De order heeft de status {status}, maar de koppeling importeert pas vanaf {threshold}.',
  ],
  'check.3.fix.not-reached': [
    'The order is imported once it reaches {threshold}. Want to import from another status? Change it in the connector’s control panel, or contact the connector’s support.',
    'De order wordt geïmporteerd zodra deze de status {threshold} bereikt. Wilt u vanaf een andere status importeren? Pas dit aan in het controlepaneel van de koppeling of neem contact op met de support van de koppeling.',
  ],
  'check.3.fail.cancelled': [
    'The order is cancelled ({status}). Cancelled orders are not imported.',
    'De order is geannuleerd ({status}). Geannuleerde orders worden niet geïmporteerd.',
  ],
  'check.3.fix.cancelled': [
    'Nothing to import. If the order was cancelled by mistake, restore it in the shop.',
    'Er valt niets te importeren. Is de order per ongeluk geannuleerd, herstel deze dan in de webwinkel.',
  ],
  'check.3.fail.refunded': [
    'The order is refunded ({status}). Refunded orders are not imported.',
    'De order is terugbetaald ({status}). Terugbetaalde orders worden niet geïmporteerd.',
  ],
  'check.3.fix.refunded': [
    'Nothing to import. If the order belongs in your books anyway, book it and its refund by hand.',
    'Er valt niets te importeren. Hoort de order toch in uw administratie, boek deze en de terugbetaling dan handmatig.',
  ],
  'check.3.fail.failed': [
    'The payment of this order failed ({status}). Failed orders are not imported.',
    'De betaling van deze order is mislukt ({status}). Mislukte orders worden niet geïmporteerd.',
  ],
  'check.3.fix.failed': [
    'Once the customer pays and the order moves on to a paid status, the connector imports it.',
    'Zodra de klant betaalt en de order een betaalde status krijgt, importeert de koppeling deze.',
  ],
  'check.3.fail.trash': [
    'The order is in the trash ({status}). Orders in the trash are not imported.',
    'De order staat in de prullenbak ({status}). Orders in de prullenbak worden niet geïmporteerd.',
  ],
  'check.3.fix.trash': [
    'Restore the order from the trash in the shop if it should be imported.',
    'Zet de order in de webwinkel terug uit de prullenbak als deze geïmporteerd moet worden.',
  ],
  'check.3.fail.voided': [
    'The payment of this order was voided ({status}). Such orders are not imported.',
    'De betaling van deze order is ingetrokken ({status}). Zulke orders worden niet geïmporteerd.',
  ],
  'check.3.fix.voided': [
    'Nothing to import. If the customer still pays, the order is imported once it is paid.',
    'Er valt niets te importeren. Betaalt de klant alsnog, dan wordt de order geïmporteerd zodra deze betaald is.',
  ],
  'check.3.fail.expired': [
    'The payment of this order expired ({status}). Such orders are not imported.',
    'De betaling van deze order is verlopen ({status}). Zulke orders worden niet geïmporteerd.',
  ],
  'check.3.fix.expired': [
    'Nothing to import. If the customer still pays, the order is imported once it is paid.',
    'Er valt niets te importeren. Betaalt de klant alsnog, dan wordt de order geïmporteerd zodra deze betaald is.',
  ],
  'check.3.warn.unknown': [
    'The order has a status import-doctor does not know: {status}. The connector imports from {threshold} on.',
    'De order heeft een status die import-doctor niet kent: {status}. De koppeling importeert vanaf {threshold}.',
  ],
  'check.3.fix.unknown': [
    'Statuses added by a plugin are usually not imported. Check in the connector’s control panel, or ask its support, whether orders with status {status} are imported.',
    'Statussen die een plug-in toevoegt, worden meestal niet geïmporteerd. Controleer in het controlepaneel van de koppeling, of vraag de support, of orders met de status {status} worden geïmporteerd.',
  ],
  'check.3.error.no-status': [
    'The order’s status could not be judged.',
    'De status van de order kon niet worden beoordeeld.',
  ],
  'evidence.order-status': ['Order status in the shop', 'Orderstatus in de webwinkel'],
  'evidence.status-threshold': ['Connector imports from status', 'Koppeling importeert vanaf status'],
};

/** Check 4's evidence labels: one per mapping slot and state (see support/mapping-labels.ts). */
const SLOTS: Record<string, Pair> = {
  'vat.domestic-high': ['VAT code domestic, high rate', 'BTW-code binnenland hoog'],
  'vat.domestic-low': ['VAT code domestic, low rate', 'BTW-code binnenland laag'],
  'vat.domestic-zero': ['VAT code domestic, zero rate', 'BTW-code binnenland 0%'],
  'vat.eu': ['VAT code EU', 'BTW-code EU'],
  'vat.outside-eu': ['VAT code outside the EU', 'BTW-code buiten de EU'],
  'gl.revenue-domestic': ['Revenue account domestic', 'Omzetrekening binnenland'],
  'gl.revenue-eu': ['Revenue account EU', 'Omzetrekening EU'],
  'gl.revenue-outside-eu': ['Revenue account outside the EU', 'Omzetrekening buiten de EU'],
  'gl.shipping': ['GL account for shipping cost', 'Grootboekrekening verzendkosten'],
};
const SLOT_STATES: Record<string, Pair> = {
  ok: ['usable', 'in orde'],
  unmapped: ['not set in the connector', 'niet ingesteld in de koppeling'],
  missing: ['not found in Exact Online', 'niet gevonden in Exact Online'],
  blocked: ['blocked in Exact Online', 'geblokkeerd in Exact Online'],
};
const slotLabels: Record<string, Pair> = Object.fromEntries(
  Object.entries(SLOTS).flatMap(([slot, [slotEn, slotNl]]) =>
    Object.entries(SLOT_STATES).map(([state, [stateEn, stateNl]]): [string, Pair] => [
      `evidence.${slot}.${state}`,
      [`${slotEn} — ${stateEn}`, `${slotNl} — ${stateNl}`],
    ]),
  ),
);

const check4: Record<string, Pair> = {
  'check.4.title': ['VAT codes and GL accounts', 'BTW-codes en grootboekrekeningen'],
  'check.4.pass': [
    'The VAT codes and GL accounts this order needs are set in the connector and usable in Exact Online.',
    'De BTW-codes en grootboekrekeningen die deze order nodig heeft, zijn ingesteld in de koppeling en bruikbaar in Exact Online.',
  ],
  'check.4.pass.no-country': [
    'The order has no valid country, so its VAT code and revenue account cannot be chosen (see check 6). The other codes in the connector’s mapping are usable in Exact Online.',
    'De order heeft geen geldig land, dus de BTW-code en omzetrekening kunnen niet worden bepaald (zie controle 6). De overige codes in de configuratie van de koppeling zijn bruikbaar in Exact Online.',
  ],
  'check.4.fail.needed': [
    'This order needs a VAT code or GL account that is not set in the connector, does not exist in Exact Online or is blocked there (see below).',
    'Deze order heeft een BTW-code of grootboekrekening nodig die niet is ingesteld in de koppeling, niet bestaat in Exact Online of daar geblokkeerd is (zie hieronder).',
  ],
  'check.4.fix.needed': [
    'Make the connector’s configuration match your administration: correct the VAT codes and GL accounts in the connector’s control panel, or unblock them in Exact Online. See the help articles ‘How do I change my VAT codes?’ and ‘How do I change my GL accounts?’.',
    'Zorg dat de configuratie van de koppeling overeenkomt met uw administratie: pas de BTW-codes en grootboekrekeningen aan in het controlepaneel van de koppeling, of deblokkeer ze in Exact Online. Zie de artikelen ‘Hoe pas ik mijn BTW-codes aan?’ en ‘Hoe pas ik mijn grootboekrekeningen aan?’.',
  ],
  'check.4.warn.not-needed': [
    'Everything this order needs is in order, but other codes in the connector’s mapping are missing or blocked in Exact Online: a later order that needs them will not be imported.',
    'Alles wat deze order nodig heeft is in orde, maar andere codes in de configuratie van de koppeling ontbreken of zijn geblokkeerd in Exact Online: een latere order die ze nodig heeft, wordt niet geïmporteerd.',
  ],
  'check.4.fix.not-needed': [
    'Correct these codes in the connector’s control panel, or unblock them in Exact Online, before an order needs them.',
    'Pas deze codes aan in het controlepaneel van de koppeling, of deblokkeer ze in Exact Online, voordat een order ze nodig heeft.',
  ],
  'evidence.region.domestic': ['Country (domestic)', 'Land (binnenland)'],
  'evidence.region.eu': ['Country (other EU country)', 'Land (ander EU-land)'],
  'evidence.region.outside-eu': ['Country (outside the EU)', 'Land (buiten de EU)'],
  'evidence.no-country': [
    'No valid country: VAT code and revenue account are left to check 6',
    'Geen geldig land: BTW-code en omzetrekening, zie controle 6',
  ],
  ...slotLabels,
};

const check5: Record<string, Pair> = {
  'check.5.title': ['Same reference already present', 'Zelfde referentie al aanwezig'],
  'check.5.not-applicable.duplicate-check-off': [
    'The connector’s duplicate check is switched off, so an existing reference does not stop the import.',
    'De controle op dubbele orders staat uit in de koppeling, dus een bestaande referentie houdt de import niet tegen.',
  ],
  'check.5.pass.no-document': [
    'No document in Exact Online has {reference} in ‘Your ref’, so nothing stops the import here.',
    'Geen enkel document in Exact Online heeft {reference} als ‘Uw referentie’, dus hier houdt niets de import tegen.',
  ],
  'check.5.pass.imported': [
    'This order is already in Exact Online: document {number} has {reference} in ‘Your ref’ and matches the order’s date and amount.',
    'Deze order staat al in Exact Online: document {number} heeft {reference} als ‘Uw referentie’ en komt overeen in datum en bedrag.',
  ],
  'check.5.fail.other-order': [
    'Document {number} in Exact Online already has {reference} in ‘Your ref’, but its date or amount does not match this order. The connector skips this order as a duplicate.',
    'Document {number} in Exact Online heeft al {reference} als ‘Uw referentie’, maar de datum of het bedrag komt niet overeen met deze order. De koppeling slaat deze order over als dubbel.',
  ],
  'check.5.fix.other-order': [
    'Does a second shop (or an older order) use the same numbering? Contact the connector’s support: they can separate the numbering or switch off the duplicate check.',
    'Gebruikt een tweede webwinkel (of een eerdere order) dezelfde nummering? Neem contact op met de support van de koppeling: zij kunnen de nummering scheiden of de controle op dubbele orders uitschakelen.',
  ],
  'evidence.duplicate-check': ['Duplicate check in the connector', 'Controle op dubbele orders in de koppeling'],
  'evidence.reference': ['Order number (Your ref)', 'Ordernummer (Uw referentie)'],
  'evidence.order-total': ['Order total', 'Ordertotaal'],
  'evidence.document.sales-order': ['Sales order (number · date · amount)', 'Verkooporder (nummer · datum · bedrag)'],
  'evidence.document.sales-invoice': ['Sales invoice (number · date · amount)', 'Verkoopfactuur (nummer · datum · bedrag)'],
  'evidence.document.sales-entry': ['Sales entry (number · date · amount)', 'Verkoopboeking (nummer · datum · bedrag)'],
};

const check6: Record<string, Pair> = {
  'check.6.title': ['Country present', 'Land aanwezig'],
  'check.6.pass': ['The order has a valid country: {country}.', 'De order heeft een geldig land: {country}.'],
  'check.6.fail.no-country': [
    'The order has neither a valid delivery country nor a valid billing country, so the connector cannot choose the VAT code.',
    'De order heeft geen geldig aflever- of factuurland, dus de koppeling kan de BTW-code niet bepalen.',
  ],
  'check.6.fix.no-country': [
    'Add a delivery or billing country to the order in the shop (a two-letter country code such as NL). The connector then imports the order on its next run.',
    'Vul in de webwinkel een aflever- of factuurland in bij de order (een landcode van twee letters, zoals NL). De koppeling importeert de order dan bij de volgende ronde.',
  ],
  'evidence.shipping-country': ['Delivery country', 'Afleverland'],
  'evidence.shipping-country.invalid': ['Delivery country (not a valid country code)', 'Afleverland (geen geldige landcode)'],
  'evidence.shipping-country.missing': ['Delivery country (empty)', 'Afleverland (leeg)'],
  'evidence.billing-country': ['Billing country', 'Factuurland'],
  'evidence.billing-country.invalid': ['Billing country (not a valid country code)', 'Factuurland (geen geldige landcode)'],
  'evidence.billing-country.missing': ['Billing country (empty)', 'Factuurland (leeg)'],
};

const check7: Record<string, Pair> = {
  'check.7.title': ['Articles active and known', 'Artikelen actief en bekend'],
  'check.7.not-applicable.edition': [
    'Articles are checked only for the Facturen and Handel editions; this connection uses {edition}.',
    'Artikelen worden alleen gecontroleerd bij een Facturen- of Handel-koppeling; deze koppeling gebruikt {edition}.',
  ],
  'check.7.pass': [
    'Every article of this order exists in Exact Online and is active on the order date {day}.',
    'Alle artikelen van deze order bestaan in Exact Online en zijn actief op de orderdatum {day}.',
  ],
  'check.7.fail.no-sku': [
    'An order line has no article code (SKU), so the connector cannot find its article.',
    'Een orderregel heeft geen artikelcode (SKU), dus de koppeling kan het artikel niet vinden.',
  ],
  'check.7.fix.no-sku': [
    'Give the product an article code (SKU) in the shop that matches the item code in Exact Online.',
    'Geef het product in de webwinkel een artikelcode (SKU) die overeenkomt met de artikelcode in Exact Online.',
  ],
  'check.7.fail.unknown': [
    'An article code of this order does not exist in Exact Online. Was the article code changed?',
    'Een artikelcode van deze order bestaat niet in Exact Online. Is de artikelcode aangepast?',
  ],
  'check.7.fix.unknown': [
    'Make the article code in the shop and the item code in Exact Online the same again (see the codes below).',
    'Maak de artikelcode in de webwinkel en de artikelcode in Exact Online weer gelijk (zie de codes hieronder).',
  ],
  'check.7.fail.not-started': [
    'An article of this order has a start date after the order date, so it was not active yet.',
    'Een artikel van deze order heeft een startdatum na de orderdatum en was dus nog niet actief.',
  ],
  'check.7.fix.not-started': [
    'Set the article’s start date in Exact Online on or before the order date.',
    'Zet de startdatum van het artikel in Exact Online op of vóór de orderdatum.',
  ],
  'check.7.fail.ended': [
    'An article of this order has an end date on or before the order date, so it is no longer active.',
    'Een artikel van deze order heeft een einddatum op of vóór de orderdatum en is dus niet meer actief.',
  ],
  'check.7.fix.ended': [
    'Clear the article’s end date in Exact Online, or set it after the order date.',
    'Maak de einddatum van het artikel in Exact Online leeg of zet deze na de orderdatum.',
  ],
  'check.7.fail.shipping-unmapped': [
    'The order carries shipping cost, but no shipping-cost article is set in the connector settings.',
    'De order bevat verzendkosten, maar er is geen verzendkostenartikel ingesteld in de koppelingsinstellingen.',
  ],
  'check.7.fix.shipping-unmapped': [
    'Set the shipping-cost article in the connector’s control panel, and enter the same code in import-doctor’s connector settings.',
    'Stel het verzendkostenartikel in via het controlepaneel van de koppeling en vul dezelfde code in bij de koppelingsinstellingen van import-doctor.',
  ],
  'check.7.fail.several': [
    'Several articles of this order cannot be used in Exact Online (see each one below).',
    'Meerdere artikelen van deze order zijn niet bruikbaar in Exact Online (zie hieronder per artikel).',
  ],
  'check.7.fix.several': [
    'Fix each article below, in Exact Online or in the shop: every line needs an article code that exists in Exact Online, with a start date in the past and an empty or future end date.',
    'Herstel elk artikel hieronder, in Exact Online of in de webwinkel: elke regel heeft een artikelcode nodig die in Exact Online bestaat, met een startdatum in het verleden en een lege of toekomstige einddatum.',
  ],
  'evidence.article.active': ['Article active', 'Artikel actief'],
  'evidence.article.unknown': ['Article code not found in Exact Online', 'Artikelcode niet gevonden in Exact Online'],
  'evidence.article.not-started': ['Article not active yet (start date)', 'Artikel nog niet actief (startdatum)'],
  'evidence.article.ended': ['Article no longer active (end date)', 'Artikel niet meer actief (einddatum)'],
  'evidence.article.no-sku': ['Order line without article code', 'Orderregel zonder artikelcode'],
  'evidence.shipping-article.active': ['Shipping-cost article active', 'Verzendkostenartikel actief'],
  'evidence.shipping-article.unknown': [
    'Shipping-cost article not found in Exact Online',
    'Verzendkostenartikel niet gevonden in Exact Online',
  ],
  'evidence.shipping-article.not-started': [
    'Shipping-cost article not active yet (start date)',
    'Verzendkostenartikel nog niet actief (startdatum)',
  ],
  'evidence.shipping-article.ended': [
    'Shipping-cost article no longer active (end date)',
    'Verzendkostenartikel niet meer actief (einddatum)',
  ],
  'evidence.shipping-article.unmapped': [
    'Shipping-cost article not set in the connector settings',
    'Verzendkostenartikel niet ingesteld in de koppelingsinstellingen',
  ],
  'evidence.shipping-article.not-needed': [
    'Shipping-cost article (not needed: the order has no shipping cost)',
    'Verzendkostenartikel (niet nodig: de order heeft geen verzendkosten)',
  ],
};

const check8: Record<string, Pair> = {
  'check.8.title': ['Articles linked to the warehouse', 'Artikelen aan het magazijn gekoppeld'],
  'check.8.not-applicable.edition': [
    'Warehouse links are checked only for the Handel edition; this connection uses {edition}.',
    'Magazijnkoppelingen worden alleen gecontroleerd bij een Handel-koppeling; deze koppeling gebruikt {edition}.',
  ],
  'check.8.pass': [
    'Every stock item of this order is linked to warehouse {warehouse}.',
    'Alle voorraadartikelen van deze order zijn aan magazijn {warehouse} gekoppeld.',
  ],
  'check.8.pass.no-stock-items': [
    'This order has no stock items, so no warehouse link is needed.',
    'Deze order bevat geen voorraadartikelen, dus een koppeling met het magazijn is niet nodig.',
  ],
  'check.8.fail.not-linked': [
    'Stock items of this order are not linked to warehouse {warehouse}, so the sales order cannot be created.',
    'Voorraadartikelen van deze order zijn niet aan magazijn {warehouse} gekoppeld, dus de verkooporder kan niet worden aangemaakt.',
  ],
  'check.8.fix.not-linked': [
    'Link each article below to warehouse {warehouse} in Exact Online.',
    'Koppel elk artikel hieronder in Exact Online aan magazijn {warehouse}.',
  ],
  'check.8.fail.warehouse-not-configured': [
    'The warehouse module is on, but no warehouse is set in the connector settings.',
    'De magazijnmodule staat aan, maar er is geen magazijn ingesteld in de koppelingsinstellingen.',
  ],
  'check.8.fix.warehouse-not-configured': [
    'Choose the warehouse in the connector’s control panel, and enter the same code in import-doctor’s connector settings.',
    'Kies het magazijn in het controlepaneel van de koppeling en vul dezelfde code in bij de koppelingsinstellingen van import-doctor.',
  ],
  'check.8.fail.warehouse-unknown': [
    'Warehouse {warehouse} from the connector settings does not exist in Exact Online.',
    'Magazijn {warehouse} uit de koppelingsinstellingen bestaat niet in Exact Online.',
  ],
  'check.8.fix.warehouse-unknown': [
    'Check warehouse {warehouse} in the connector’s control panel: choose a warehouse that exists in Exact Online.',
    'Controleer magazijn {warehouse} in het controlepaneel van de koppeling: kies een magazijn dat in Exact Online bestaat.',
  ],
  'check.8.fail.no-main-warehouse': [
    'The warehouse module is off, so the connector uses the main warehouse, but Exact Online has none.',
    'De magazijnmodule staat uit, dus de koppeling gebruikt het hoofdmagazijn, maar Exact Online heeft er geen.',
  ],
  'check.8.fix.no-main-warehouse': [
    'Mark a warehouse as main warehouse in Exact Online, or switch on the warehouse module in the connector’s control panel and choose a warehouse.',
    'Markeer in Exact Online een magazijn als hoofdmagazijn, of activeer de magazijnmodule in het controlepaneel van de koppeling en kies een magazijn.',
  ],
  'evidence.warehouse-module': ['Warehouse module on', 'Magazijnmodule actief'],
  'evidence.warehouse': ['Warehouse in the connector settings', 'Magazijn in de koppelingsinstellingen'],
  'evidence.main-warehouse': ['Main warehouse in Exact Online', 'Hoofdmagazijn in Exact Online'],
  'evidence.stock-item.linked': ['Stock item linked to the warehouse', 'Voorraadartikel aan het magazijn gekoppeld'],
  'evidence.stock-item.not-linked': [
    'Stock item not linked to the warehouse',
    'Voorraadartikel niet aan het magazijn gekoppeld',
  ],
  'evidence.non-stock-item': ['Not a stock item (no link needed)', 'Geen voorraadartikel (koppeling niet nodig)'],
  'evidence.shipping-article.linked': [
    'Shipping-cost article linked to the warehouse',
    'Verzendkostenartikel aan het magazijn gekoppeld',
  ],
  'evidence.shipping-article.not-linked': [
    'Shipping-cost article (a stock item) not linked to the warehouse',
    'Verzendkostenartikel (voorraadartikel) niet aan het magazijn gekoppeld',
  ],
  'evidence.shipping-article.non-stock': [
    'Shipping-cost article is not a stock item (no link needed)',
    'Verzendkostenartikel is geen voorraadartikel (koppeling niet nodig)',
  ],
};

const all: Record<string, Pair> = { ...common, ...check1, ...check2, ...check3, ...check4, ...check5, ...check6, ...check7, ...check8 };

export const checkTexts: AreaTexts = {
  en: Object.fromEntries(Object.entries(all).map(([key, [en]]) => [key, en])),
  nl: Object.fromEntries(Object.entries(all).map(([key, [, nl]]) => [key, nl])),
};
