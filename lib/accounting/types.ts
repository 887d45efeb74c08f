import type { AccountingDocument, DocumentType, GlAccount, Item, ItemWarehouse, VatCode, Warehouse } from '../model/accounting';
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
