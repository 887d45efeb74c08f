import type { SyncStatus } from '../../lib/sync/model';
import { usePopup } from './popup-context';

/**
 * One small line when the last reconciliation read Exact's documents through a fallback because
 * the bulk endpoint refused the date filter (the sync API for sales orders, the normal invoice
 * list for sales invoices): the merchant (or support) sees why a run costs more calls than usual.
 * Nothing for the usual bulk read, nor for sales entries (the normal list is their only list).
 */
export function DocumentFeedLine({ status }: { status: SyncStatus | null }) {
  const { t } = usePopup();
  const feed = status?.documentsFeed;
  if (feed !== 'sync' && feed !== 'normal-fallback') return null;
  return (
    <p data-testid="documents-feed" data-feed={feed} className="mt-0.5 text-xs text-slate-600">
      {t(feed === 'sync' ? 'popup.documents-feed.sync' : 'popup.documents-feed.normal-fallback')}
    </p>
  );
}
