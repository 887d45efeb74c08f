import { diagnoseOverPort } from '../../lib/messaging/diagnose-client';
import type { OrderOnPage } from '../../lib/page/order-page-watcher';
import { DiagnosisPanel } from './diagnosis-panel';

/** The panel as the content script mounts it: diagnoses travel over the `diagnose` port. */
export function PanelApp({ order }: { order: OrderOnPage }) {
  return <DiagnosisPanel order={order} transport={diagnoseOverPort} />;
}
