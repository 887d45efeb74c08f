import { CHECK_IDS, type CheckResult } from '../../lib/checks/types';
import { CheckRow, type RowState } from './check-row';
import { useTexts } from './i18n';

interface CheckListProps {
  results: CheckResult[];
  /** True while the run goes on: checks without a result yet are being checked. */
  running: boolean;
}

/** The eight checks in their number order. After a run, the first failing one starts open. */
export function CheckList({ results, running }: CheckListProps) {
  const { t } = useTexts();
  const byId = new Map(results.map((r) => [r.id, r]));
  const firstOpen = running ? null : firstToOpen(results);
  return (
    <ul role="list" aria-label={t('panel.checks')} className="flex flex-col">
      {CHECK_IDS.map((id) => {
        const result = byId.get(id);
        const row: RowState = result ? { kind: 'done', result } : { kind: running ? 'pending' : 'missing' };
        return <CheckRow key={id} id={id} row={row} defaultOpen={id === firstOpen} />;
      })}
    </ul>
  );
}

/** The first failing check; without one, the first that could not be decided. */
function firstToOpen(results: CheckResult[]): number | null {
  const sorted = [...results].sort((a, b) => a.id - b.id);
  return (sorted.find((r) => r.outcome === 'fail') ?? sorted.find((r) => r.outcome === 'error'))?.id ?? null;
}
