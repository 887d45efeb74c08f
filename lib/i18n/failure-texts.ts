import type { AreaTexts } from './catalog';

/** One sentence per failure kind, for any call on either side. {side} is the platform or system name. */
export const failureTexts: AreaTexts = {
  en: {
    'failure.unauthorized': '{side} refused the stored credentials.',
    'failure.forbidden': '{side} does not allow this key to read this information.',
    'failure.not-found': '{side} does not know this record.',
    'failure.not-visible': '{side} does not show this record to import-doctor’s key.',
    'failure.rate-limited': '{side} asked us to slow down and the retries ran out. Try again in a minute.',
    'failure.error-budget': '{side} has refused this kind of request too often; import-doctor stops asking until {until}, so that {side} does not block it.',
    'failure.timeout': '{side} did not answer in time.',
    'failure.offline': '{side} could not be reached. Check the internet connection.',
    'failure.server': '{side} had a server error. Try again later.',
    'failure.malformed': '{side} gave an answer import-doctor could not read.',
    'failure.not-connected': '{side} is not connected yet. Set it up in the options page.',
    'failure.permission-missing': 'The browser has not given import-doctor access to {side}. Grant it in the options page.',
    'failure.redirected':
      '{side} sent import-doctor on to another address. It does not follow such redirects, so your keys never reach another server. Check the address in the options page.',
  },
  nl: {
    'failure.unauthorized': '{side} weigert de opgeslagen inloggegevens.',
    'failure.forbidden': '{side} staat deze sleutel niet toe deze gegevens te lezen.',
    'failure.not-found': '{side} kent dit gegeven niet.',
    'failure.not-visible': '{side} laat dit gegeven niet zien aan de sleutel van import-doctor.',
    'failure.rate-limited': '{side} vroeg om het rustiger aan te doen en de herhaalpogingen zijn op. Probeer het over een minuut opnieuw.',
    'failure.error-budget': '{side} heeft dit soort verzoek te vaak geweigerd; import-doctor vraagt het niet meer tot {until}, zodat {side} import-doctor niet blokkeert.',
    'failure.timeout': '{side} antwoordde niet op tijd.',
    'failure.offline': '{side} is niet bereikbaar. Controleer de internetverbinding.',
    'failure.server': '{side} had een serverfout. Probeer het later opnieuw.',
    'failure.malformed': '{side} gaf een antwoord dat import-doctor niet kan lezen.',
    'failure.not-connected': '{side} is nog niet gekoppeld. Stel het in op de instellingenpagina.',
    'failure.permission-missing': 'De browser heeft import-doctor geen toegang tot {side} gegeven. Sta het toe op de instellingenpagina.',
    'failure.redirected':
      '{side} stuurde import-doctor door naar een ander adres. import-doctor volgt zulke doorverwijzingen niet, zodat uw sleutels nooit bij een andere server komen. Controleer het adres op de instellingenpagina.',
  },
};
