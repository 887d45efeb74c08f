import { browser, type Browser } from '#imports';
import { fitForPanel } from '../messaging/fit';
import { classifySender } from '../messaging/guard';
import { DIAGNOSE_PORT, DiagnoseRequestSchema, type DiagnoseEvent } from '../messaging/schemas';
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
      void diagnoseOrder({ pageUrl: sender.url, orderId: request.data.orderId, fresh: request.data.fresh }, send);
    });
  });
}
