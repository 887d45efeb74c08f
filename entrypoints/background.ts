import { defineBackground } from '#imports';
import { listenForDiagnoseRequests } from '../lib/background/diagnose-port';
import { registerOwnDomainPages } from '../lib/background/own-domain-pages';
import { registerSettingsHandlers } from '../lib/background/settings-handlers';
import { registerSyncJobs } from '../lib/background/sync-jobs';

// Wiring only. Listeners are registered synchronously: an MV3 worker woken by an event must find
// its listener at once.
export default defineBackground(() => {
  listenForDiagnoseRequests();
  registerSettingsHandlers();
  registerSyncJobs();
  registerOwnDomainPages();
});
