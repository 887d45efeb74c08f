import type { SyncClass, SyncStatus } from '../../lib/sync/model';
import { usePopup } from './popup-context';
import { CLASS_TEXT } from './styles';

/** The order of the cells: what arrived, what did not, then the orders that need no action. */
const CLASSES: readonly { cls: SyncClass; label: string; hint: string }[] = [
  { cls: 'imported', label: 'popup.class.imported', hint: 'popup.class-hint.imported' },
  { cls: 'missing', label: 'popup.class.missing', hint: 'popup.class-hint.missing' },
  { cls: 'cannot-tell', label: 'popup.class.cannot-tell', hint: 'popup.class-hint.cannot-tell' },
  { cls: 'waiting', label: 'popup.class.waiting', hint: 'popup.class-hint.waiting' },
  { cls: 'before-install', label: 'popup.class.before-install', hint: 'popup.class-hint.before-install' },
];

/** The window's orders per class, as of the last finished run. */
export function ClassCounts({ status }: { status: SyncStatus }) {
  const { t } = usePopup();
  const titleId = `counts-${status.connectionId}`;
  return (
    <div className="mt-2">
      <h4 id={titleId} className="text-xs text-slate-600">
        {t('popup.counts.title', { days: status.windowDays })}
      </h4>
      {/* Cells share the width, wrap between words, and never clip one ("Geïmporteerd"): flex, not a fixed grid. */}
      <dl aria-labelledby={titleId} className="mt-1 flex gap-1">
        {CLASSES.map(({ cls, label, hint }) => {
          const count = status.counts[cls] ?? 0;
          return (
            <div key={cls} title={t(hint)} className="flex min-w-min flex-1 basis-0 flex-col-reverse items-center justify-end rounded-md bg-slate-50 px-1 py-1 text-center">
              <dt className="text-[11px] leading-tight text-slate-700">{t(label)}</dt>
              <dd data-testid={`count-${cls}`} className={`text-base font-semibold leading-tight tabular-nums ${count > 0 ? CLASS_TEXT[cls] : 'text-slate-500'}`}>
                {count}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
