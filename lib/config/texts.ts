/**
 * Texts of the configuration file and of field validation (import errors and the options form's
 * inline errors), English and Dutch side by side. Keys: config.error.* (the whole file),
 * config.issue.* (one field).
 */
import type { AreaTexts } from '../i18n/catalog';

type Pair = readonly [en: string, nl: string];

const all: Record<string, Pair> = {
  'config.error.too-large': ['This file is too large to be an import-doctor configuration.', 'Dit bestand is te groot voor een import-doctor-configuratie.'],
  'config.error.bad-json': ['This is not valid JSON ({detail}).', 'Dit is geen geldige JSON ({detail}).'],
  'config.error.wrong-format': [
    'This is not an import-doctor configuration file (it lacks "format": "import-doctor/config").',
    'Dit is geen configuratiebestand van import-doctor (het mist "format": "import-doctor/config").',
  ],
  'config.error.wrong-version': [
    'This configuration has version {found}; this import-doctor reads version {supported}.',
    'Deze configuratie heeft versie {found}; deze import-doctor leest versie {supported}.',
  ],
  'config.error.newer-version': [
    'This configuration was made by a newer import-doctor (version {found}). Update import-doctor, then import it again.',
    'Deze configuratie is gemaakt met een nieuwere import-doctor (versie {found}). Werk import-doctor bij en importeer opnieuw.',
  ],

  'config.issue.missing': ['This is missing.', 'Dit ontbreekt.'],
  'config.issue.empty': ['Fill this in.', 'Vul dit in.'],
  'config.issue.expected-text': ['Enter text here.', 'Vul hier tekst in.'],
  'config.issue.expected-number': ['Enter a number here.', 'Vul hier een getal in.'],
  'config.issue.whole-number': ['Enter a whole number.', 'Vul een heel getal in.'],
  'config.issue.expected-yes-no': ['This must be yes or no (true or false).', 'Dit moet ja of nee zijn (true of false).'],
  'config.issue.expected-group': ['This must be a group of settings ({ … }).', 'Dit moet een groep instellingen zijn ({ … }).'],
  'config.issue.expected-list': ['This must be a list ([ … ]).', 'Dit moet een lijst zijn ([ … ]).'],
  'config.issue.wrong-type': ['This value has the wrong type.', 'Deze waarde heeft het verkeerde type.'],
  'config.issue.positive': ['Enter a number above zero.', 'Vul een getal groter dan nul in.'],
  'config.issue.too-few': ['Enter at least {min}.', 'Vul er minstens {min} in.'],
  'config.issue.too-long': ['Keep this to {max} characters at most.', 'Gebruik hier hoogstens {max} tekens.'],
  'config.issue.too-many': ['At most {max} are allowed.', 'Er zijn er hoogstens {max} toegestaan.'],
  'config.issue.too-big': ['Enter at most {max}.', 'Vul hoogstens {max} in.'],
  'config.issue.instant': [
    'Enter a date and time with its time zone, like 2024-03-01T09:00:00+01:00.',
    'Vul een datum en tijd met tijdzone in, zoals 2024-03-01T09:00:00+01:00.',
  ],
  'config.issue.url': ['Enter a full web address, like https://www.myshop.nl.', 'Vul een volledig webadres in, zoals https://www.mijnwinkel.nl.'],
  'config.issue.https-url': [
    'Enter the shop’s public address starting with https://, like https://www.myshop.nl (no IP address, port number, localhost or *).',
    'Vul het openbare adres van de winkel in, beginnend met https://, zoals https://www.mijnwinkel.nl (zonder IP-adres, poortnummer, localhost of *).',
  ],
  'config.issue.connector-url-required': [
    'Copy the shop URL from the connector’s settings.',
    'Neem de winkel-URL over uit de instellingen van de koppeling.',
  ],
  'config.issue.exact-host': ['Choose the Exact Online country, like start.exactonline.nl.', 'Kies het Exact Online-land, zoals start.exactonline.nl.'],
  'config.issue.country': ['Enter a two-letter country code in capitals, like NL or BE.', 'Vul een landcode van twee hoofdletters in, zoals NL of BE.'],
  'config.issue.format': ['This value is not in the expected form.', 'Deze waarde heeft niet de verwachte vorm.'],
  'config.issue.one-of': ['Choose one of: {options}.', 'Kies een van: {options}.'],
  'config.issue.sku-source-none': ['This platform offers no choice of article code: leave it out.', 'Dit platform biedt geen keuze voor de artikelcode: laat dit veld weg.'],
  'config.issue.unknown-keys': ['Unknown setting(s): {keys}.', 'Onbekende instelling(en): {keys}.'],
  'config.issue.invalid': ['This value is not valid.', 'Deze waarde is niet geldig.'],
  'config.issue.time-zone': ['Enter a time zone like Europe/Amsterdam.', 'Vul een tijdzone in zoals Europe/Amsterdam.'],
  'config.issue.warehouse-code-required': [
    'With the warehouse module on, enter the warehouse code the connector uses.',
    'Met de magazijnmodule aan: vul de magazijncode in die de koppeling gebruikt.',
  ],
  'config.issue.duplicate-id': ['Another connection in this file has the same id.', 'Een andere koppeling in dit bestand heeft hetzelfde id.'],
  'config.issue.platform-unsupported': [
    'import-doctor does not support {platform} yet.',
    'import-doctor ondersteunt {platform} nog niet.',
  ],
};

export const configTexts: AreaTexts = {
  en: Object.fromEntries(Object.entries(all).map(([key, [en]]) => [key, en])),
  nl: Object.fromEntries(Object.entries(all).map(([key, [, nl]]) => [key, nl])),
};
