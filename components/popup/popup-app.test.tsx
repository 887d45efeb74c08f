// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../lib/i18n/translate';
import type { PopupDatabase } from '../../lib/sync/popup-view';
import { PopupApp } from './popup-app';
import type { PopupActions } from './popup-context';
import { NOW, ZONE, fakeActions, freshDb, order, run, seed, shopProfile, status } from './test-fixtures';

afterEach(cleanup);

function renderPopup(database: PopupDatabase, actions: PopupActions = fakeActions(), lang: Lang = 'en') {
  return render(<PopupApp lang={lang} actions={actions} clock={() => NOW} timeZone={ZONE} database={database} />);
}

const missingRows = () => screen.queryAllByTestId('missing-order');
const text = (id: string) => screen.getByTestId(id).textContent ?? '';

/** One Shopify connection with a finished run: 2 missing, 1 cannot tell, the rest accounted for. */
async function seedFinished(database: PopupDatabase) {
  await seed(database, {
    profiles: [shopProfile()],
    statuses: [status('c1', { counts: { imported: 31, missing: 2, waiting: 4, 'before-install': 3, 'cannot-tell': 1 } })],
    runs: [run('c1')],
    orders: [
      order('c1', '1041', { createdAt: '2026-02-27T09:00:00+01:00' }),
      order('c1', '1043', {
        createdAt: '2026-03-03T16:30:00+01:00',
        checkId: 7,
        reason: { key: 'check.7.fail.no-sku' },
      }),
      order('c1', '1042', { createdAt: '2026-03-02T08:00:00+01:00', class: 'cannot-tell', checkId: 4, reason: { key: 'failure.server', params: { side: 'Exact Online' } } }),
      // Classes the list leaves out.
      order('c1', '1044', { createdAt: '2026-03-04T08:00:00+01:00', class: 'imported', checkId: null, reason: null, document: { type: 'sales-order', number: '5005' } }),
      order('c1', '1045', { createdAt: '2026-03-04T09:00:00+01:00', class: 'waiting', checkId: 3 }),
    ],
  });
}

describe('PopupApp: from stored rows', () => {
  it('shows health, last and next check, counts per class, and the missing orders newest first', async () => {
    const database = freshDb();
    await seedFinished(database);
    renderPopup(database);

    const connection = await screen.findByTestId('popup-connection');
    expect(connection.dataset.connectionId).toBe('c1');
    expect(within(connection).getByRole('heading', { name: 'Webwinkel NL' })).toBeTruthy();
    expect(screen.getByTestId('health-shop').dataset.ok).toBe('true');
    expect(text('health-shop')).toBe('Shopify OK');
    expect(screen.getByTestId('health-accounting').dataset.ok).toBe('true');
    expect(text('last-run')).toBe('Checked 5 minutes ago');
    expect(text('next-run')).toBe('next check in 10 minutes');
    expect(['imported', 'missing', 'waiting', 'before-install', 'cannot-tell'].map((c) => text(`count-${c}`))).toEqual(['31', '2', '4', '3', '1']);
    expect(screen.queryByTestId('sync-progress')).toBeNull();
    expect(screen.queryByTestId('sync-failure')).toBeNull();

    expect(missingRows().map((row) => [row.dataset.orderId, row.dataset.class, row.dataset.check])).toEqual([
      ['1043', 'missing', '7'],
      ['1042', 'cannot-tell', '4'],
      ['1041', 'missing', '3'],
    ]);
    const reasons = screen.getAllByTestId('missing-reason').map((r) => r.textContent);
    expect(reasons[0]).toBe('Articles active and known: An order line has no article code (SKU), so the connector cannot find its article.');
    expect(reasons[1]).toBe('VAT codes and GL accounts: Exact Online had a server error. Try again later.');
    expect(reasons[2]).toBe('Order status: The order’s status is pending, but the connector imports only from paid on.');
    // Cannot-tell is told apart in words, not only by colour.
    expect(within(missingRows()[1] as HTMLElement).getByText('Cannot tell')).toBeTruthy();
    expect(text('missing-total')).toBe('2 missing');
    expect(text('unknown-total')).toBe('1 cannot tell');
  });

  it('speaks Dutch: labels, times and the reasons from the check catalog', async () => {
    const database = freshDb();
    await seedFinished(database);
    renderPopup(database, fakeActions(), 'nl');

    await screen.findByTestId('popup-connection');
    expect(text('health-shop')).toBe('Shopify in orde');
    expect(text('last-run')).toBe('Gecontroleerd 5 minuten geleden');
    expect(text('next-run')).toBe('volgende controle over 10 minuten');
    expect(screen.getByRole('heading', { name: 'Ontbrekende orders' })).toBeTruthy();
    expect(screen.getByTestId('run-now').textContent).toBe('Nu controleren');
    const reasons = screen.getAllByTestId('missing-reason').map((r) => r.textContent);
    expect(reasons[2]).toBe('Status van de order: De order heeft de status pending, maar de koppeling importeert pas vanaf paid.');
    expect(within(missingRows()[1] as HTMLElement).getByText('Onbekend')).toBeTruthy();
  });

  it('opens an order page through the injected action, and never links a non-web address', async () => {
    const database = freshDb();
    await seedFinished(database);
    await seed(database, { orders: [order('c1', '1040', { createdAt: '2026-02-20T09:00:00+01:00', adminUrl: 'javascript:alert(1)' })] });
    const actions = fakeActions();
    renderPopup(database, actions);

    await screen.findByTestId('popup-connection');
    const first = missingRows()[0] as HTMLElement;
    expect(first.tagName).toBe('A');
    expect(first.getAttribute('href')).toBe('https://admin.shopify.com/store/demo/orders/1043');
    fireEvent.click(first);
    expect(actions.openOrder).toHaveBeenCalledWith('https://admin.shopify.com/store/demo/orders/1043');

    const unsafe = missingRows().find((row) => row.dataset.orderId === '1040') as HTMLElement;
    expect(unsafe.tagName).toBe('DIV');
    expect(unsafe.getAttribute('href')).toBeNull();
    fireEvent.click(unsafe);
    expect(actions.openOrder).toHaveBeenCalledTimes(1);
  });

  it('follows the database live: a new missing order and new counts appear without reopening', async () => {
    const database = freshDb();
    await seedFinished(database);
    renderPopup(database);
    await screen.findByTestId('popup-connection');
    expect(missingRows()).toHaveLength(3);

    await act(async () => {
      await seed(database, {
        statuses: [status('c1', { counts: { imported: 31, missing: 3, waiting: 4, 'before-install': 3, 'cannot-tell': 1 } })],
        orders: [order('c1', '1050', { createdAt: '2026-03-04T10:30:00+01:00', checkId: 6, reason: { key: 'check.6.fail.no-country' } })],
      });
    });
    await waitFor(() => expect(missingRows()).toHaveLength(4));
    expect(missingRows()[0]?.dataset.orderId).toBe('1050');
    expect(text('count-missing')).toBe('3');
  });

  it('shows a run in progress with its phase and the orders read, and keeps "Check now" from starting another', async () => {
    const database = freshDb();
    await seed(database, {
      profiles: [shopProfile()],
      runs: [run('c1', { phase: 'orders', finishedAt: null, progress: { orders: 12, documents: 0, classified: 0 } })],
    });
    const actions = fakeActions();
    renderPopup(database, actions);

    const progress = await screen.findByTestId('sync-progress');
    expect(progress.dataset.phase).toBe('orders');
    expect(text('header-progress')).toBe('Check in progress');
    expect(within(progress).getByRole('status').textContent).toBe('Reading orders from Shopify');
    expect(text('sync-progress-count')).toBe('12 orders read');
    expect(screen.queryByTestId('no-run')).toBeNull();
    const button = screen.getByTestId('run-now');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(actions.runNow).not.toHaveBeenCalled();

    await act(async () => {
      await seed(database, { runs: [run('c1', { phase: 'classify', finishedAt: null, progress: { orders: 40, documents: 35, classified: 10 } })] });
    });
    await waitFor(() => expect(text('sync-progress-count')).toBe('10 of 40 orders compared'));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');

    await act(async () => {
      await seed(database, { runs: [run('c1')], statuses: [status('c1', { counts: { imported: 40 } })] });
    });
    await waitFor(() => expect(screen.queryByTestId('sync-progress')).toBeNull());
    expect(text('count-imported')).toBe('40');
    expect(text('missing-none')).toContain('No missing orders.');
  });

  it('says why a run waits and until when, in words and in the merchant’s time', async () => {
    const database = freshDb();
    await seed(database, {
      profiles: [shopProfile()],
      statuses: [status('c1')],
      runs: [
        run('c1', {
          phase: 'documents',
          finishedAt: null,
          pausedUntil: '2026-03-05T00:00:00Z',
          pauseReason: 'daily-budget',
          progress: { orders: 40, documents: 20, classified: 0 },
        }),
      ],
    });
    const actions = fakeActions();
    const view = renderPopup(database, actions);

    const paused = await screen.findByTestId('sync-paused');
    expect(paused.dataset.reason).toBe('daily-budget');
    expect(paused.textContent).toBe('Paused: today’s calls to Exact Online are used up. Continues tomorrow at 01:00.');
    // A paused run may be woken by hand.
    fireEvent.click(screen.getByTestId('run-now'));
    expect(actions.runNow).toHaveBeenCalledWith('c1');

    view.unmount();
    renderPopup(database, fakeActions(), 'nl');
    expect((await screen.findByTestId('sync-paused')).textContent).toBe(
      'Gepauzeerd: de aanvragen bij Exact Online voor vandaag zijn op. Gaat verder morgen om 01:00.',
    );
  });

  it('names a rate-limit pause with the clock time today', async () => {
    const database = freshDb();
    await seed(database, {
      profiles: [shopProfile()],
      runs: [run('c1', { phase: 'orders', finishedAt: null, pausedUntil: '2026-03-04T10:02:00Z', pauseReason: 'rate-limit' })],
    });
    renderPopup(database);
    expect((await screen.findByTestId('sync-paused')).textContent).toBe(
      'Paused: the shop or Exact Online asked for fewer requests at a time. Continues at 11:02.',
    );
  });

  it('says why the last run failed, with the technical detail one click away, and shows refused access', async () => {
    const database = freshDb();
    await seed(database, {
      profiles: [shopProfile()],
      statuses: [status('c1', { accountingOk: false, lastSuccessAt: '2026-03-03T10:00:00Z' })],
      runs: [
        run('c1', {
          failure: { kind: 'unauthorized', side: 'accounting', call: 'Exact GET salesorder/SalesOrders', httpStatus: 401, detail: 'invalid_grant' },
        }),
      ],
    });
    const actions = fakeActions();
    renderPopup(database, actions);

    const failure = await screen.findByTestId('sync-failure');
    expect(failure.dataset.kind).toBe('unauthorized');
    expect(failure.textContent).toContain('The last check did not finish. Exact Online refused the stored credentials.');
    expect(within(failure).getByText('Exact GET salesorder/SalesOrders')).toBeTruthy();
    expect(screen.getByTestId('health-accounting').dataset.ok).toBe('false');
    expect(text('health-accounting')).toBe('Exact Online refuses access');
    fireEvent.click(screen.getByTestId('fix-credentials'));
    expect(actions.openOptions).toHaveBeenCalledTimes(1);
    expect(text('last-run')).toBe('Checked yesterday');
  });

  it('"Check now" asks the background and shows why it refused', async () => {
    const database = freshDb();
    await seedFinished(database);
    const actions = fakeActions({ runNow: async () => ({ ok: false, error: { key: 'options.error.unreachable' } }) });
    renderPopup(database, actions);

    const button = await screen.findByTestId('run-now');
    expect(button.getAttribute('aria-label')).toBe('Check now: Webwinkel NL');
    fireEvent.click(button);
    expect((await screen.findByTestId('run-now-error')).textContent).toBe(
      'import-doctor’s background service did not answer. Reload the page and try again.',
    );
  });

  it('shows Exact Online’s calls left today from the injected reader', async () => {
    const database = freshDb();
    await seedFinished(database);
    const actions = fakeActions({
      budget: async (id) =>
        id === 'c1' ? { limit: 5000, remaining: 612, resetAt: '2026-03-05T00:00:00Z', low: true, observedAt: '2026-03-04T09:55:00Z' } : null,
    });
    renderPopup(database, actions);
    const budget = await screen.findByTestId('budget');
    expect(budget.textContent).toBe('Exact Online calls left today: 612 of 5,000. Few left: checks pause when they run out.');
    expect(budget.dataset.low).toBe('true');
  });
});

describe('PopupApp: a long list', () => {
  it('shows the newest eight, then all on request, keeping the connections in reach', async () => {
    const database = freshDb();
    const orders = Array.from({ length: 11 }, (_, i) => order('c1', String(2000 + i), { createdAt: new Date(NOW - (i + 1) * 3_600_000).toISOString() }));
    await seed(database, { profiles: [shopProfile()], statuses: [status('c1', { counts: { missing: 11 } })], orders });
    renderPopup(database);

    await screen.findByTestId('popup-connection');
    expect(missingRows().map((row) => row.dataset.orderId)).toEqual(['2000', '2001', '2002', '2003', '2004', '2005', '2006', '2007']);
    const showAll = screen.getByTestId('missing-show-all');
    expect(showAll.textContent).toBe('Show all 11');
    fireEvent.click(showAll);
    expect(missingRows()).toHaveLength(11);
    expect(screen.queryByTestId('missing-show-all')).toBeNull();
  });
});

describe('PopupApp: empty states', () => {
  it('without connections, offers to set one up in the options page', async () => {
    const actions = fakeActions();
    renderPopup(freshDb(), actions);
    await screen.findByTestId('popup-empty');
    expect(screen.queryByTestId('popup-connection')).toBeNull();
    fireEvent.click(screen.getByTestId('set-up-connection'));
    expect(actions.openOptions).toHaveBeenCalledTimes(1);
  });

  it('a connection that was never checked says so, and "Check now" starts it', async () => {
    const database = freshDb();
    await seed(database, { profiles: [shopProfile()] });
    const actions = fakeActions();
    renderPopup(database, actions, 'nl');

    await screen.findByTestId('popup-connection');
    expect(text('no-run')).toContain('Nog niet gecontroleerd.');
    expect(screen.getByTestId('health-shop').dataset.ok).toBe('unknown');
    expect(screen.queryByTestId('count-missing')).toBeNull();
    expect(text('missing-none')).toBe('Ontbrekende orders verschijnen hier na de eerste controle.');
    fireEvent.click(screen.getByTestId('run-now'));
    expect(actions.runNow).toHaveBeenCalledWith('c1');
  });

  it('a first run that failed proves nothing: no counts, no "nothing missing"', async () => {
    const database = freshDb();
    await seed(database, {
      profiles: [shopProfile()],
      statuses: [status('c1', { lastSuccessAt: null, shopOk: false, accountingOk: null })],
      runs: [run('c1', { failure: { kind: 'not-connected', side: 'shop', call: 'reconciliation', httpStatus: null, detail: 'no shop credentials stored' } })],
    });
    renderPopup(database);

    expect((await screen.findByTestId('sync-failure')).textContent).toContain('Shopify is not connected yet.');
    expect(text('last-run')).toBe('No complete check yet');
    expect(screen.queryByTestId('count-imported')).toBeNull();
    expect(screen.queryByTestId('no-run')).toBeNull();
    expect(text('missing-none')).toBe('Missing orders appear here after the first check.');
  });

  it('says which days of the window could not be read, beside the counts, in English and Dutch', async () => {
    const database = freshDb();
    const unread = [
      { day: '2026-02-10', reason: 'error' as const },
      { day: '2026-02-12', reason: 'error' as const },
      { day: '2026-02-03', reason: 'too-old' as const },
    ];
    await seed(database, {
      profiles: [shopProfile({ id: 'c2', label: 'Bol.com winkel', platform: 'bol', shopAddress: null })],
      statuses: [status('c2', { platform: 'bol', label: 'Bol.com winkel', counts: { imported: 12 }, unread })],
      runs: [run('c2', { platform: 'bol' })],
    });
    renderPopup(database);
    const box = await screen.findByTestId('unread-days');
    expect(box.dataset.count).toBe('3');
    expect(text('unread-error')).toBe('Bol.com answered with an error for 2 day(s) of this period (10 Feb – 12 Feb), so the counts below may be incomplete. The next check asks for those days again.');
    expect(text('unread-too-old')).toContain('3 Feb – 3 Feb');
    expect(text('count-imported')).toBe('12');
    cleanup();
    renderPopup(database, fakeActions(), 'nl');
    expect((await screen.findByTestId('unread-error')).textContent).toBe('Bol.com gaf een foutmelding voor 2 dag(en) van deze periode (10 feb – 12 feb), dus de aantallen hieronder zijn mogelijk onvolledig. De volgende controle vraagt die dagen opnieuw op.');
  });

  it('says nothing of unread days when every day was read', async () => {
    const database = freshDb();
    await seedFinished(database);
    renderPopup(database);
    await screen.findByTestId('count-imported');
    expect(screen.queryByTestId('unread-days')).toBeNull();
  });

  it('lists several connections by name, and each missing order says which one it belongs to', async () => {
    const database = freshDb();
    await seed(database, {
      profiles: [shopProfile(), shopProfile({ id: 'c2', label: 'Bol.com winkel', platform: 'bol', shopAddress: null })],
      statuses: [status('c1', { counts: { missing: 1 } }), status('c2', { platform: 'bol', label: 'Bol.com winkel', counts: { missing: 1 } })],
      orders: [
        order('c1', '1041', { createdAt: '2026-03-01T09:00:00+01:00' }),
        order('c2', 'A2K8', { createdAt: '2026-03-02T09:00:00+01:00', adminUrl: 'https://partner.bol.com/sdd/orders/A2K8' }),
      ],
    });
    renderPopup(database);
    await waitFor(() => expect(screen.getAllByTestId('popup-connection')).toHaveLength(2));
    expect(screen.getAllByTestId('popup-connection').map((c) => c.dataset.connectionId)).toEqual(['c2', 'c1']);
    expect(missingRows().map((row) => row.dataset.orderId)).toEqual(['A2K8', '1041']);
    expect(missingRows()[0]?.textContent).toContain('Bol.com winkel');
  });
});
