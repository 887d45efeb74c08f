import { useState } from 'react';
import { langFrom } from '../../lib/i18n/translate';
import type { DiagnoseTransport } from '../../lib/messaging/diagnose-client';
import type { OrderOnPage } from '../../lib/page/order-page-watcher';
import { CheckList } from './check-list';
import { TextsProvider } from './i18n';
import { CheckedAt, RunActions, UnavailableActions } from './panel-actions';
import { PanelFrame } from './panel-frame';
import { StatusArea } from './status-area';
import { useDiagnosis } from './use-diagnosis';

interface DiagnosisPanelProps {
  order: OrderOnPage;
  /** How a diagnosis is asked for: the `diagnose` port in the extension, a fake in tests. */
  transport: DiagnoseTransport;
}

/** The whole panel, independent of the browser APIs: the transport comes in as a prop. */
export function DiagnosisPanel({ order, transport }: DiagnosisPanelProps) {
  const [lang] = useState(() => langFrom(navigator.language));
  return (
    <TextsProvider lang={lang}>
      <PanelContent order={order} transport={transport} />
    </TextsProvider>
  );
}

function PanelContent({ order, transport }: DiagnosisPanelProps) {
  const { state, start } = useDiagnosis(order.orderId, transport);
  const diagnosis = state.phase === 'result' ? state.diagnosis : null;
  const results = state.phase === 'running' ? state.done : (diagnosis?.results ?? null);
  return (
    <PanelFrame orderId={order.orderId} orderNumber={diagnosis?.order?.orderNumber ?? null}>
      <StatusArea state={state} platform={order.platform} />
      {state.phase === 'unavailable' && <UnavailableActions failure={state.failure} onRetry={() => start(true)} />}
      <RunActions state={state} onRun={start} />
      {results && state.phase !== 'idle' && state.phase !== 'unavailable' && (
        // Keyed per run and phase: the final result opens its first failing row afresh.
        <CheckList key={`${state.run}-${state.phase}`} results={results} running={state.phase === 'running'} />
      )}
      {diagnosis && <CheckedAt diagnosis={diagnosis} />}
    </PanelFrame>
  );
}
