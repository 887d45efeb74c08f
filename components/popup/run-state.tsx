import { failureSentence } from '../../lib/checks/support/from-failure';
import { platformName } from '../../lib/checks/support/names';
import type { Failure } from '../../lib/model/fetched';
import type { Platform } from '../../lib/model/order';
import { technicalRows } from '../../lib/report/technical-rows';
import type { PauseReason, SyncPhase, SyncRun } from '../../lib/sync/model';
import { Icon } from '../panel/icons';
import { usePopup } from './popup-context';
import { activeRun, type ConnectionView } from './sync-data';
import { whenText } from './time-text';

const PHASE_KEYS: Record<SyncPhase, string> = {
  orders: 'popup.phase.orders',
  documents: 'popup.phase.documents',
  classify: 'popup.phase.classify',
  done: 'popup.phase.done',
};

/** Why a run waits, in the merchant's words; each text takes {when}. */
const PAUSE_KEYS: Record<PauseReason, string> = {
  'rate-limit': 'popup.paused.rate-limit',
  'daily-budget': 'popup.paused.daily-budget',
  'error-budget': 'popup.paused.error-budget',
  offline: 'popup.paused.offline',
  server: 'popup.paused.server',
};

/** The run of this connection: its progress (and why it waits), or why the last one failed. */
export function RunState({ connection }: { connection: ConnectionView }) {
  const { run, platform } = connection;
  const active = activeRun(run);
  if (active) {
    return (
      <>
        <Progress run={active} platform={platform} />
        {active.pauseReason !== null && <Paused reason={active.pauseReason} until={active.pausedUntil} />}
      </>
    );
  }
  if (run?.failure) return <FailureLine failure={run.failure} platform={platform} />;
  return null;
}

function Progress({ run, platform }: { run: SyncRun; platform: Platform }) {
  const { t } = usePopup();
  const { orders, classified } = run.progress;
  const comparing = run.phase === 'classify' && orders > 0;
  const paused = run.pauseReason !== null;
  const percent = comparing ? Math.min(100, Math.round((classified / orders) * 100)) : null;
  return (
    <div data-testid="sync-progress" data-phase={run.phase} className="mt-2 rounded-md border border-blue-200 bg-blue-50 px-2.5 py-2 text-[13px] text-blue-950">
      <p role="status" className="flex items-center gap-1.5 font-medium">
        <Icon name={paused ? 'clock' : 'spinner'} className="size-4 shrink-0 text-blue-700" />
        {t(PHASE_KEYS[run.phase], { platform: platformName(platform) })}
      </p>
      <p data-testid="sync-progress-count" className="mt-0.5 pl-[22px] text-blue-900">
        {comparing ? t('popup.progress.compared', { done: classified, orders }) : t('popup.progress.read', { orders })}
      </p>
      <div
        role="progressbar"
        aria-label={t('popup.progress.label')}
        aria-valuemin={percent === null ? undefined : 0}
        aria-valuemax={percent === null ? undefined : 100}
        aria-valuenow={percent ?? undefined}
        className="mt-1.5 ml-[22px] h-1.5 overflow-hidden rounded-full bg-blue-100"
      >
        {percent === null ? (
          <div className={`h-full w-1/3 rounded-full bg-blue-600 ${paused ? '' : 'motion-safe:animate-pulse'}`} />
        ) : (
          <div className="h-full rounded-full bg-blue-600" style={{ width: `${percent}%` }} />
        )}
      </div>
    </div>
  );
}

function Paused({ reason, until }: { reason: PauseReason; until: string | null }) {
  const { t, lang, now, timeZone } = usePopup();
  const at = until === null ? now : Date.parse(until);
  return (
    <p data-testid="sync-paused" data-reason={reason} data-until={until ?? undefined} className="mt-2 flex gap-1.5 rounded-md border border-amber-300 bg-amber-50 px-2.5 py-2 text-[13px] text-amber-950">
      <Icon name="clock" className="mt-0.5 size-4 shrink-0 text-amber-800" />
      <span>{t(PAUSE_KEYS[reason], { when: whenText(at, now, lang, t, timeZone) })}</span>
    </p>
  );
}

function FailureLine({ failure, platform }: { failure: Failure; platform: Platform }) {
  const { t } = usePopup();
  const sentence = failureSentence(failure, platform);
  const rows = technicalRows(failure, { call: t('popup.technical.call'), status: t('popup.technical.status'), detail: t('popup.technical.detail') });
  return (
    <div data-testid="sync-failure" data-kind={failure.kind} className="mt-2 rounded-md border border-red-300 bg-red-50 px-2.5 py-2 text-[13px] text-red-950">
      <p className="flex gap-1.5">
        <Icon name="warning" className="mt-0.5 size-4 shrink-0 text-red-800" />
        <span>
          <span className="font-semibold">{t('popup.failure.head')}</span> {t(sentence.key, sentence.params)}
        </span>
      </p>
      <details className="mt-1 pl-[22px] text-xs text-slate-800">
        <summary className="cursor-pointer rounded text-red-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-blue-700">
          {t('popup.technical')}
        </summary>
        <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-0.5 rounded bg-white/70 p-1.5 font-mono">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-700">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
