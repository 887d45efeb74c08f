import type { AccountingDocument, DocumentType, GlAccount, Item, ItemWarehouse, VatCode, Warehouse } from '../model/accounting';

/**
 * Which list a page of documents came from (Exact): `bulk` (bulk endpoint, date filter), `sync`
 * (sync endpoint by Timestamp, where the bulk endpoint refuses the date filter) or `normal` (the
 * normal endpoint, where no bulk twin exists).
 */
export type DocumentFeed = 'bulk' | 'sync' | 'normal';

export interface DocumentPage {
  documents: AccountingDocument[];
  next: string | null;
  /** Said by systems with more than one feed. */
  feed?: DocumentFeed;
}

/**
 * What the checks need from an accounting system. Implemented per system in
 * lib/accounting/<system>/; methods throw ApiError (lib/net/errors.ts). Master data
 * (VAT codes, GL accounts, warehouses) may be served from a cache with a TTL.
 */
export interface AccountingClient {
  /** A cheap authenticated call that proves the credentials are accepted. */
  probe(): Promise<void>;
  vatCodes(): Promise<VatCode[]>;
  glAccounts(): Promise<GlAccount[]>;
  warehouses(): Promise<Warehouse[]>;
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
