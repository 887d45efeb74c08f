import { browser } from '#imports';
import { DIAGNOSE_PORT, DiagnoseEventSchema, type DiagnoseEvent, type DiagnoseRequest } from './schemas';

/**
 * The panel's side of the `diagnose` port. A port (not a one-shot message) so the worker can
 * report progress while it reads, and so the worker stays alive while events flow.
 * Events that do not parse are dropped, never rendered.
 */
export type DiagnoseTransport = (request: DiagnoseRequest, onEvent: (event: DiagnoseEvent) => void) => () => void;

export const diagnoseOverPort: DiagnoseTransport = (request, onEvent) => {
  const port = browser.runtime.connect({ name: DIAGNOSE_PORT });
  let finished = false;
  port.onMessage.addListener((raw: unknown) => {
    const parsed = DiagnoseEventSchema.safeParse(raw);
    if (!parsed.success) return;
    if (parsed.data.type !== 'progress') finished = true;
    onEvent(parsed.data);
  });
  port.onDisconnect.addListener(() => {
    // The worker was stopped mid-run (MV3) or the extension was updated: say so instead of spinning.
    if (!finished) onEvent({ type: 'unavailable', reason: { key: 'panel.worker-gone' }, failure: null });
  });
  port.postMessage(request);
  return () => {
    finished = true;
    port.disconnect();
  };
};
