import type { z } from 'zod';
import type { StatusAssessment } from '../checks/types';
import type { Message } from '../i18n/message';
import type { ConnectionProfile } from '../model/connection';
import type { Order, Platform } from '../model/order';
import type { HttpDeps } from '../net/http';
import type { PageRule, ShopDescriptor } from './descriptor';

/**
 * The page side of a shop platform: pure URL knowledge, safe to bundle into the content script
 * (no API clients, no credentials). Lives in lib/shops/<platform>/page.ts.
 */
export interface ShopPage extends PageRule {
  platform: Platform;
}

/** One page of a shop's order list; `next` is an opaque cursor, null on the last page. */
export interface OrderListPage {
  orders: Order[];
  next: string | null;
}

/** One order as a change listing names it: enough to decide whether its details are worth a read. */
export interface ListedChange {
  orderId: string;
  /** When the order was placed (an instant): orders placed before the window are not read. */
  placedAt: string;
  /** The order's latest change (an instant): unchanged since the last read, it is not read again. */
  changedAt: string;
}

/** What a change listing is asked: the changes of one calendar day, or those of the last minutes. */
export type ChangeQuery = { kind: 'day'; day: string } | { kind: 'recent'; minutes: number };

export interface ChangePage {
  changes: ListedChange[];
  /** Opaque page cursor within the same query; null on its last page. */
  next: string | null;
}

/**
 * For platforms whose plain order list shows only recent orders (Bol.com: open ones and those
 * handled in the last 48 hours): the window is read as changes, day by day at first, then only
 * what changed since the last run. The reconciliation keeps what it has seen across runs.
 */
export interface ChangeFeed {
  /** The longest `recent` query the platform serves; a longer gap is walked day by day. */
  maxRecentMinutes: number;
  /** How many days back a `day` query reaches; older days cannot be read. */
  maxDaysBack: number;
  /** The time zone whose calendar days a `day` query means (YYYY-MM-DD). */
  dayTimeZone: string;
  /** Detail reads (getOrder) run this many at a time; the client paces them within the platform's limits. */
  detailConcurrency: number;
  list(query: ChangeQuery, cursor: string | null): Promise<ChangePage>;
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
  /** Instead of `listOrders`, where the plain list does not hold the whole window (see ChangeFeed). */
  changeFeed?: ChangeFeed;
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
  /** What the platform is (lib/shops/<platform>/descriptor.ts); the fields below repeat it for convenience. */
  descriptor: ShopDescriptor;
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
