import { browser, type Browser } from '#imports';
import { fitForPanel } from '../messaging/fit';
import { classifySender } from '../messaging/guard';
import { DIAGNOSE_PORT, DiagnoseRequestSchema, type DiagnoseEvent } from '../messaging/schemas';
import { admitDiagnosis } from './diagnose-limits';
import { diagnoseOrder } from './diagnose-order';

/**
 * Serves the panel's `diagnose` port: checks the sender (a content script in the top frame of an
 * https page), validates the request, runs the diagnosis, and streams progress and the result.
 */
export function listenForDiagnoseRequests(): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== DIAGNOSE_PORT) return;
    const sender = classifySender(port.sender ?? {}, browser.runtime.id, new URL(browser.runtime.getURL('/')).origin);
    if (sender.kind !== 'content-script') {
      port.disconnect();
      return;
    }
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    const send = (event: DiagnoseEvent) => {
      if (open) port.postMessage(fitForPanel(event));
    };
    port.onMessage.addListener((raw: unknown) => {
      const request = DiagnoseRequestSchema.safeParse(raw);
      if (!request.success) {
        send({ type: 'unavailable', reason: { key: 'panel.bad-request' }, failure: null });
        return;
      }
      void admitDiagnosis(browser.storage.session, sender.tabId, request.data.fresh, Date.now()).then((admission) => {
        if (!admission.ok) {
          // The wait is at most WINDOW_MS: "a few seconds" says it without a clock.
          send({ type: 'unavailable', reason: { key: 'panel.too-many-checks' }, failure: null });
          return;
        }
        return diagnoseOrder({ pageUrl: sender.url, orderId: request.data.orderId, fresh: admission.fresh }, send);
      });
    });
  });
}
