// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../lib/i18n/translate';
import type { PopupDatabase } from '../../lib/sync/popup-view';
import type { SyncStatus } from '../../lib/sync/model';
import { PopupApp } from './popup-app';
import { NOW, ZONE, fakeActions, freshDb, run, seed, shopProfile, status } from './test-fixtures';

afterEach(cleanup);

async function renderWith(feed: SyncStatus['documentsFeed'], lang: Lang = 'en'): Promise<PopupDatabase> {
  const database = freshDb();
  await seed(database, { profiles: [shopProfile()], statuses: [status('c1', { documentsFeed: feed })], runs: [run('c1')], orders: [] });
  render(<PopupApp lang={lang} actions={fakeActions()} clock={() => NOW} timeZone={ZONE} database={database} />);
  await screen.findByTestId('popup-connection');
  return database;
}

describe('the popup names the sync fallback of the documents list', () => {
  it('says the documents were read through the sync API, in English and Dutch', async () => {
    await renderWith('sync');
    expect(screen.getByTestId('documents-feed').textContent).toContain('read through the sync API');
    cleanup();
    await renderWith('sync', 'nl');
    expect(screen.getByTestId('documents-feed').textContent).toContain('gelezen via de sync-API');
  });

  it.each(['bulk', 'normal', null, undefined] as const)('says nothing for %s', async (feed) => {
    await renderWith(feed);
    expect(screen.queryByTestId('documents-feed')).toBeNull();
  });
});
