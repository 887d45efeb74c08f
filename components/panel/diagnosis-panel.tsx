import { useState, type MouseEvent } from 'react';
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
  /**
   * Whether a click on the panel's buttons came from the merchant. Default: the browser's own
   * word (isTrusted), so a script on the shop page that clicks them starts nothing (P4). Tests of
   * the panel alone, whose synthetic clicks are never trusted, pass their own.
   */
  isUserGesture?: (event: MouseEvent) => boolean;
}

const trustedOnly = (event: MouseEvent) => event.nativeEvent.isTrusted;

/** The whole panel, independent of the browser APIs: the transport comes in as a prop. */
export function DiagnosisPanel({ order, transport, isUserGesture = trustedOnly }: DiagnosisPanelProps) {
  const [lang] = useState(() => langFrom(navigator.language));
  return (
    <TextsProvider lang={lang}>
      <PanelContent order={order} transport={transport} isUserGesture={isUserGesture} />
    </TextsProvider>
  );
}

function PanelContent({ order, transport, isUserGesture }: Required<DiagnosisPanelProps>) {
  const { state, start } = useDiagnosis(order.orderId, transport);
  const run = (fresh: boolean, event: MouseEvent) => {
    if (isUserGesture(event)) start(fresh);
  };
  const diagnosis = state.phase === 'result' ? state.diagnosis : null;
  const results = state.phase === 'running' ? state.done : (diagnosis?.results ?? null);
  return (
    <PanelFrame orderId={order.orderId} orderNumber={diagnosis?.order?.orderNumber ?? null}>
      <StatusArea state={state} platform={order.platform} />
      {state.phase === 'unavailable' && <UnavailableActions failure={state.failure} onRetry={(event) => run(true, event)} />}
      <RunActions state={state} onRun={run} />
      {results && state.phase !== 'idle' && state.phase !== 'unavailable' && (
        // Keyed per run and phase: the final result opens its first failing row afresh.
        <CheckList key={`${state.run}-${state.phase}`} results={results} running={state.phase === 'running'} />
      )}
      {diagnosis && <CheckedAt diagnosis={diagnosis} />}
    </PanelFrame>
  );
}
