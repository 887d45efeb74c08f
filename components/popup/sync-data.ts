import { useLiveQuery } from 'dexie-react-hooks';
import { readPopupData, type PopupData, type PopupDatabase } from '../../lib/sync/popup-view';

export { activeRun, isRunning } from '../../lib/sync/popup-view';
export type { ConnectionView, PopupData, PopupDatabase } from '../../lib/sync/popup-view';

/**
 * The popup's data as a live query over the read-only view (lib/sync/popup-view.ts): undefined
 * until the first read (a few milliseconds), then every change as it is written.
 */
export function usePopupData(database?: PopupDatabase): PopupData | undefined {
  return useLiveQuery(() => readPopupData(database), [database]);
}

