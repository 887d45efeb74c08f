import type { AccountingDocument, DocumentType, GlAccount, Item, ItemWarehouse, VatCode, Warehouse } from '../model/accounting';
import type { z } from 'zod';
import type { AccountingSystemId, ConnectionProfile, Edition } from '../model/connection';
import type { HttpDeps } from '../net/http';
import type { WarehouseWanted } from './master-data-wanted';

export type { MasterDataWanted, WarehouseWanted } from './master-data-wanted';
export { masterDataWanted } from './master-data-wanted';

/**
 * Which list a page of documents came from (Exact): `bulk` (bulk endpoint, date filter), `sync`
 * (sync endpoint by Timestamp, where the bulk endpoint refuses the date filter), `normal` (the
 * normal endpoint, where no bulk twin exists) or `normal-fallback` (the normal endpoint with the
 * date filter, where the bulk endpoint refuses it and no sync feed gives whole documents).
 */
export type DocumentFeed = 'bulk' | 'sync' | 'normal' | 'normal-fallback';

export interface DocumentPage {
  documents: AccountingDocument[];
  next: string | null;
  /** Said by systems with more than one feed. */
  feed?: DocumentFeed;
}

/**
 * What the checks need from an accounting system. Implemented per system in
 * lib/accounting/<system>/; methods throw ApiError (lib/net/errors.ts). Master data
 * (VAT codes, GL accounts, warehouses) may be served from a cache with a TTL, per question asked.
 */
export interface AccountingClient {
  /** A cheap authenticated call that proves the credentials are accepted. */
  probe(): Promise<void>;
  /**
   * Master data, read only as far as the checks need it (and Exact's mandatory $filter allows): the
   * VAT codes and GL accounts with one of these codes (trimmed, case-insensitive; none asked: none
   * read), and the one warehouse check 8 compares against.
   */
  vatCodes(codes: readonly string[]): Promise<VatCode[]>;
  glAccounts(codes: readonly string[]): Promise<GlAccount[]>;
  warehouses(wanted: WarehouseWanted): Promise<Warehouse[]>;
  /** Documents of the given type whose YourRef equals `reference` exactly. */
  documentsByReference(type: DocumentType, reference: string): Promise<AccountingDocument[]>;
  /**
   * For the reconciliation: one page of every document of `type` (any YourRef) dated on or after
   * the calendar day of `since` (an instant) in the administration's time zone, with `createdAt`
   * filled. Pass the previous page's `next` to continue (an opaque URL, plain data that survives a
   * worker restart); null on the last page. Uses the system's largest pages (Exact: bulk endpoints,
   * 1000 a page), so N documents cost about N / page size calls. Optional: a system without a
   * dated list cannot reconcile.
   */
  documentsSince?(type: DocumentType, since: string, cursor: string | null): Promise<DocumentPage>;
  /** Items whose code matches one of `codes` (trimmed, case-insensitive); unknown codes are absent. */
  itemsByCodes(codes: string[]): Promise<Item[]>;
  /** Item–warehouse links for these item codes, in every warehouse. */
  itemWarehouses(itemCodes: string[]): Promise<ItemWarehouse[]>;
}

/** The day's call budget as the system last reported it, for the popup. */
export interface BudgetSummary {
  limit: number;
  remaining: number;
  /** ISO instant of the daily reset. */
  resetAt: string;
  /** True when little of the day's calls is left. */
  low: boolean;
  /** When the reading was taken, ISO instant. */
  observedAt: string;
}

/** The merchant's own OAuth app (bring-your-own-app): another client id cannot use the tokens. */
export interface OAuthApp {
  clientId: string;
  clientSecret: string;
}

/** Callers pass a clock as epoch ms or as Date; both are accepted. */
export type Clock = () => number | Date;

/** What "Connect" needs: the background opens the system's sign-in window through `launchAuthFlow`. */
export interface ConnectInput {
  connectionId: string;
  profile: ConnectionProfile;
  /** The merchant's own app registration, as `appSchema` reads it. */
  app: unknown;
  /** browser.identity.getRedirectURL(system id) in the background. */
  redirectUri: string;
  /** Opens the sign-in window and resolves with the final redirect URL (rejects when closed). */
  launchAuthFlow: (url: string) => Promise<string>;
  http: HttpDeps;
  now: () => number;
}

/**
 * Who connected which administration ("division", as every system so far numbers it); it fills
 * `profile.accounting.division` where that is still empty.
 */
export interface ConnectResult {
  division: number;
  userName: string | null;
  divisionName: string | null;
}

/**
 * An accounting system as the background worker sees it (lib/accounting/registry.ts lists them).
 * Everything system-specific — OAuth, tokens, paging, budgets, caches — stays behind this; the
 * background, the settings handlers and the popup's view reach a system only through it.
 */
export interface AccountingSystem {
  id: AccountingSystemId;
  /** Named to the merchant ("Exact Online"). */
  displayName: string;
  /** Every host the system's API and sign-in live on (one per country for Exact). */
  hosts: readonly string[];
  /** Where tokens are asked, per host (token requests are the only POSTs the network layer allows). */
  tokenEndpoint(host: string): string;
  /** The editions (product lines) the connector settings may name. */
  editions: readonly Edition[];
  /** The merchant's app registration, checked before it is stored. */
  appSchema: z.ZodType<OAuthApp>;
  /** Secret-record kinds (lib/storage/secrets.ts) the system keeps per connection. */
  secretKinds: { app: string; tokens: string };
  /** The stored app registration, null when none. */
  readApp(connectionId: string): Promise<OAuthApp | null>;
  /** The host the stored tokens were issued on; null when not connected. */
  connectedHost(connectionId: string): Promise<string | null>;
  /** Interactive sign-in: stores the tokens and says which administration was granted. */
  connect(input: ConnectInput): Promise<ConnectResult>;
  /** The client the checks and the reconciliation read through. */
  createClient(profile: ConnectionProfile, connectionId: string, http?: HttpDeps, now?: Clock): AccountingClient;
  /** Reads the master data the checks compare against afresh ("Refresh master data"). */
  refreshMasterData(connectionId: string, http?: HttpDeps, now?: Clock): Promise<unknown>;
  /** Forgets cached master data ("Check again"). */
  invalidateMasterData(profile: ConnectionProfile): Promise<void>;
  /** Calls left today for the popup; null before the first answer (or no administration yet). */
  budget(profile: ConnectionProfile, now?: Clock): Promise<BudgetSummary | null>;
}
