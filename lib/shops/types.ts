import type { z } from 'zod';
import type { StatusAssessment } from '../checks/types';
import type { Message } from '../i18n/message';
import type { ConnectionProfile } from '../model/connection';
import type { Order, Platform } from '../model/order';
import type { HttpDeps } from '../net/http';

/**
 * The page side of a shop platform: pure URL knowledge, safe to bundle into the content script
 * (no API clients, no credentials). Lives in lib/shops/<platform>/page.ts.
 */
export interface ShopPage {
  platform: Platform;
  /** Static content-script match patterns; empty for shops on the merchant's own domain. */
  matches: readonly string[];
  /** The platform's order id when `url` is an order page of its admin, else null. */
  orderIdFromUrl(url: URL): string | null;
}

/** One page of a shop's order list; `next` is an opaque cursor, null on the last page. */
export interface OrderListPage {
  orders: Order[];
  next: string | null;
}

/** Reads one shop's API with stored credentials. Methods throw ApiError (lib/net/errors.ts). */
export interface ShopClient {
  getOrder(orderId: string): Promise<Order>;
  /**
   * Orders created at or after `since` (an instant), newest first or in any stable order, one page
   * per call with the platform's largest page size, so a window of N orders costs about
   * N / page size calls. Pass the previous page's `next` to continue; a cursor survives a worker
   * restart (it is plain data, stored by the reconciliation).
   */
  listOrders?(since: string, cursor: string | null): Promise<OrderListPage>;
  /**
   * A cheap authenticated call that proves the credentials are accepted; may return a note worth
   * telling the merchant (how they were accepted).
   */
  probeCredentials(): Promise<CredentialProbeNote | void>;
}

/** What a credential test learned beyond "accepted", e.g. that WooCommerce requests are signed. */
export interface CredentialProbeNote {
  notice: Message;
}

/**
 * Everything import-doctor knows about one shop platform, behind one contract, so a new platform
 * is a new folder in lib/shops/ plus one line in the registry.
 */
export interface ShopAdapter<Credentials = unknown> {
  platform: Platform;
  /** Name shown to merchants ("Shopify", "WooCommerce", "Bol.com"). */
  displayName: string;
  page: ShopPage;
  credentialsSchema: z.ZodType<Credentials>;
  /** Thresholds the connector offers on this platform; the first is the default. */
  statusThresholds: readonly string[];
  /** Where the connector may take the article code from, when it offers a choice; the first is the default. */
  skuSources?: readonly string[];
  assessStatus(order: Order, threshold: string): StatusAssessment;
  /**
   * True when the merchant enters the very key the connector uses (WooCommerce, Bol.com), so a
   * refusal means the connector is refused too; false when import-doctor has its own authorization.
   */
  keyIsConnectorKey: boolean;
  /** Whether the admin page at `url` belongs to this connection (picks the connection for a tab). */
  ownsPage(profile: ConnectionProfile, url: URL): boolean;
  /** The admin page of an order, for links from the popup. */
  orderPageUrl(profile: ConnectionProfile, orderId: string): string;
  createClient(profile: ConnectionProfile, credentials: Credentials, http: HttpDeps): ShopClient;
}
