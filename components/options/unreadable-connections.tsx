import { useState } from 'react';
import type { UnreadableConnection } from '../../lib/messaging/protocol';
import { Button } from './fields';
import { useT } from './options-context';

interface Props {
  rows: UnreadableConnection[];
  onDelete(row: UnreadableConnection): void;
}

const EXPLANATION: Record<UnreadableConnection['reason'], string> = {
  'newer-version': 'options.unreadable.newer-version',
  'no-step': 'options.unreadable.damaged',
  'step-failed': 'options.unreadable.damaged',
  invalid: 'options.unreadable.damaged',
};

/**
 * Stored connections that this version cannot read. They are kept exactly as stored (a newer
 * release may read them again) and never used; the merchant sees each one and may delete it.
 */
export function UnreadableConnections({ rows, onDelete }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="unreadable-title" data-testid="unreadable-connections" className="mb-8 rounded-lg border border-amber-300 bg-amber-50 p-3">
      <h2 id="unreadable-title" className="mb-2 font-semibold">
        {t('options.unreadable.title')}
      </h2>
      <ul className="space-y-2">
        {rows.map((row) => {
          const label = row.label ?? t('options.unreadable.unnamed');
          return (
            <li key={row.id} data-testid="unreadable-row" data-connection-id={row.id} className="flex flex-wrap items-center gap-3 text-sm">
              <span className="min-w-[12rem] flex-1">{t(EXPLANATION[row.reason], { label })}</span>
              {confirming === row.id ? (
                <span role="alertdialog" aria-label={t('options.list.delete-confirm', { label })} className="flex items-center gap-2">
                  <span>{t('options.list.delete-confirm', { label })}</span>
                  <Button testId="confirm-delete" kind="danger" onClick={() => onDelete(row)}>
                    {t('options.list.delete-yes')}
                  </Button>
                  <Button testId="cancel-delete" onClick={() => setConfirming(null)}>
                    {t('options.list.delete-no')}
                  </Button>
                </span>
              ) : (
                <Button testId="delete-connection" onClick={() => setConfirming(row.id)}>
                  {t('options.list.delete')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
