import '../../components/popup/popup.css';
import { browser } from '#imports';
import { createRoot } from 'react-dom/client';
import type { PopupActions } from '../../components/popup/popup-context';
import { PopupApp } from '../../components/popup/popup-app';
import { budgetKey, budgetSummary } from '../../lib/accounting/exact/rate-limit';
import { langFrom } from '../../lib/i18n/translate';
import { sendSettingsMessage } from '../../lib/messaging/protocol';
import { getProfile } from '../../lib/storage/profiles';

// Wiring only. The popup reads the reconciliation's rows itself (live queries on the extension's
// IndexedDB); what it asks of the world goes through these actions.
const actions: PopupActions = {
  runNow: (id) => sendSettingsMessage('sync.runNow', { id }),
  openOrder: async (url) => {
    await browser.tabs.create({ url });
  },
  openOptions: () => browser.runtime.openOptionsPage(),
  // Exact's day budget as last seen: a kv row (no secret), read here until the background
  // answers it by message.
  budget: async (id) => {
    const profile = await getProfile(id);
    if (!profile || profile.accounting.division === null) return null;
    return budgetSummary(budgetKey(profile.accounting.host, profile.accounting.division), Date.now());
  },
};

const lang = langFrom(navigator.language);
document.documentElement.lang = lang;
const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupApp lang={lang} actions={actions} />);
