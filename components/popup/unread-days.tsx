import { platformName } from '../../lib/checks/support/names';
import type { Platform } from '../../lib/model/order';
import type { SyncStatus } from '../../lib/sync/model';
import { Icon } from '../panel/icons';
import { usePopup } from './popup-context';
import { shortDate } from './time-text';

type Unread = NonNullable<SyncStatus['unread']>[number];

/** Why days could not be read, in the merchant's words (keys written out for the catalog test). */
const TEXT: Record<Unread['reason'], string> = {
  'too-old': 'popup.unread.too-old',
  error: 'popup.unread.error',
};

/**
 * Days of the window the shop could not be read for: the counts beside it are then not complete,
 * and the popup says so per connection instead of presenting them as the whole window.
 */
export function UnreadDays({ status, platform }: { status: SyncStatus; platform: Platform }) {
  const { t, lang, timeZone } = usePopup();
  const unread = status.unread ?? [];
  if (unread.length === 0) return null;
  const day = (value: string) => shortDate(Date.parse(`${value}T12:00:00Z`), lang, timeZone);
  const reasons = (['error', 'too-old'] as const).filter((reason) => unread.some((u) => u.reason === reason));
  return (
    <div data-testid="unread-days" data-count={unread.length} role="status" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-2 py-1.5 text-[13px] text-amber-950">
      {reasons.map((reason) => {
        const days = unread.filter((u) => u.reason === reason).map((u) => u.day).sort();
        return (
          <p key={reason} data-testid={`unread-${reason}`} className="flex gap-1.5">
            <Icon name="warning" className="mt-0.5 size-4 shrink-0" />
            {t(TEXT[reason], { platform: platformName(platform), count: days.length, from: day(days[0]!), to: day(days.at(-1)!) })}
          </p>
        );
      })}
    </div>
  );
}
