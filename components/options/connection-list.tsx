import { useState } from 'react';
import type { ConnectionEntry, PlatformInfo } from '../../lib/messaging/protocol';
import { Button } from './fields';
import { useT, type Translate } from './options-context';

interface Props {
  entries: ConnectionEntry[];
  platforms: PlatformInfo[];
  onAdd(): void;
  onEdit(entry: ConnectionEntry): void;
  onDelete(entry: ConnectionEntry): void;
}

function accountingSummary(entry: ConnectionEntry, t: Translate): string {
  const { status } = entry;
  if (status.accountingConnected) {
    const division = entry.profile.accounting.division;
    return status.accountingUser
      ? t('options.list.accounting-connected-as', { user: status.accountingUser, division: division ?? '?' })
      : t('options.list.accounting-connected', { division: division ?? '?' });
  }
  return t(status.accountingAppSet ? 'options.accounting.status.app-set' : 'options.accounting.status.not-connected');
}

/** Every connection with its platform and accounting state; Add, Edit, Delete (asks first). */
export function ConnectionList({ entries, platforms, onAdd, onEdit, onDelete }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState<string | null>(null);
  const platformName = (entry: ConnectionEntry) => platforms.find((p) => p.platform === entry.profile.platform)?.displayName ?? entry.profile.platform;
  return (
    <section aria-labelledby="connections-title" className="mb-8">
      <div className="mb-3 flex items-center justify-between">
        <h2 id="connections-title" className="text-lg font-semibold">
          {t('options.list.title')}
        </h2>
        <Button testId="add-connection" kind="primary" onClick={onAdd} disabled={platforms.length === 0}>
          {t('options.list.add')}
        </Button>
      </div>
      {entries.length === 0 && <p className="text-sm text-slate-600">{t('options.list.empty')}</p>}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {entries.map((entry) => (
          <li key={entry.profile.id} data-testid="connection-row" data-connection-id={entry.profile.id} className="flex flex-wrap items-center gap-3 p-3">
            <div className="min-w-[12rem] flex-1">
              <p className="font-medium">{entry.profile.label}</p>
              <p className="text-sm text-slate-600">
                {platformName(entry)} · <span data-testid="row-exact-status">{accountingSummary(entry, t)}</span>
                {!entry.status.shopCredentialsSet && <> · {t('options.list.shop-credentials-missing')}</>}
              </p>
            </div>
            {confirming === entry.profile.id ? (
              // Its own line under the connection: the name stays readable while the merchant decides.
              <div role="alertdialog" aria-label={t('options.list.delete-confirm', { label: entry.profile.label })} className="flex w-full flex-wrap items-center justify-end gap-3">
                <span className="text-sm">{t('options.list.delete-confirm', { label: entry.profile.label })}</span>
                <Button testId="confirm-delete" kind="danger" onClick={() => onDelete(entry)}>
                  {t('options.list.delete-yes')}
                </Button>
                <Button testId="cancel-delete" onClick={() => setConfirming(null)}>
                  {t('options.list.delete-no')}
                </Button>
              </div>
            ) : (
              <>
                <Button testId="edit-connection" onClick={() => onEdit(entry)}>
                  {t('options.list.edit')}
                </Button>
                <Button testId="delete-connection" onClick={() => setConfirming(entry.profile.id)}>
                  {t('options.list.delete')}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
