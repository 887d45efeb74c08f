import '../../components/options/options.css';
import { browser } from '#imports';
import { createRoot } from 'react-dom/client';
import type { SiteAccess } from '../../components/options/site-access';
import { OptionsApp } from '../../components/options/options-app';
import { langFrom } from '../../lib/i18n/translate';
import { sendSettingsMessage } from '../../lib/messaging/protocol';

// Wiring only: the options page talks to the background through the settings protocol.
const lang = langFrom(navigator.language);
document.documentElement.lang = lang;
const root = document.getElementById('root');
const siteAccess: SiteAccess = {
  contains: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  request: (pattern) => browser.permissions.request({ origins: [pattern] }),
};
if (root) createRoot(root).render(<OptionsApp send={sendSettingsMessage} lang={lang} siteAccess={siteAccess} />);
