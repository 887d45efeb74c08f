import '../../components/popup/popup.css';
import { browser } from '#imports';
import { createRoot } from 'react-dom/client';
import type { PopupActions } from '../../components/popup/popup-context';
import { PopupApp } from '../../components/popup/popup-app';
import { langFrom } from '../../lib/i18n/translate';
import { sendSettingsMessage } from '../../lib/messaging/protocol';
import { readBudget } from '../../lib/sync/popup-view';

// Wiring only. The popup reads the reconciliation's rows through its read-only view
// (lib/sync/popup-view.ts, live queries); what it asks of the world goes through these actions.
const actions: PopupActions = {
  runNow: (id) => sendSettingsMessage('sync.runNow', { id }),
  openOrder: async (url) => {
    await browser.tabs.create({ url });
  },
  openOptions: () => browser.runtime.openOptionsPage(),
  // The accounting system's day budget as last seen, through the accounting contract.
  budget: (id) => readBudget(id),
};

const lang = langFrom(navigator.language);
document.documentElement.lang = lang;
const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupApp lang={lang} actions={actions} />);
