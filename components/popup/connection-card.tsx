import { useEffect, useState } from 'react';
import type { BudgetSummary } from '../../lib/sync/popup-view';
import { ACCOUNTING_NAME, platformName } from '../../lib/checks/support/names';
import type { Message } from '../../lib/i18n/message';
import { Icon } from '../panel/icons';
import { ClassCounts } from './class-counts';
import { DocumentFeedLine } from './document-feed';
import { usePopup } from './popup-context';
import { RunState } from './run-state';
import { UnreadDays } from './unread-days';
import { buttonQuiet, buttonSecondary } from './styles';
import { activeRun, isRunning, type ConnectionView } from './sync-data';
import { clockTime, formatCount, relativeText, shortDate } from './time-text';

/** One connection: name, access on both sides, last and next check, budget, run, counts. */
export function ConnectionCard({ connection }: { connection: ConnectionView }) {
  const { t } = usePopup();
  const { id, label, platform, status, run } = connection;
  const [runError, setRunError] = useState<Message | null>(null);
  const titleId = `connection-${id}`;
  return (
    <li data-testid="popup-connection" data-connection-id={id} aria-labelledby={titleId} className="rounded-lg border border-slate-200 bg-white p-2.5 shadow-sm">
      <div className="flex items-center justify-between gap-2">
        <div className="flex min-w-0 flex-wrap items-baseline gap-x-1.5">
          <h3 id={titleId} className="min-w-0 text-sm font-semibold break-words">
            {label}
          </h3>
          <span className="shrink-0 text-xs text-slate-600">{platformName(platform)}</span>
        </div>
        <RunNowButton connection={connection} onError={setRunError} />
      </div>
      <Health connection={connection} />
      <Timing connection={connection} />
      <Budget connection={connection} />
      <DocumentFeedLine status={status} />
      {runError && (
        <p data-testid="run-now-error" role="alert" className="mt-2 flex gap-1.5 text-[13px] text-red-800">
          <Icon name="warning" className="mt-0.5 size-4 shrink-0" />
          {t(runError)}
        </p>
      )}
      <RunState connection={connection} />
      {status?.lastSuccessAt != null ? (
        <>
          <UnreadDays status={status} platform={platform} />
          <ClassCounts status={status} />
        </>
      ) : (
        run === null && (
          <p data-testid="no-run" className="mt-2 text-[13px] text-slate-700">
            {t('popup.no-run')}
          </p>
        )
      )}
    </li>
  );
}

function RunNowButton({ connection, onError }: { connection: ConnectionView; onError(error: Message | null): void }) {
  const { t, actions } = usePopup();
  const [starting, setStarting] = useState(false);
  // A paused run may be woken by hand (the background resumes it); a working one is left alone.
  const active = activeRun(connection.run);
  const busy = starting || (active !== null && active.pauseReason === null);
  const start = async () => {
    if (busy) return;
    setStarting(true);
    onError(null);
    try {
      const answer = await actions.runNow(connection.id);
      if (!answer.ok) onError(answer.error);
    } finally {
      setStarting(false);
    }
  };
  return (
    <button
      type="button"
      data-testid="run-now"
      aria-disabled={busy || undefined}
      aria-label={t('popup.run-now.label', { label: connection.label })}
      className={buttonSecondary}
      onClick={() => void start()}
    >
      {starting ? t('popup.run-now.starting') : t('popup.run-now')}
    </button>
  );
}

function Health({ connection }: { connection: ConnectionView }) {
  const { t, actions } = usePopup();
  const { status, platform } = connection;
  const sides = [
    { testId: 'health-shop', name: platformName(platform), ok: status?.shopOk ?? null },
    { testId: 'health-accounting', name: ACCOUNTING_NAME, ok: status?.accountingOk ?? null },
  ];
  const refused = sides.some((side) => side.ok === false);
  return (
    <div className="mt-1.5">
      <ul aria-label={t('popup.health.label')} className="flex flex-wrap gap-1.5">
        {sides.map(({ testId, name, ok }) => (
          <li
            key={testId}
            data-testid={testId}
            data-ok={ok === null ? 'unknown' : String(ok)}
            className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${
              ok === true ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : ok === false ? 'border-red-300 bg-red-50 text-red-900' : 'border-slate-200 bg-slate-50 text-slate-700'
            }`}
          >
            <Icon name={ok === true ? 'check' : ok === false ? 'cross' : 'dash'} className="size-3.5 shrink-0" />
            {t(ok === true ? 'popup.health.ok' : ok === false ? 'popup.health.refused' : 'popup.health.unknown', { name })}
          </li>
        ))}
      </ul>
      {refused && (
        <button type="button" data-testid="fix-credentials" className={`${buttonQuiet} mt-0.5 !px-0 !text-xs !text-red-800 underline`} onClick={() => void actions.openOptions()}>
          {t('popup.health.refused-hint')}
        </button>
      )}
    </div>
  );
}

function Timing({ connection }: { connection: ConnectionView }) {
  const { t, lang, now, timeZone } = usePopup();
  const { status, run } = connection;
  if (!status) return null;
  const last = status.lastSuccessAt === null ? null : Date.parse(status.lastSuccessAt);
  const next = status.nextDueAt === null ? null : Date.parse(status.nextDueAt);
  const running = isRunning(run);
  return (
    <p className="mt-1.5 text-[13px] text-slate-700">
      {last === null ? (
        <span data-testid="last-run">{t('popup.last.never')}</span>
      ) : (
        <time data-testid="last-run" dateTime={status.lastSuccessAt ?? undefined} title={`${shortDate(last, lang, timeZone)} ${clockTime(last, lang, timeZone)}`}>
          {t('popup.last.at', { ago: relativeText(last, now, lang, t) })}
        </time>
      )}
      {next !== null && !running && (
        <>
          {' · '}
          <span data-testid="next-run">
            {next - now <= 0 ? t('popup.next.due') : t('popup.next.at', { when: relativeText(next, now, lang, t) })}
          </span>
        </>
      )}
    </p>
  );
}

/** The accounting system's calls left today, re-read when a run moves on (each run spends some). */
function Budget({ connection }: { connection: ConnectionView }) {
  const { t, lang, actions } = usePopup();
  const { id, status, run } = connection;
  const [budget, setBudget] = useState<BudgetSummary | null>(null);
  const refresh = `${status?.lastSuccessAt ?? ''}|${run?.runId ?? ''}|${run?.phase ?? ''}|${run?.progress.documents ?? 0}`;
  useEffect(() => {
    let live = true;
    actions.budget(id).then(
      (value) => live && setBudget(value),
      () => live && setBudget(null),
    );
    return () => {
      live = false;
    };
  }, [actions, id, refresh]);
  if (!budget) return null;
  return (
    <p data-testid="budget" data-low={budget.low} className={`mt-0.5 text-[13px] ${budget.low ? 'font-medium text-amber-900' : 'text-slate-700'}`}>
      {t('popup.budget', { remaining: formatCount(budget.remaining, lang), limit: formatCount(budget.limit, lang) })}
      {budget.low && ` ${t('popup.budget.low')}`}
    </p>
  );
}
