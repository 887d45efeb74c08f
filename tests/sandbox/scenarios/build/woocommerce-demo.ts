import { ConnectionProfileSchema } from '../../../../lib/model/connection';
import type { WooOrder, WooSite } from '../../woocommerce/world';
import type { OrderExpectation, ScenarioConnection } from '../types';
import { SHIPPING_ARTICLE } from './catalogue';
import { DEMO } from './demo';
import { EXACT_APP } from './exact-world';
import { WOO_TAX_RATES } from './woocommerce-order';

/**
 * The WooCommerce demo merchants: WordPress sites on `shop.example.test` (one at the root, others
 * in subfolders), each its own connection to the demo Exact division (Handel), with the same
 * mappings as the Shopify demo. Ids and order numbers do not overlap with the Shopify demo's, so
 * worlds can be combined.
 */
export const WOO_HOST = 'shop.example.test';

export interface WooDemoSite {
  connectionId: string;
  label: string;
  path: string;
  storage: WooSite['storage'];
  /** The connector's shop URL (check 2 compares its scheme and host with the page's). */
  connectorUrl: string;
  /** A distinct key per site: ck_/cs_ and 40 hex characters, as WooCommerce makes them. */
  keySeed: string;
}

const hex40 = (seed: string): string => Array.from({ length: 40 }, (_, i) => ((seed.charCodeAt(i % seed.length) + i * 7) % 16).toString(16)).join('');

export const wooKeyOf = (site: WooDemoSite) => ({ consumerKey: `ck_${hex40(`key/${site.keySeed}`)}`, consumerSecret: `cs_${hex40(`secret/${site.keySeed}`)}` });

export function wooSite(site: WooDemoSite, orders: WooOrder[], overrides: Partial<WooSite> = {}): WooSite {
  return {
    host: WOO_HOST,
    path: site.path,
    name: site.label,
    storage: site.storage,
    timeZone: 'Europe/Amsterdam',
    keys: [{ ...wooKeyOf(site), permissions: 'read', description: 'Koppeling Exact Online' }],
    taxRates: WOO_TAX_RATES,
    orders,
    ...overrides,
  };
}

export function wooConnection(site: WooDemoSite, installedAt: string): ScenarioConnection {
  const profile = ConnectionProfileSchema.parse({
    id: site.connectionId,
    label: `${site.label} → Exact`,
    platform: 'woocommerce',
    shopAddress: `https://${WOO_HOST}${site.path}`,
    homeCountry: 'NL',
    timeZone: 'Europe/Amsterdam',
    accounting: { system: 'exact', host: 'start.exactonline.nl', division: DEMO.division },
    connector: {
      shopUrl: site.connectorUrl,
      installedAt,
      articleImportFinished: true,
      statusThreshold: 'processing',
      edition: 'handel',
      vatMapping: { domesticHigh: 'VH', domesticLow: 'VL', domesticZero: 'V0', eu: 'VEU', outsideEu: 'VEX' },
      glMapping: { revenueDomestic: '8000', revenueEu: '8010', revenueOutsideEu: '8020', shipping: '8050' },
      shippingArticleCode: SHIPPING_ARTICLE,
      duplicateCheck: true,
      warehouseModule: false,
      warehouseCode: null,
    },
  });
  return { profile, shopCredentials: { platform: 'woocommerce', ...wooKeyOf(site) }, exactApp: { ...EXACT_APP } };
}

/** The order's admin screen at its real URL: legacy for posts storage, HPOS otherwise. */
export function wooAdminUrl(site: WooDemoSite, orderId: number): string {
  const admin = `https://${WOO_HOST}${site.path}/wp-admin`;
  return site.storage === 'posts' ? `${admin}/post.php?post=${orderId}&action=edit` : `${admin}/admin.php?page=wc-orders&action=edit&id=${orderId}`;
}

export function expectWooOrder(
  site: WooDemoSite,
  order: WooOrder,
  e: Omit<OrderExpectation, 'connectionId' | 'orderId' | 'adminUrl'>,
): OrderExpectation {
  return { connectionId: site.connectionId, orderId: String(order.id), adminUrl: wooAdminUrl(site, order.id), ...e };
}
