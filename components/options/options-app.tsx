import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../lib/i18n/translate';
import type { ConnectionEntry, PlatformInfo, SendSettingsMessage, UnreadableConnection } from '../../lib/messaging/protocol';
import { ConfigTransfer, type Download } from './config-transfer';
import { ConnectionForm } from './connection-form';
import { ConnectionList } from './connection-list';
import { emptyForm, formFromProfile, FORM_SYSTEM, type FormState } from './form-state';
import { NoticeLine } from './notice-line';
import { SyncSettingsSection } from './sync-settings';
import type { SiteAccess } from './site-access';
import { OptionsContext, useOptions, useT } from './options-context';
import type { Notice } from './use-connection-form';
import { UnreadableConnections } from './unreadable-connections';

interface Props {
  /** The only way to the background (lib/messaging/protocol.ts sendSettingsMessage in the page). */
  send: SendSettingsMessage;
  lang: Lang;
  newId?: () => string;
  download?: Download;
  siteAccess?: SiteAccess;
}

/** The options page: connections (list and form) and the configuration file. */
export function OptionsApp({ send, lang, newId = () => crypto.randomUUID(), download, siteAccess }: Props) {
  const env = useMemo(() => ({ send, lang, ...(siteAccess ? { siteAccess } : {}) }), [send, lang, siteAccess]);
  return (
    <OptionsContext.Provider value={env}>
      <OptionsPage newId={newId} download={download} />
    </OptionsContext.Provider>
  );
}

interface Editing {
  initial: FormState;
  entry: ConnectionEntry | null;
}

function OptionsPage({ newId, download }: { newId: () => string; download: Download | undefined }) {
  const { send } = useOptions();
  const t = useT();
  const [entries, setEntries] = useState<ConnectionEntry[]>([]);
  const [platforms, setPlatforms] = useState<PlatformInfo[]>([]);
  const [unreadable, setUnreadable] = useState<UnreadableConnection[]>([]);
  const [redirectUri, setRedirectUri] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const reload = useCallback(
    () =>
      send('connections.list').then((answer) => {
        if (!answer.ok) return setNotice({ tone: 'error', message: answer.error });
        setEntries(answer.connections);
        setPlatforms(answer.platforms);
        setUnreadable(answer.unreadable);
      }),
    [send],
  );

  useEffect(() => {
    void reload();
    void send('accounting.redirectUri', { system: FORM_SYSTEM }).then((answer) => {
      if (answer.ok) setRedirectUri(answer.redirectUri);
    });
  }, [reload, send]);

  const add = () => {
    const first = platforms[0];
    if (first) setEditing({ initial: emptyForm(first, newId()), entry: null });
  };
  const remove = async (entry: ConnectionEntry) => {
    const answer = await send('connections.delete', { id: entry.profile.id });
    setNotice(answer.ok ? { tone: 'ok', message: { key: 'options.list.deleted', params: { label: entry.profile.label } } } : { tone: 'error', message: answer.error });
    await reload();
  };
  const removeUnreadable = async (row: UnreadableConnection) => {
    const answer = await send('connections.delete', { id: row.id });
    setNotice(answer.ok ? { tone: 'ok', message: { key: 'options.list.deleted', params: { label: row.label ?? t('options.unreadable.unnamed') } } } : { tone: 'error', message: answer.error });
    await reload();
  };

  return (
    <main className="mx-auto max-w-3xl p-6 text-slate-900">
      <h1 className="mb-1 text-2xl font-semibold">{t('options.title')}</h1>
      <p className="mb-6 text-sm text-slate-600">{t('options.intro')}</p>
      {notice && <NoticeLine notice={notice} testId="page-notice" />}
      <UnreadableConnections rows={unreadable} onDelete={(row) => void removeUnreadable(row)} />
      {editing ? (
        <ConnectionForm
          key={editing.initial.id}
          initial={editing.initial}
          entry={editing.entry}
          platforms={platforms}
          redirectUri={redirectUri}
          onSaved={() => void reload()}
          onClose={() => setEditing(null)}
        />
      ) : (
        <ConnectionList
          entries={entries}
          platforms={platforms}
          onAdd={add}
          onEdit={(entry) => setEditing({ initial: formFromProfile(entry.profile), entry })}
          onDelete={(entry) => void remove(entry)}
        />
      )}
      <SyncSettingsSection />
      <ConfigTransfer onImported={() => void reload()} download={download} />
    </main>
  );
}
