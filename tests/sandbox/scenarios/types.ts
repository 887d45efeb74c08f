import type { ConnectionProfile } from '../../../lib/model/connection';
import type { BolWorld } from '../bol/world';
import type { ExactWorld } from '../exact/world';
import type { ShopifyWorld } from '../shopify/world';
import type { WooWorld } from '../woocommerce/world';

/** Credentials a test enters into the extension for one connection (the merchant's part). */
export type ShopCredentials =
  | { platform: 'shopify'; accessToken: string }
  | { platform: 'woocommerce'; consumerKey: string; consumerSecret: string }
  | { platform: 'bol'; clientId: string; clientSecret: string };

export interface ScenarioConnection {
  profile: ConnectionProfile;
  shopCredentials: ShopCredentials;
  /** The merchant's own Exact app, entered on the options page before the OAuth connect. */
  exactApp: { clientId: string; clientSecret: string };
}

/** Ground truth for one order: what the panel must conclude. */
export interface OrderExpectation {
  connectionId: string;
  /** The platform's order id (as in the admin URL). */
  orderId: string;
  /** The admin order page, at its real URL. */
  adminUrl: string;
  verdict: 'already-imported' | 'will-not-import' | 'cannot-tell' | 'will-import';
  /** For will-not-import: the first failing check. */
  failingCheck?: number;
  /** The catalog key of that check's fix (lib/checks/texts.ts), e.g. `check.7.fix.unknown`. */
  fix?: string;
  /** Checks whose outcome the scenario pins down (others may vary). */
  outcomes?: Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8, 'pass' | 'fail' | 'warn' | 'not-applicable' | 'error'>>;
  note: string;
}

/** A named, declarative sandbox world: what every API host serves plus the ground truth. */
export interface Scenario {
  name: string;
  description: string;
  shopify: ShopifyWorld;
  bol?: BolWorld;
  woocommerce?: WooWorld;
  exact: ExactWorld;
  connections: ScenarioConnection[];
  expectations: OrderExpectation[];
  /** Generated shops: how the reconciliation must class each order of the window (key: order id). */
  reconciliation?: {
    windowDays: number;
    classes: Record<string, { class: 'imported' | 'waiting' | 'before-install' | 'missing' | 'cannot-tell'; checkId?: number }>;
  };
}
