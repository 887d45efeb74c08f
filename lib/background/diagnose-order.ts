import { ALL_CHECKS, runCheck, runChecks } from '../checks';
import type { CheckContext, CheckResult } from '../checks/types';
import { overallVerdict } from '../checks/verdict';
import { gatherContext } from '../diagnosis/gather';
import { msg } from '../i18n/message';
import type { DiagnoseEvent, OrderSummary } from '../messaging/schemas';
import type { ConnectionProfile } from '../model/connection';
import type { Order } from '../model/order';
import { defaultHttpDeps } from '../net/http';
import { accountingFor } from '../accounting/registry';
import { adapterFor } from '../shops/registry';
import type { ShopAdapter, ShopClient } from '../shops/types';
import { listProfiles } from '../storage/profiles';
import { failureSentence } from '../checks/support/from-failure';
import { ownDomainAccessFailure } from './own-domain-pages';
import { readSecret } from '../storage/secrets';

export interface DiagnoseOrderInput {
  /** The tab's URL as the browser reports it (never taken from the payload). */
  pageUrl: URL;
  orderId: string;
  fresh: boolean;
}

/** Checks that need only the order and the settings: shown as soon as the order is read. */
const ORDER_ONLY_CHECKS = new Set([1, 3, 6]);

interface Owner {
  profile: ConnectionProfile;
  adapter: ShopAdapter;
  /** Set when choosing between owners already read the order: gather reuses it, no second call. */
  client?: ShopClient;
}

/**
 * The connection whose page this is. Where the URL cannot tell (two accounts of one fixed-host platform share the
 * seller dashboard's address), the connection whose shop knows this order wins.
 */
async function connectionFor(pageUrl: URL, orderId: string): Promise<Owner | null> {
  const owners = (await listProfiles()).flatMap((profile) => {
    const adapter = adapterFor(profile.platform);
    return adapter?.ownsPage(profile, pageUrl) ? [{ profile, adapter }] : [];
  });
  if (owners.length <= 1) return owners[0] ?? null;
  for (const owner of owners) {
    const credentials = await readSecret(owner.profile.id, 'shop', owner.adapter.credentialsSchema);
    if (credentials === null) continue;
    const client = owner.adapter.createClient(owner.profile, credentials, defaultHttpDeps);
    const order = await client.getOrder(orderId).catch(() => null);
    if (order) {
      const known: ShopClient = { getOrder: async (id) => (id === orderId ? order : client.getOrder(id)), probeCredentials: () => client.probeCredentials() };
      return { ...owner, client: known };
    }
  }
  return owners[0] ?? null;
}

/** Runs one diagnosis for the order page a content script is on, streaming events to it. */
export async function diagnoseOrder(input: DiagnoseOrderInput, send: (event: DiagnoseEvent) => void): Promise<void> {
  const found = await connectionFor(input.pageUrl, input.orderId);
  if (!found) {
    send({ type: 'unavailable', reason: msg('panel.no-connection'), failure: null });
    return;
  }
  const { profile, adapter } = found;
  if (adapter.page.orderIdFromUrl(input.pageUrl) !== input.orderId) {
    send({ type: 'unavailable', reason: msg('panel.bad-request'), failure: null });
    return;
  }
  const credentials = await readSecret(profile.id, 'shop', adapter.credentialsSchema);
  if (credentials === null) {
    send({ type: 'unavailable', reason: msg('panel.no-shop-credentials', { shop: adapter.displayName }), failure: null });
    return;
  }
  // A page opened before the merchant revoked the site's access still has its panel (H3).
  const denied = await ownDomainAccessFailure(profile);
  if (denied) {
    send({ type: 'unavailable', reason: failureSentence(denied, adapter.platform), failure: denied });
    return;
  }

  send({ type: 'progress', stage: 'reading-order', done: [] });
  const now = () => new Date();
  // "Check again": forget cached master data, so round 1 reads it afresh beside the order
  // (refetching it first would add round trips before the order is even asked for).
  const accounting = accountingFor(profile);
  if (input.fresh) await accounting.invalidateMasterData(profile);
  const context = await gatherContext({
    profile,
    adapter,
    shop: found.client ?? adapter.createClient(profile, credentials, defaultHttpDeps),
    accounting: accounting.createClient(profile, profile.id, defaultHttpDeps, now),
    orderId: input.orderId,
    pageOrigin: input.pageUrl.origin,
    now,
    onOrderRead: ({ order, status }) => {
      if (!order.ok) return;
      const early = runEarlyChecks({ order, status, profile, platform: adapter.platform, now: now().toISOString() });
      send({ type: 'progress', stage: 'reading-accounting', done: early });
    },
  });
  const results = runChecks(context);
  send({
    type: 'result',
    diagnosis: {
      connectionLabel: profile.label,
      platform: adapter.platform,
      orderId: input.orderId,
      order: context.order.ok ? summarize(context.order.value) : null,
      results,
      verdict: overallVerdict(results),
      checkedAt: context.now,
    },
  });
}

/** Checks 1, 3 and 6 read only the order, its status and the settings. */
function runEarlyChecks(partial: Pick<CheckContext, 'order' | 'status' | 'profile' | 'platform' | 'now'>): CheckResult[] {
  const pending = { ok: false as const, failure: { kind: 'not-found' as const, side: 'accounting' as const, call: 'pending', httpStatus: null, detail: '' } };
  const context: CheckContext = {
    ...partial,
    pageOrigin: null,
    shopCredentials: pending,
    shopKeyIsConnectorKey: false,
    accountingCredentials: pending,
    vatCodes: pending,
    glAccounts: pending,
    documents: pending,
    items: pending,
    itemWarehouses: pending,
    warehouses: pending,
  };
  return ALL_CHECKS.filter((check) => ORDER_ONLY_CHECKS.has(check.id)).map((check) => runCheck(check, context));
}

function summarize(order: Order): OrderSummary {
  return {
    orderNumber: order.orderNumber,
    createdAt: order.createdAt,
    statusRaw: order.status.raw,
    total: `${order.total.amount.toFixed(2)} ${order.total.currency}`,
  };
}
