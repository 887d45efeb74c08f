import { useState, type MouseEvent } from 'react';
import { platformName } from '../../lib/checks/support/names';
import type { Platform } from '../../lib/model/order';
import type { SyncOrder } from '../../lib/sync/model';
import { Icon } from '../panel/icons';
import { usePopup } from './popup-context';
import { buttonQuiet, focusRing } from './styles';
import type { PopupData } from './sync-data';
import { shortDate } from './time-text';

/** How many orders show before "Show all". */
export const FIRST_SHOWN = 8;

/** Only web addresses open; anything else in a stored row (javascript:, data:) is shown, not linked. */
export function safeOrderUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The missing orders of every connection, newest first; orders that could not be judged marked apart. */
export function MissingList({ data, showLabels }: { data: PopupData; showLabels: boolean }) {
  const { t } = usePopup();
  const { connections, problems, more } = data;
  // "Nothing missing" only after a complete check; a first run that failed has proven nothing.
  const checked = connections.some((c) => c.status?.lastSuccessAt != null);
  const missing = connections.reduce((sum, c) => sum + (c.status?.counts.missing ?? 0), 0);
  const unknown = connections.reduce((sum, c) => sum + (c.status?.counts['cannot-tell'] ?? 0), 0);
  const connectionOf = new Map(connections.map((c) => [c.id, c]));
  // A long list would push every connection's health out of sight: the newest few, then "Show all".
  const [all, setAll] = useState(false);
  const shown = all ? problems : problems.slice(0, FIRST_SHOWN);
  const hidden = problems.length - shown.length;
  return (
    <section aria-labelledby="missing-title" data-testid="missing-section">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h2 id="missing-title" className="text-[15px] font-semibold">
          {t('popup.missing.title')}
        </h2>
        {missing > 0 && (
          <span data-testid="missing-total" className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">
            {t('popup.missing.count', { missing })}
          </span>
        )}
        {unknown > 0 && (
          <span data-testid="unknown-total" className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950 ring-1 ring-amber-400 ring-inset">
            {t('popup.missing.count-unknown', { unknown })}
          </span>
        )}
      </div>
      {problems.length === 0 ? (
        <p data-testid="missing-none" className="mt-1 flex gap-1.5 text-[13px] text-slate-700">
          {checked && <Icon name="check" className="mt-0.5 size-4 shrink-0 text-emerald-700" />}
          {t(checked ? 'popup.missing.none' : 'popup.missing.not-checked')}
        </p>
      ) : (
        <>
          <p className="mt-0.5 text-xs text-slate-600">{t('popup.missing.hint')}</p>
          <ul id="missing-list" data-testid="missing-list" className="mt-2 divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
            {shown.map((order) => {
              const connection = connectionOf.get(order.connectionId);
              return (
                <MissingRow
                  key={`${order.connectionId}:${order.orderId}`}
                  order={order}
                  platform={connection?.platform ?? null}
                  label={showLabels ? (connection?.label ?? null) : null}
                />
              );
            })}
          </ul>
          {hidden > 0 && (
            <button type="button" data-testid="missing-show-all" aria-controls="missing-list" className={`${buttonQuiet} mt-1`} onClick={() => setAll(true)}>
              {t('popup.missing.show-all', { count: problems.length })}
            </button>
          )}
          {more > 0 && hidden === 0 && (
            <p data-testid="missing-more" className="mt-1 text-xs text-slate-600">
              {t('popup.missing.more', { count: more })}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function MissingRow({ order, platform, label }: { order: SyncOrder; platform: Platform | null; label: string | null }) {
  const { t, lang, timeZone, actions } = usePopup();
  const unknown = order.class === 'cannot-tell';
  const url = safeOrderUrl(order.adminUrl);
  const reason = order.reason ? t(order.reason) : t('popup.missing.no-reason');
  const check = order.checkId === null ? null : t(`check.${order.checkId}.title`);
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // A plain click opens a tab through the extension; ctrl/middle-click keep the browser's own way.
    if (!url || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void actions.openOrder(url);
  };
  const content = (
    <>
      <Icon name={unknown ? 'question' : 'cross'} className={`mt-0.5 size-4 shrink-0 ${unknown ? 'text-amber-800' : 'text-red-700'}`} />
      <span className="min-w-0 flex-1">
        <span className="flex min-w-0 items-baseline gap-1.5">
          <span className="shrink-0 text-sm font-semibold text-slate-900 group-hover:underline">{t('popup.missing.order', { number: order.orderNumber })}</span>
          {unknown && (
            <span className="shrink-0 rounded bg-amber-100 px-1.5 text-[11px] font-semibold text-amber-950">{t('popup.missing.tag-cannot-tell')}</span>
          )}
          {label && <span className="min-w-0 truncate text-xs text-slate-600">{label}</span>}
          <time dateTime={order.createdAt} className="ml-auto shrink-0 pl-1 text-xs text-slate-600">
            {shortDate(Date.parse(order.createdAt), lang, timeZone)}
          </time>
        </span>
        <span data-testid="missing-reason" className="mt-0.5 line-clamp-2 block text-[13px] leading-snug text-slate-700" title={reason}>
          {check && <span className="font-medium text-slate-900">{check}: </span>}
          {reason}
        </span>
        {url && platform && <span className="sr-only"> ({t('popup.missing.opens', { platform: platformName(platform) })})</span>}
      </span>
    </>
  );
  const common = {
    'data-testid': 'missing-order',
    'data-order-id': order.orderId,
    'data-connection-id': order.connectionId,
    'data-check': order.checkId ?? undefined,
    'data-class': order.class,
  };
  return (
    <li className={`border-l-4 ${unknown ? 'border-l-amber-500' : 'border-l-red-600'}`}>
      {url ? (
        <a {...common} href={url} onClick={open} className={`group flex gap-2 px-2.5 py-2 hover:bg-slate-50 ${focusRing} focus-visible:ring-inset focus-visible:ring-offset-0`}>
          {content}
        </a>
      ) : (
        <div {...common} className="flex gap-2 px-2.5 py-2">
          {content}
        </div>
      )}
    </li>
  );
}
