import type { AccountingDocument, DocumentType, GlAccount, Item, ItemWarehouse, VatCode, Warehouse } from '../model/accounting';

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
  /** Items whose code matches one of `codes` (trimmed, case-insensitive); unknown codes are absent. */
  itemsByCodes(codes: string[]): Promise<Item[]>;
  /** Item–warehouse links for these item codes, in every warehouse. */
  itemWarehouses(itemCodes: string[]): Promise<ItemWarehouse[]>;
}
