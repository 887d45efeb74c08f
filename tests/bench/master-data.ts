import 'fake-indexeddb/auto';
import { masterDataWanted } from '../../lib/accounting/master-data-wanted';
import { createExactClient } from '../../lib/accounting/exact/client';
import { GL_ACCOUNT_FIELDS, VAT_CODE_FIELDS, WAREHOUSE_FIELDS } from '../../lib/accounting/exact/schemas';
import { EXACT_APP_KIND, EXACT_TOKENS_KIND, ExactAppSchema, ExactTokensSchema, createTokenManager } from '../../lib/accounting/exact/tokens';
import { ImportDoctorDb, replaceDbForTests } from '../../lib/storage/db';
import { writeSecret } from '../../lib/storage/secrets';
import { createExactHost } from '../sandbox/exact/host';
import type { ExactDivision } from '../sandbox/exact/world';
import { hostFetch, type HostCall } from '../sandbox/scenarios/host-fetch';
import { scenarios } from '../sandbox/scenarios';
import type { Scenario } from '../sandbox/scenarios/types';
import { kB, table } from './table';

/**
 * Master data before and after issue #15's filtering, per endpoint: rows and bytes of what Exact
 * answers. "Before" is the whole list as the client used to read it ($select only, every page);
 * "after" is the product's own Exact client reading what the connector's mapping names, against
 * the sandbox host in process (no browser: the answers are the same bytes the extension gets).
 */
export interface MasterDataFigures {
  label: string;
  rows: { endpoint: string; beforeRows: number; beforeBytes: number; beforeCalls: number; afterRows: number; afterBytes: number; afterCalls: number }[];
}

const REDIRECT_URI = 'https://bench.chromiumapp.org/';
const ENDPOINTS = [
  { path: 'vat/VATCodes', fields: VAT_CODE_FIELDS },
  { path: 'financial/GLAccounts', fields: GL_ACCOUNT_FIELDS },
  { path: 'inventory/Warehouses', fields: WAREHOUSE_FIELDS },
] as const;

/** A full chart next to the demo's few records (generated; codes unlike any the mapping names). */
function withFullChart(division: ExactDivision): ExactDivision {
  const id = (kind: number, n: number) => `00000000-0000-4000-9${kind}00-${String(n).padStart(12, '0')}`;
  return {
    ...division,
    glAccounts: [
      ...division.glAccounts,
      ...Array.from({ length: 300 }, (_, n) => ({ ID: id(1, n), Code: String(100000 + n * 10), Description: `Grootboekrekening ${n}`, IsBlocked: n % 17 === 0, Type: 110 })),
    ],
    vatCodes: [
      ...division.vatCodes,
      ...Array.from({ length: 40 }, (_, n) => ({ ID: id(2, n), Code: `Z${n}`, Description: `BTW-code ${n}`, IsBlocked: false, Percentage: 0.21, Type: 'E' })),
    ],
    warehouses: [
      ...division.warehouses,
      ...Array.from({ length: 5 }, (_, n) => ({ ID: id(3, n), Code: `W${n}`, Description: `Magazijn ${n}`, Main: 0 as const })),
    ],
  };
}

async function measure(label: string, scenario: Scenario): Promise<MasterDataFigures> {
  replaceDbForTests(new ImportDoctorDb(`bench-master-data-${Math.random().toString(36).slice(2)}`));
  const connection = scenario.connections[0];
  if (!connection) throw new Error(`${scenario.name}: no connection`);
  const { profile, exactApp } = connection;
  const start = Date.now();
  let now = (): number => start;
  const io = hostFetch(createExactHost(scenario.exact, { now: () => now() }).hosts, start);
  now = io.deps.now;
  const origin = `https://${profile.accounting.host}`;

  // Connect as the merchant would: consent, code, tokens (the sandbox consents at once).
  const auth = new URL(`${origin}/api/oauth2/auth`);
  auth.search = new URLSearchParams({ client_id: exactApp.clientId, redirect_uri: REDIRECT_URI, response_type: 'code', force_login: '0' }).toString();
  const code = new URL((await io.deps.fetch(auth)).headers.get('location') ?? '').searchParams.get('code') ?? '';
  const form = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: exactApp.clientId, client_secret: exactApp.clientSecret });
  const tokenAnswer = (await (await io.deps.fetch(`${origin}/api/oauth2/token`, { method: 'POST', body: form })).json()) as { access_token: string; refresh_token: string };
  await writeSecret(profile.id, EXACT_APP_KIND, ExactAppSchema, exactApp);
  await writeSecret(profile.id, EXACT_TOKENS_KIND, ExactTokensSchema, {
    accessToken: tokenAnswer.access_token, refreshToken: tokenAnswer.refresh_token, issuedAt: now(), expiresAt: now() + 600_000, host: profile.accounting.host, generation: 1,
  });

  const bytesOf = (calls: HostCall[]) => calls.reduce((sum, call) => sum + JSON.stringify(call.body ?? '').length, 0);
  const rowsOf = (calls: HostCall[]) => calls.reduce((sum, call) => sum + ((call.body as { d?: { results?: unknown[] } }).d?.results?.length ?? 0), 0);
  const callsTo = (path: string, from: number) => io.calls.slice(from).filter((call) => call.url.pathname.endsWith(`/${path}`));

  // Before: every record, every page, as listAll used to read them.
  const base = `${origin}/api/v1/${profile.accounting.division}`;
  const beforeFrom = io.calls.length;
  for (const { path, fields } of ENDPOINTS) {
    let url: string | undefined = `${base}/${path}?$select=${fields.join(',')}`;
    while (url) {
      const answer = (await (await io.deps.fetch(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${tokenAnswer.access_token}` } })).json()) as { d: { __next?: string } };
      url = answer.d.__next;
    }
  }
  const afterFrom = io.calls.length;

  // After: the product's client, asking what the connector's mapping names.
  const client = createExactClient({ profile, connectionId: profile.id, http: io.deps, now: io.deps.now, tokens: createTokenManager({ http: io.deps, now: io.deps.now, locks: null, flights: new Map() }) });
  const wanted = masterDataWanted(profile.connector);
  await client.vatCodes(wanted.vatCodes);
  await client.glAccounts(wanted.glAccounts);
  if (wanted.warehouse) await client.warehouses(wanted.warehouse);

  return {
    label,
    rows: ENDPOINTS.map(({ path }) => {
      const before = callsTo(path, beforeFrom).filter((call) => io.calls.indexOf(call) < afterFrom);
      const after = callsTo(path, afterFrom);
      return {
        endpoint: path,
        beforeRows: rowsOf(before), beforeBytes: bytesOf(before), beforeCalls: before.length,
        afterRows: rowsOf(after), afterBytes: bytesOf(after), afterCalls: after.length,
      };
    }),
  };
}

export async function benchMasterData(): Promise<MasterDataFigures[]> {
  const demo = scenarios['shopify-checks']!();
  const full: Scenario = { ...demo, exact: { ...demo.exact, divisions: demo.exact.divisions.map(withFullChart) } };
  return [
    await measure('shopify-checks division (the demo: few records)', demo),
    await measure('the same division with a full chart (+300 GL accounts, +40 VAT codes, +5 warehouses; generated)', full),
  ];
}

export function masterDataReport(figures: readonly MasterDataFigures[]): string {
  const sections = figures.map((f) => {
    const total = f.rows.reduce(
      (sum, r) => ({ beforeRows: sum.beforeRows + r.beforeRows, beforeBytes: sum.beforeBytes + r.beforeBytes, beforeCalls: sum.beforeCalls + r.beforeCalls, afterRows: sum.afterRows + r.afterRows, afterBytes: sum.afterBytes + r.afterBytes, afterCalls: sum.afterCalls + r.afterCalls }),
      { beforeRows: 0, beforeBytes: 0, beforeCalls: 0, afterRows: 0, afterBytes: 0, afterCalls: 0 },
    );
    const line = (name: string, r: typeof total) => [name, String(r.beforeCalls), String(r.beforeRows), kB(r.beforeBytes), String(r.afterCalls), String(r.afterRows), kB(r.afterBytes)];
    return `${f.label}\n${table(
      ['endpoint', 'calls before', 'rows before', 'bytes before', 'calls after', 'rows after', 'bytes after'],
      [...f.rows.map((r) => line(r.endpoint, r)), line('all master data', total)],
      [1, 2, 3, 4, 5, 6],
    )}`;
  });
  return `Exact master data, before and after filtering to the connector's mapping (issue #15; cold cache, one diagnosis)\n\n${sections.join('\n\n')}`;
}
