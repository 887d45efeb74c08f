import { createExactClient } from '../../../lib/accounting/exact/client';
import { EXACT_APP_KIND, EXACT_TOKENS_KIND, ExactAppSchema, ExactTokensSchema, createTokenManager } from '../../../lib/accounting/exact/tokens';
import type { DocumentPage } from '../../../lib/accounting/types';
import type { AccountingDocument, DocumentType } from '../../../lib/model/accounting';
import { writeSecret } from '../../../lib/storage/secrets';
import { createExactHost } from '../exact/host';
import { hostFetch, type HostCall } from './host-fetch';
import type { Scenario } from './types';

/**
 * Test and bench helper: the product's Exact client against the sandbox's Exact host, in process,
 * on a fake clock. Connects like the options page (auto-consent, code, tokens; the database must
 * be fresh), then reads whole windows of documents (sales orders unless told) with documentsSince, as the
 * reconciliation's documents phase does.
 */
export interface WindowRead {
  documents: AccountingDocument[];
  pages: DocumentPage[];
  /** The Exact API calls of this read (not the token calls of connecting). */
  calls: HostCall[];
}

const DAY = 86_400_000;
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/exact';

export async function connectedExact(s: Scenario, start: number) {
  let clockNow = (): number => start;
  const io = hostFetch(createExactHost(s.exact, { now: () => clockNow() }).hosts, start);
  clockNow = io.deps.now;
  const connection = s.connections[0];
  if (!connection) throw new Error(`${s.name}: no connection`);
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
    accessToken: token.access_token, refreshToken: token.refresh_token, issuedAt: start, expiresAt: start + 600_000, host: 'start.exactonline.nl', generation: 1,
  });
  const tokens = createTokenManager({ http: io.deps, now: io.deps.now, locks: null, flights: new Map() });
  const client = createExactClient({ profile: connection.profile, connectionId: id, http: io.deps, now: io.deps.now, tokens });

  /** One window of `windowDays` (plus the documents phase's day of margin) ending now, page by page. */
  async function readWindow(windowDays = 30, type: DocumentType = 'sales-order'): Promise<WindowRead> {
    io.calls.length = 0;
    const since = new Date(io.deps.now() - (windowDays + 1) * DAY).toISOString();
    const pages: DocumentPage[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 1000; i += 1) {
      const page: DocumentPage | undefined = await client.documentsSince?.(type, since, cursor);
      if (!page) throw new Error('no documentsSince');
      pages.push(page);
      cursor = page.next;
      if (cursor === null) break;
    }
    return { documents: pages.flatMap((p) => p.documents), pages, calls: io.calls.filter((c) => c.url.pathname.startsWith('/api/v1/')) };
  }

  return { readWindow, clock: io.clock };
}
