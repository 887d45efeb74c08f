import { defineBackground } from '#imports';
import { listenForDiagnoseRequests } from '../lib/background/diagnose-port';
import { registerSettingsHandlers } from '../lib/background/settings-handlers';

// Wiring only. Listeners are registered synchronously: an MV3 worker woken by an event must find
// its listener at once.
export default defineBackground(() => {
  listenForDiagnoseRequests();
  registerSettingsHandlers();
});
