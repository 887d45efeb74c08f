import { describe, expect, it } from 'vitest';
import { profileRuleIssues } from '../../../lib/config/profile-rules';
import { ConnectionProfileSchema } from '../../../lib/model/connection';
import { wooAdapter } from '../../../lib/shops/woocommerce';
import { wooOrderPageFromUrl } from '../../../lib/shops/woocommerce/page';
import { wooHosts } from '../woocommerce/hosts';
import { orderNumber } from '../woocommerce/rest/order-json';
import { sandboxRequest } from '../woocommerce/test-support';
import { diagnoseWithRealEngine } from './build/woocommerce-engine';
import { judgeWoo } from './build/woocommerce-oracle';
import { scenarios } from './index';
import type { Scenario } from './types';
import { woocommerceAuthRefused, woocommerceChecks } from './woocommerce-checks';
import { woocommerceHeaderDropped, woocommerceProxy, woocommerceProxyRefused } from './woocommerce-proxy';
import { expectEngineAgrees } from './expect-engine';

const DAY = 86_400_000;
const built: [string, Scenario][] = [
  ['woocommerce-checks', woocommerceChecks()],
  ['woocommerce-auth-refused', woocommerceAuthRefused()],
  ['woocommerce-proxy', woocommerceProxy()],
  ['woocommerce-proxy-refused', woocommerceProxyRefused()],
  ['woocommerce-header-dropped', woocommerceHeaderDropped()],
];

function siteOf(s: Scenario, connectionId: string) {
  const conn = s.connections.find((c) => c.profile.id === connectionId);
  const address = conn?.profile.shopAddress ? new URL(conn.profile.shopAddress) : null;
  const site = s.woocommerce?.sites.find((st) => address !== null && st.host === address.hostname && st.path === address.pathname.replace(/\/$/, ''));
  const division = s.exact.divisions.find((d) => d.division === conn?.profile.accounting.division);
  if (!conn || !site || !division) throw new Error(`${s.name}: connection ${connectionId} does not resolve`);
  return { conn, site, division };
}

describe('WooCommerce scenarios', () => {
  it('are registered by name', () => {
    expect(scenarios['woocommerce-checks']?.().name).toBe('woocommerce-checks');
    expect(scenarios['woocommerce-auth-refused']?.().name).toBe('woocommerce-auth-refused');
  });

  describe.each(built)('%s', (name, s) => {
    it('is named after its key, every profile parses and passes the WooCommerce rules', () => {
      expect(s.name).toBe(name);
      expect(s.woocommerce?.sites.length).toBeGreaterThan(0);
      for (const c of s.connections) {
        expect(ConnectionProfileSchema.parse(c.profile)).toEqual(c.profile);
        expect(c.profile.platform).toBe('woocommerce');
        expect(profileRuleIssues(c.profile, { thresholds: wooAdapter.statusThresholds })).toEqual([]);
        expect(s.exact.apps).toContainEqual(c.exactApp);
        expect(c.shopCredentials.platform).toBe('woocommerce');
        expect(wooAdapter.credentialsSchema.safeParse(c.shopCredentials.platform === 'woocommerce' ? c.shopCredentials : null).success).toBe(true);
      }
      expect(new Set(s.connections.map((c) => c.profile.id)).size).toBe(s.connections.length);
    });

    it('has unique order ids and numbers (also across sites), and an existing order behind every expectation', () => {
      const all = s.woocommerce?.sites.flatMap((site) => site.orders) ?? [];
      expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
      expect(new Set(all.map(orderNumber)).size).toBe(all.length);
      for (const e of s.expectations) {
        expect(siteOf(s, e.connectionId).site.orders.map((o) => String(o.id))).toContain(e.orderId);
        if (e.verdict === 'will-not-import') {
          expect(e.outcomes?.[e.failingCheck as 1]).toBe('fail');
          expect(e.fix).toMatch(new RegExp(`^check\\.${e.failingCheck}\\.fix\\.`));
        }
      }
      expect(new Set(s.expectations.map((e) => `${e.connectionId}/${e.orderId}`)).size).toBe(s.expectations.length);
    });

    it("every admin URL is the order's screen, owned by its connection only, and served by the sandbox", async () => {
      const hosts = wooHosts(s.woocommerce ?? { sites: [] });
      for (const e of s.expectations) {
        const url = new URL(e.adminUrl);
        expect(wooAdapter.page.orderIdFromUrl(url)).toBe(e.orderId);
        const owners = s.connections.filter((c) => wooAdapter.ownsPage(c.profile, url)).map((c) => c.profile.id);
        expect(owners).toEqual([e.connectionId]);
        const host = hosts.find((h) => h.hostnames.includes(url.hostname));
        const page = await host?.handle(sandboxRequest({ url: e.adminUrl }));
        expect(page?.status, e.adminUrl).toBe(200);
        expect(page?.rawBody).toMatch(/post-type-shop_order|woocommerce_page_wc-orders/);
      }
    });

    it('keeps orders in the past and recent enough for the reconciliation window', () => {
      const now = Date.now();
      for (const e of s.expectations) {
        const order = siteOf(s, e.connectionId).site.orders.find((o) => String(o.id) === e.orderId);
        const age = now - Date.parse(order?.createdAt ?? '');
        expect(age).toBeGreaterThan(0);
        expect(age).toBeLessThan(59 * DAY);
      }
    });

    it('says what the rules of SPEC conclude from its data (independent oracle)', () => {
      for (const e of s.expectations) {
        const { conn, site, division } = siteOf(s, e.connectionId);
        const order = site.orders.find((o) => String(o.id) === e.orderId);
        if (!order) throw new Error(`no order ${e.orderId}`);
        const got = judgeWoo(order, site, division, conn, e.adminUrl);
        const label = `${name} #${orderNumber(order)}: ${e.note}`;
        expect({ verdict: got.verdict, failingCheck: got.failingCheck }, label).toEqual({ verdict: e.verdict, failingCheck: e.failingCheck });
        for (const [check, outcome] of Object.entries(e.outcomes ?? {})) expect(got.outcomes[Number(check)], `${label} check ${check}`).toBe(outcome);
      }
    });

    it("is what the product's real engine concludes: WooCommerce client against the sandbox host, the eight checks", async () => {
      for (const e of s.expectations) {
        const run = await diagnoseWithRealEngine(s, e);
        expectEngineAgrees(run, e, `${name} ${e.adminUrl}: ${e.note}`);
        // Read-only; Basic auth, or signed where Basic was ignored; never a key or secret in a URL.
        const proxied = s.woocommerce?.sites.some((site) => site.behindTlsProxy || site.dropsAuthorizationHeader) ?? false;
        const conn = s.connections.find((c) => c.profile.id === e.connectionId);
        for (const req of run.requests) {
          expect(req.method).toBe('GET');
          expect(req.url.search).not.toMatch(/(^|[?&])consumer_(key|secret)=/);
          if (conn?.shopCredentials.platform === 'woocommerce') expect(req.url.href).not.toContain(conn.shopCredentials.consumerSecret);
          const signed = req.url.searchParams.has('oauth_signature');
          expect(signed ? req.headers['authorization'] : req.headers['authorization']?.slice(0, 6)).toBe(signed ? undefined : 'Basic ');
        }
        // Basic first; signed once where it is ignored (or a key is unknown); never more than that per read.
        const signedReads = run.requests.filter((r) => r.url.searchParams.has('oauth_signature')).length;
        if (proxied) expect(signedReads, name).toBeGreaterThan(0);
        if (name === 'woocommerce-checks') expect(signedReads, name).toBe(0);
      }
    });
  });

  it('woocommerce-checks covers every check, WooCommerce statuses, both screens and a subfolder', () => {
    const s = woocommerceChecks();
    const failing = new Set(s.expectations.map((e) => e.failingCheck));
    expect([1, 2, 3, 4, 5, 6, 7, 8].every((c) => failing.has(c))).toBe(true);
    expect(s.expectations.map((e) => e.verdict)).toEqual(expect.arrayContaining(['already-imported', 'will-import', 'will-not-import']));
    const fixes = new Set(s.expectations.map((e) => e.fix));
    for (const fix of ['check.3.fix.not-reached', 'check.3.fix.cancelled', 'check.3.fix.refunded', 'check.3.fix.failed', 'check.5.fix.other-order', 'check.2.fix.url-changed']) {
      expect(fixes).toContain(fix);
    }
    const statuses = new Set(s.woocommerce?.sites.flatMap((site) => site.orders.map((o) => o.status)));
    for (const status of ['pending', 'processing', 'on-hold', 'completed', 'cancelled', 'refunded', 'failed', 'checkout-draft', 'awaiting-pickup']) {
      expect(statuses).toContain(status);
    }
    expect(s.expectations.some((e) => e.outcomes?.[3] === 'warn')).toBe(true);
    const screens = new Set(s.expectations.map((e) => wooOrderPageFromUrl(new URL(e.adminUrl))?.screen));
    expect(screens).toEqual(new Set(['legacy', 'hpos']));
    expect(s.expectations.some((e) => (wooOrderPageFromUrl(new URL(e.adminUrl))?.sitePath ?? '') !== '')).toBe(true);
    // A sequential-numbers plugin: the REST id is not the number the connector writes into YourRef.
    expect(s.woocommerce?.sites.some((site) => site.orders.some((o) => orderNumber(o) !== String(o.id)))).toBe(true);
    expect(woocommerceAuthRefused().expectations.every((e) => e.failingCheck === 2)).toBe(true);
  });
});
