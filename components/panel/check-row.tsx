import type { CheckResult } from '../../lib/checks/types';
import type { Message } from '../../lib/i18n/message';
import { OUTCOME_KEYS } from '../../lib/report/build-report';
import { EvidenceList } from './evidence-list';
import { useTexts } from './i18n';
import { Icon } from './icons';
import { OUTCOME_LOOK, disclosureButton, type Look } from './styles';
import { TechnicalDetail } from './technical-detail';
import { useDisclosure } from './use-disclosure';

export type RowState = { kind: 'done'; result: CheckResult } | { kind: 'pending' } | { kind: 'missing' };

interface CheckRowProps {
  id: number;
  row: RowState;
  defaultOpen: boolean;
}

/** One check: title, outcome and summary; evidence, fix and technical detail behind a disclosure. */
export function CheckRow({ id, row, defaultOpen }: CheckRowProps) {
  const { t } = useTexts();
  const outcome = row.kind === 'done' ? row.result.outcome : row.kind;
  const look = OUTCOME_LOOK[outcome];
  const label = row.kind === 'done' ? t(OUTCOME_KEYS[row.result.outcome]) : t(row.kind === 'pending' ? 'panel.row.checking' : 'panel.row.not-run');
  const head = { title: `${id}. ${t(`check.${id}.title`)}`, label, summary: row.kind === 'done' ? t(row.result.summary) : null, look };
  return (
    <li role="listitem" data-check={id} data-outcome={outcome} className="border-t border-slate-200 first:border-t-0">
      {row.kind === 'done' && hasDetail(row.result) ? (
        <Expandable result={row.result} head={head} defaultOpen={defaultOpen} />
      ) : (
        <RowHead {...head} open={null} />
      )}
    </li>
  );
}

function hasDetail(result: CheckResult): boolean {
  return result.evidence.length > 0 || result.fix !== null || result.failure !== null;
}

interface Head {
  title: string;
  label: string;
  summary: string | null;
  look: Look;
}

function Expandable({ result, head, defaultOpen }: { result: CheckResult; head: Head; defaultOpen: boolean }) {
  const { open, buttonProps, regionProps } = useDisclosure(defaultOpen);
  return (
    <>
      <button {...buttonProps} className={disclosureButton}>
        <RowHead {...head} open={open} />
      </button>
      <div {...regionProps} className="flex flex-col gap-3 pb-3 pl-[34px] pr-2 pt-1">
        {result.fix && <FixNote outcome={result.outcome} text={result.fix} />}
        <EvidenceList evidence={result.evidence} />
        {result.failure && <TechnicalDetail failure={result.failure} />}
      </div>
    </>
  );
}

/** `open` is null for a row without a disclosure (nothing more to show, or still checking). */
function RowHead({ title, label, summary, look, open }: Head & { open: boolean | null }) {
  return (
    <span className="flex items-start gap-2 px-2 py-2">
      <Icon name={look.icon} className={`mt-px size-[18px] shrink-0 ${look.text}`} />
      <span className="min-w-0 flex-1">
        <span className="flex items-baseline justify-between gap-2">
          <span className="font-semibold text-slate-900">{title}</span>
          <span className={`shrink-0 text-xs font-semibold ${look.text}`} data-testid="outcome-label">
            {label}
          </span>
        </span>
        {summary && <span className="mt-0.5 block text-[13px] text-slate-700">{summary}</span>}
      </span>
      {open !== null && <Icon name="chevron" className={`mt-0.5 size-4 shrink-0 text-slate-700 ${open ? 'rotate-180' : ''}`} />}
    </span>
  );
}

/** The fix: prominent where the merchant has to act (fail, warn). */
function FixNote({ outcome, text }: { outcome: CheckResult['outcome']; text: Message }) {
  const { t } = useTexts();
  const prominent = outcome === 'fail' || outcome === 'warn';
  const box = prominent ? `rounded-md border-l-4 p-2 ${OUTCOME_LOOK[outcome].box}` : 'text-slate-900';
  return (
    <div className={box} data-testid="fix">
      <p className="text-xs font-semibold">{t('panel.fix')}</p>
      <p className="mt-0.5">{t(text)}</p>
    </div>
  );
}
