import type { MouseEvent } from 'react';
import type { Diagnosis } from '../../lib/messaging/schemas';
import type { Failure } from '../../lib/model/fetched';
import { CopyReportButton } from './copy-report-button';
import { useTexts } from './i18n';
import { Icon } from './icons';
import { buttonPrimary } from './styles';
import { TechnicalDetail } from './technical-detail';
import type { DiagnosisState } from './use-diagnosis';

/**
 * The run button keeps its place (and the keyboard focus) from "Check import" through "Checking…"
 * to "Check again"; while a run goes on it is aria-disabled rather than disabled, so focus stays.
 */
export function RunActions({ state, onRun }: { state: DiagnosisState; onRun: (fresh: boolean, event: MouseEvent) => void }) {
  const { t } = useTexts();
  if (state.phase === 'unavailable') return null;
  const running = state.phase === 'running';
  const again = state.phase === 'result' || (running && state.fresh);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        data-testid={again ? 'check-again' : 'check-import'}
        aria-disabled={running || undefined}
        className={buttonPrimary}
        onClick={(event) => {
          if (!running) onRun(again, event);
        }}
      >
        {running && <Icon name="spinner" className="size-4" />}
        {running ? t('panel.checking') : t(again ? 'panel.check-again' : 'panel.check-import')}
      </button>
      {state.phase === 'result' && <CopyReportButton diagnosis={state.diagnosis} />}
    </div>
  );
}

export function UnavailableActions({ failure, onRetry }: { failure: Failure | null; onRetry: (event: MouseEvent) => void }) {
  const { t } = useTexts();
  return (
    <div className="flex flex-col items-start gap-3">
      {failure && <TechnicalDetail failure={failure} />}
      <button type="button" data-testid="try-again" className={buttonPrimary} onClick={onRetry}>
        {t('panel.try-again')}
      </button>
    </div>
  );
}

export function CheckedAt({ diagnosis }: { diagnosis: Diagnosis }) {
  const { t, lang } = useTexts();
  return (
    <p className="text-xs text-slate-700" data-testid="checked-at">
      {t('panel.checked-at', { time: formatInstant(diagnosis.checkedAt, lang), connection: diagnosis.connectionLabel })}
    </p>
  );
}

function formatInstant(iso: string, lang: 'nl' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
