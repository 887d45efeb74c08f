import type { Verdict } from '../../lib/checks/types';
import type { Platform } from '../../lib/model/order';
import { platformName } from '../../lib/checks/support/names';
import { verdictHeadline } from '../../lib/report/verdict-text';
import { useTexts } from './i18n';
import { Icon } from './icons';
import { VERDICT_LOOK } from './styles';
import type { DiagnosisState, Stage } from './use-diagnosis';

const HINT_KEYS: Record<Verdict['kind'], string> = {
  'already-imported': 'panel.hint.already-imported',
  'will-not-import': 'panel.hint.will-not-import',
  'cannot-tell': 'panel.hint.cannot-tell',
  'will-import': 'panel.hint.will-import',
};

const STAGE_KEYS: Record<Stage | 'starting', string> = {
  starting: 'panel.stage.starting',
  'reading-order': 'panel.stage.reading-order',
  'reading-accounting': 'panel.stage.reading-accounting',
};

/**
 * One live region that stays mounted from the first click on, so screen readers announce each
 * change: the progress, then the verdict (or why no check was possible).
 */
export function StatusArea({ state, platform }: { state: DiagnosisState; platform: Platform }) {
  const verdict = state.phase === 'result' ? state.diagnosis.verdict : null;
  const box = verdict ? `border-l-4 ${VERDICT_LOOK[verdict.kind].box}` : state.phase === 'unavailable' ? `border-l-4 ${VERDICT_LOOK['cannot-tell'].box}` : 'border-slate-200 bg-slate-50 text-slate-900';
  return (
    <div role="status" aria-live="polite" data-testid="panel-status" data-verdict={verdict?.kind} data-state={state.phase} className={`rounded-lg border p-3 ${box}`}>
      <StatusContent state={state} platform={platform} />
    </div>
  );
}

function StatusContent({ state, platform }: { state: DiagnosisState; platform: Platform }) {
  const { t, lang } = useTexts();
  switch (state.phase) {
    case 'idle':
      return <p className="text-slate-700">{t('panel.intro', { platform: platformName(platform) })}</p>;
    case 'running':
      return (
        <p className="flex items-center gap-2 text-slate-900">
          <Icon name="spinner" className="size-[18px] shrink-0 text-blue-700" />
          {t(STAGE_KEYS[state.stage ?? 'starting'], { platform: platformName(platform) })}
        </p>
      );
    case 'result': {
      const { verdict } = state.diagnosis;
      return (
        <Line icon={VERDICT_LOOK[verdict.kind].icon} iconClass={VERDICT_LOOK[verdict.kind].text} head={verdictHeadline(verdict, lang)} body={t(HINT_KEYS[verdict.kind])} />
      );
    }
    case 'unavailable':
      return <Line icon="warning" iconClass={VERDICT_LOOK['cannot-tell'].text} head={t('panel.unavailable')} body={t(state.reason)} />;
  }
}

function Line({ icon, iconClass, head, body }: { icon: Parameters<typeof Icon>[0]['name']; iconClass: string; head: string; body: string }) {
  return (
    <div className="flex gap-3">
      <Icon name={icon} className={`mt-px size-[22px] shrink-0 ${iconClass}`} />
      <div className="min-w-0">
        <p className="text-[15px] font-semibold leading-snug" data-testid="status-head">
          {head}
        </p>
        <p className="mt-1 text-[13px]">{body}</p>
      </div>
    </div>
  );
}
