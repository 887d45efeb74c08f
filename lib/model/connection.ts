import { z } from 'zod';
import { AccountingSettingsSchema } from '../accounting/settings';
import { InstantSchema, PlatformSchema } from './order';

export { accountingSystemName, AccountingSettingsSchema, AccountingSystemIdSchema, ExactAccountingSchema, type AccountingSettings, type AccountingSystemId } from '../accounting/settings';

export const EditionSchema = z.enum(['boekhouden', 'facturen', 'handel']);
export type Edition = z.infer<typeof EditionSchema>;

const code = z.string().trim().min(1).max(40);
const optionalCode = code.nullable();

/**
 * The connector's VAT-code mapping, as set up in the connector's control panel.
 * Domestic codes per rate class: high (standard rate), low (reduced), zero.
 */
export const VatMappingSchema = z.object({
  domesticHigh: optionalCode,
  domesticLow: optionalCode,
  domesticZero: optionalCode,
  eu: optionalCode,
  outsideEu: optionalCode,
});
export type VatMapping = z.infer<typeof VatMappingSchema>;

/** The connector's GL-account mapping: revenue per region and the shipping-cost account. */
export const GlMappingSchema = z.object({
  revenueDomestic: optionalCode,
  revenueEu: optionalCode,
  revenueOutsideEu: optionalCode,
  shipping: optionalCode,
});
export type GlMapping = z.infer<typeof GlMappingSchema>;

/** What the merchant copies from the connector's settings: the facts the checks compare against. */
export const ConnectorSettingsSchema = z.object({
  /** The shop URL as configured in the connector (check 2); null where the descriptor does not compare it. */
  shopUrl: z.url().nullable(),
  installedAt: InstantSchema,
  articleImportFinished: z.boolean(),
  /** Platform-specific: see each shop adapter's `statusThresholds`. */
  statusThreshold: z.string().min(1),
  edition: EditionSchema,
  vatMapping: VatMappingSchema,
  glMapping: GlMappingSchema,
  shippingArticleCode: optionalCode,
  duplicateCheck: z.boolean(),
  warehouseModule: z.boolean(),
  /** Used only when the warehouse module is on; otherwise the division's main warehouse counts. */
  warehouseCode: optionalCode,
  /**
   * Which value of an order line the connector uses as the article code, where the platform lets
   * the connector choose (e.g. offer reference or EAN); see each descriptor's `connector.skuSources`.
   * Absent: the platform's first (default) choice.
   */
  skuSource: z.string().min(1).max(40).optional(),
});
export type ConnectorSettings = z.infer<typeof ConnectorSettingsSchema>;

/** ISO 3166-1 alpha-2 of the administration's home country; decides domestic / EU / outside EU. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/);

/**
 * The non-secret part of a connection: safe to show in the options page, to export and to hand to
 * the check engine. Secrets live in separate records that only the background worker reads.
 */
export const ConnectionProfileSchema = z.object({
  id: z.string().min(1).max(64),
  label: z.string().min(1).max(100),
  platform: PlatformSchema,
  /**
   * How the extension reaches the shop: a host named by the shop's handle, the site's https URL,
   * or none (each descriptor's `address` rule).
   */
  shopAddress: z.string().max(300).nullable(),
  homeCountry: CountryCodeSchema.default('NL'),
  /** Administration time zone: item dates and document dates compare calendar days here. */
  timeZone: z.string().default('Europe/Amsterdam'),
  accounting: AccountingSettingsSchema,
  connector: ConnectorSettingsSchema,
});
export type ConnectionProfile = z.infer<typeof ConnectionProfileSchema>;
