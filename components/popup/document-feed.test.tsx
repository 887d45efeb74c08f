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

describe('the popup names the fallback of the documents list', () => {
  it('says the documents were read through the sync API, in English and Dutch', async () => {
    await renderWith('sync');
    expect(screen.getByTestId('documents-feed').textContent).toContain('read through the sync API');
    cleanup();
    await renderWith('sync', 'nl');
    expect(screen.getByTestId('documents-feed').textContent).toContain('gelezen via de sync-API');
  });

  it('says the invoices were read from the normal invoice list, in English and Dutch', async () => {
    await renderWith('normal-fallback');
    expect(screen.getByTestId('documents-feed').getAttribute('data-feed')).toBe('normal-fallback');
    expect(screen.getByTestId('documents-feed').textContent).toContain('read from the normal invoice list');
    cleanup();
    await renderWith('normal-fallback', 'nl');
    expect(screen.getByTestId('documents-feed').textContent).toContain('gelezen via de gewone factuurlijst');
  });

  it.each(['bulk', 'normal', null, undefined] as const)('says nothing for %s', async (feed) => {
    await renderWith(feed);
    expect(screen.queryByTestId('documents-feed')).toBeNull();
  });
});
