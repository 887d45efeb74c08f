import { useState } from 'react';
import type { Message } from '../../lib/i18n/message';
import type { Refusal } from '../../lib/messaging/protocol';
import type { Side } from '../../lib/model/fetched';
import { Button } from './fields';
import { useOptions, useT } from './options-context';

type Result = { state: 'idle' } | { state: 'running' } | { state: 'ok'; notice?: Message } | { state: 'failed'; refusal: Refusal };

/** "Test connection" for one side: tries the STORED credentials and says what happened. */
export function TestButton({ id, side, saved }: { id: string; side: Side; saved: boolean }) {
  const { send } = useOptions();
  const t = useT();
  const [result, setResult] = useState<Result>({ state: 'idle' });
  const run = async () => {
    setResult({ state: 'running' });
    const answer = await send('connections.test', { id, side });
    setResult(answer.ok ? { state: 'ok', ...(answer.notice ? { notice: answer.notice } : {}) } : { state: 'failed', refusal: answer });
  };
  return (
    <div className="mt-2 flex flex-wrap items-center gap-3">
      <Button testId={`test-${side}`} onClick={() => void run()} disabled={!saved || result.state === 'running'}>
        {t('options.test.button')}
      </Button>
      <p data-testid={`test-${side}-result`} data-state={result.state} aria-live="polite" className="text-sm">
        {!saved && <span className="text-slate-500">{t('options.test.save-first')}</span>}
        {result.state === 'running' && <span className="text-slate-600">{t('options.test.running')}</span>}
        {result.state === 'ok' && <span className="text-green-700">{t('options.test.ok')}</span>}
        {result.state === 'ok' && result.notice && (
          <span data-testid={`test-${side}-notice`} className="block text-slate-700">
            {t(result.notice)}
          </span>
        )}
        {result.state === 'failed' && (
          <span className="text-red-700" title={result.refusal.failure?.detail}>
            {t(result.refusal.error)}
          </span>
        )}
      </p>
    </div>
  );
}
