import type { SyncStatus } from '../../lib/sync/model';
import { usePopup } from './popup-context';

/**
 * One small line when the last reconciliation read Exact's documents through the sync API
 * because the bulk endpoint refused the date filter: the merchant (or support) sees why a run
 * costs more calls than usual. Nothing for the usual bulk read.
 */
export function DocumentFeedLine({ status }: { status: SyncStatus | null }) {
  const { t } = usePopup();
  if (status?.documentsFeed !== 'sync') return null;
  return (
    <p data-testid="documents-feed" data-feed="sync" className="mt-0.5 text-xs text-slate-600">
      {t('popup.documents-feed.sync')}
    </p>
  );
}
