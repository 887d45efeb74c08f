import { useMemo } from 'react';
import type { Lang } from '../../lib/i18n/translate';
import type { PopupDatabase } from '../../lib/sync/popup-view';
import { Icon } from '../panel/icons';
import { ConnectionCard } from './connection-card';
import { MissingList } from './missing-list';
import { PopupContext, makeTranslate, useNow, usePopup, type PopupActions, type PopupEnv } from './popup-context';
import { buttonPrimary, buttonQuiet } from './styles';
import { activeRun, usePopupData, type PopupData } from './sync-data';

interface Props {
  lang: Lang;
  actions: PopupActions;
  /** Tests: a clock and a zone; the browser's otherwise. */
  clock?: () => number;
  timeZone?: string;
  /** Tests: a database of their own; the extension's otherwise. */
  database?: PopupDatabase;
}

const systemClock = () => Date.now();

/**
 * The toolbar popup: per connection its health, last and next check, the accounting budget, the counts
 * per class and any run in progress; below, the missing orders, newest first, each opening its
 * order page in the shop admin. Opens at once from IndexedDB and follows the background live.
 */
export function PopupApp({ lang, actions, clock = systemClock, timeZone, database }: Props) {
  const now = useNow(clock);
  const env = useMemo<PopupEnv>(() => ({ lang, t: makeTranslate(lang), actions, now, timeZone }), [lang, actions, now, timeZone]);
  const data = usePopupData(database);
  return (
    <PopupContext.Provider value={env}>
      <PopupPage data={data} />
    </PopupContext.Provider>
  );
}

function PopupPage({ data }: { data: PopupData | undefined }) {
  const { t, actions } = usePopup();
  const checking = data?.connections.some((c) => activeRun(c.run)?.pauseReason === null) ?? false;
  return (
    <div className="flex flex-col gap-4 p-3 text-slate-900">
      <header className="flex items-start justify-between gap-2">
        <div className="flex min-w-0 items-start gap-2">
          <Icon name="stethoscope" className="mt-0.5 size-6 shrink-0 text-blue-700" />
          <div className="min-w-0">
            <p className="text-xs font-semibold tracking-wide text-blue-800">{t('popup.brand')}</p>
            <h1 className="text-base font-semibold leading-tight">{t('popup.title')}</h1>
            {checking && (
              <p data-testid="header-progress" className="mt-0.5 flex items-center gap-1 text-xs text-blue-800">
                <Icon name="spinner" className="size-3.5 shrink-0" />
                {t('popup.progress.label')}
              </p>
            )}
          </div>
        </div>
        <button type="button" data-testid="open-settings" className={buttonQuiet} onClick={() => void actions.openOptions()}>
          {t('popup.settings')}
        </button>
      </header>
      <Body data={data} />
    </div>
  );
}

function Body({ data }: { data: PopupData | undefined }) {
  const { t, actions } = usePopup();
  if (data === undefined) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
        <Icon name="spinner" className="size-4 text-blue-700" />
        {t('popup.loading')}
      </p>
    );
  }
  if (data.connections.length === 0) {
    return (
      <section data-testid="popup-empty" aria-labelledby="empty-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="empty-title" className="text-[15px] font-semibold">
          {t('popup.empty.title')}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t('popup.empty.body')}</p>
        <button type="button" data-testid="set-up-connection" className={`${buttonPrimary} mt-3`} onClick={() => void actions.openOptions()}>
          {t('popup.empty.action')}
        </button>
      </section>
    );
  }
  // The missing orders first: the badge's number leads here. Then each connection's health.
  return (
    <>
      <MissingList data={data} showLabels={data.connections.length > 1} />
      <section aria-labelledby="connections-title">
        <h2 id="connections-title" className="text-[15px] font-semibold">
          {t('popup.connections')}
        </h2>
        <ul className="mt-1.5 flex flex-col gap-2">
          {data.connections.map((connection) => (
            <ConnectionCard key={connection.id} connection={connection} />
          ))}
        </ul>
      </section>
    </>
  );
}
