import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signGetUrl } from '../../../lib/shops/woocommerce/oauth';
import { HOST, NOW, ROOT_KEY, testWorld } from './fixtures';
import { authenticate } from './rest/auth';
import { sandboxRequest } from './test-support';

/**
 * The product's signer (lib/shops/woocommerce/oauth.ts) against the sandbox's verifier
 * (rest/auth.ts, written from WooCommerce's source): any query a request may carry — spaces,
 * '+', '&', '=', '%', unicode — signs and verifies alike, over http:// as a proxied site expects.
 */
describe('signing interop: product signer, sandbox verifier', () => {
  const site = { ...testWorld().sites[0]!, behindTlsProxy: true };
  const credentials = { consumerKey: ROOT_KEY.consumerKey, consumerSecret: ROOT_KEY.consumerSecret };

  it('verifies every signed query, and refuses it once a value changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z_]{0,11}$/), fc.string({ unit: 'grapheme', maxLength: 12 })), { selector: ([k]) => k, maxLength: 6 }),
        async (pairs) => {
          const url = new URL(`https://${HOST}/wp-json/wc/v3/orders`);
          for (const [k, v] of pairs) url.searchParams.append(k, v);
          const signed = await signGetUrl(url, credentials, NOW);
          expect(authenticate(sandboxRequest({ url: signed }), site, NOW)).toMatchObject({ kind: 'key', via: 'oauth' });
          const tampered = new URL(signed);
          tampered.searchParams.set('Tampered', '1');
          expect(authenticate(sandboxRequest({ url: tampered.href }), site, NOW)).toMatchObject({ kind: 'refused' });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('over https for a site that sees HTTPS but drops the Authorization header', async () => {
    const https = { ...testWorld().sites[0]!, dropsAuthorizationHeader: true };
    const url = new URL(`https://${HOST}/wp-json/wc/v3/orders?per_page=1&after=2025-06-01T00:00:00`);
    expect(authenticate(sandboxRequest({ url: await signGetUrl(url, credentials, NOW, 'https') }), https, NOW)).toMatchObject({ kind: 'key', via: 'oauth' });
    expect(authenticate(sandboxRequest({ url: await signGetUrl(url, credentials, NOW, 'http') }), https, NOW)).toMatchObject({ kind: 'refused' });
  });
});
