import { beforeEach, describe, expect, it } from 'vitest';
import { createExactClient } from '../../../lib/accounting/exact/client';
import { EXACT_APP_KIND, EXACT_TOKENS_KIND, ExactAppSchema, ExactTokensSchema, createTokenManager } from '../../../lib/accounting/exact/tokens';
import type { DocumentPage } from '../../../lib/accounting/types';
import type { AccountingDocument } from '../../../lib/model/accounting';
import { ImportDoctorDb, replaceDbForTests } from '../../../lib/storage/db';
import { writeSecret } from '../../../lib/storage/secrets';
import { createExactHost } from '../exact/host';
import { hostFetch, type HostCall } from './host-fetch';
import { shopifyBulk } from './shopify-bulk';
import { shopifyBulkSync } from './shopify-bulk-sync';
import type { Scenario } from './types';

/**
 * The product's Exact client against the sandbox host of shopify-bulk-sync (bulk date filter
 * refused): its documents of the window are exactly those shopify-bulk's bulk read returns, the
 * refused call is made once, and a second run does not make it again.
 */
const DAY = 86_400_000;
const NOW = Date.parse('2025-06-30T13:37:00Z');
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/exact';

beforeEach(() => {
  replaceDbForTests(new ImportDoctorDb(`bulk-sync-${Math.random().toString(36).slice(2)}`));
});

interface Read {
  documents: AccountingDocument[];
  pages: DocumentPage[];
  calls: HostCall[];
}

/** Connects like the options page (auto-consent, code, tokens); returns a reader of whole windows. */
async function connected(s: Scenario) {
  let clockNow = (): number => NOW;
  const io = hostFetch(createExactHost(s.exact, { now: () => clockNow() }).hosts, NOW);
  clockNow = io.deps.now;
  const connection = s.connections[0];
  if (!connection) throw new Error('no connection');
  const { clientId, clientSecret } = connection.exactApp;
  const auth = await io.deps.fetch(
    `https://start.exactonline.nl/api/oauth2/auth?${new URLSearchParams({ client_id: clientId, redirect_uri: REDIRECT, response_type: 'code', force_login: '0' })}`,
  );
  const code = new URL(auth.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const token = (await (
    await io.deps.fetch('https://start.exactonline.nl/api/oauth2/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, client_id: clientId, client_secret: clientSecret }).toString(),
    })
  ).json()) as { access_token: string; refresh_token: string };
  const id = connection.profile.id;
  await writeSecret(id, EXACT_APP_KIND, ExactAppSchema, { clientId, clientSecret });
  await writeSecret(id, EXACT_TOKENS_KIND, ExactTokensSchema, {
    accessToken: token.access_token, refreshToken: token.refresh_token, issuedAt: NOW, expiresAt: NOW + 600_000, host: 'start.exactonline.nl', generation: 1,
  });
  const tokens = createTokenManager({ http: io.deps, now: io.deps.now, locks: null, flights: new Map() });
  const client = createExactClient({ profile: connection.profile, connectionId: id, http: io.deps, now: io.deps.now, tokens });
  return async function readWindow(): Promise<Read> {
    io.calls.length = 0;
    const since = new Date(io.deps.now() - 31 * DAY).toISOString();
    const pages: DocumentPage[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i += 1) {
      const page: DocumentPage | undefined = await client.documentsSince?.('sales-order', since, cursor);
      if (!page) throw new Error('no documentsSince');
      pages.push(page);
      cursor = page.next;
      if (cursor === null) break;
    }
    return { documents: pages.flatMap((p) => p.documents), pages, calls: [...io.calls] };
  };
}

const paths = (calls: HostCall[]) => calls.map((c) => new URL(c.url).pathname.replace(/^\/api\/v1\/\d+\//, ''));
const ids = (docs: AccountingDocument[]) => docs.map((d) => d.id).sort();

describe('shopify-bulk-sync: the documents through the sync endpoint', () => {
  it('are the documents the bulk read returns in shopify-bulk, field for field', async () => {
    const bulk = await (await connected(shopifyBulk({ now: NOW, plan: 'plus' })))();
    const sync = await (await connected(shopifyBulkSync({ now: NOW })))();
    expect(bulk.pages.map((p) => p.feed)).toEqual(['bulk']);
    expect(sync.pages.every((p) => p.feed === 'sync')).toBe(true);
    expect(bulk.documents.length).toBeGreaterThan(100);
    expect(ids(sync.documents)).toEqual(ids(bulk.documents));
    const byId = new Map(bulk.documents.map((d) => [d.id, d]));
    for (const doc of sync.documents) expect(doc).toEqual(byId.get(doc.id));
    expect(paths(sync.calls)).toEqual(['bulk/SalesOrder/SalesOrders', 'sync/SalesOrder/SalesOrderHeaders']);
    expect(sync.calls[0]?.status).toBe(400);
  });

  it('a second run asks the sync endpoint only: the refused call is not repeated', async () => {
    const readWindow = await connected(shopifyBulkSync({ now: NOW }));
    const first = await readWindow();
    const second = await readWindow();
    expect(ids(second.documents)).toEqual(ids(first.documents));
    expect(paths(second.calls)).toEqual(['sync/SalesOrder/SalesOrderHeaders']);
    console.info(`shopify-bulk-sync: first run ${first.calls.length} Exact calls (1 refused), later runs ${second.calls.length}`);
  });
});
