import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DiagnoseEvent } from '../messaging/schemas';
import { CREDENTIALS, wooProfile } from '../shops/woocommerce/fixtures';
import { wooAdapter } from '../shops/woocommerce';
import { saveProfile } from '../storage/profiles';
import { writeSecret } from '../storage/secrets';
import { diagnoseOrder } from './diagnose-order';
import { freshDb } from './settings/test-support';

afterEach(() => vi.restoreAllMocks());

describe('diagnoseOrder on a shop on its own domain', () => {
  it('H3: a revoked site permission ends in "grant it", without a network request', async () => {
    freshDb();
    const profile = wooProfile('https://shop.example.nl');
    await saveProfile(profile);
    await writeSecret(profile.id, 'shop', wooAdapter.credentialsSchema, CREDENTIALS);
    const contains = vi.fn(async () => false);
    Object.assign(fakeBrowser.permissions, { contains });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');

    const events: DiagnoseEvent[] = [];
    await diagnoseOrder({ pageUrl: new URL('https://shop.example.nl/wp-admin/post.php?post=2101&action=edit'), orderId: '2101', fresh: false }, (e) => events.push(e));

    expect(contains).toHaveBeenCalledWith({ origins: ['https://shop.example.nl/*'] });
    expect(events).toEqual([
      expect.objectContaining({ type: 'unavailable', reason: expect.objectContaining({ key: 'failure.permission-missing' }), failure: expect.objectContaining({ kind: 'permission-missing' }) }),
    ]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
