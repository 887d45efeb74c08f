/**
 * What a shop platform IS, declared once in lib/shops/<platform>/descriptor.ts: pure data and tiny
 * pure functions, so wxt.config.ts (under Node), the content script, the options page and the
 * worker can all import it. No zod, no API client, no browser API. Everything that lists or names
 * platforms outside lib/shops/ is derived from the registry of these (lib/shops/descriptors.ts):
 * the platform enum, the content script's page list, display names, the options form's fields,
 * the manifest's host permissions, scrub patterns and the config JSON Schema.
 */

/** Texts a platform brings (both languages, the same keys): labels, hints and issues naming it. */
export interface PlatformTexts {
  en: Record<string, string>;
  nl: Record<string, string>;
}

/** What a page rule may know of the connection (Magento's admin path, Shopware's hash routes). */
export interface PageConnection {
  shopAddress: string | null;
}

/** The admin order-page rule: bundled into the content script, so pure URL knowledge only. */
export interface PageRule {
  /** Static content-script match patterns; empty for shops on the merchant's own domain. */
  matches: readonly string[];
  /**
   * The platform's order id when `url` is an order page of its admin, else null. `connection` is
   * given where the page's connection is known (a platform whose admin path differs per shop
   * needs it); without it the rule recognises what it can from the URL alone.
   */
  orderIdFromUrl(url: URL, connection?: PageConnection): string | null;
}

/**
 * Where the platform lives. `fixed`: the same hosts for every merchant, listed in the manifest.
 * `own-domain`: each shop on its own domain, whose one origin is asked for at runtime.
 */
export type Hosting =
  | {
      kind: 'fixed';
      /** Manifest host permissions: the API hosts (and admin hosts the worker must reach). */
      hostPermissions: readonly string[];
    }
  | { kind: 'own-domain' };

/** How the options form asks where the shop is, and the rule that judges the answer. */
export type AddressRule =
  | {
      /** A host named by the shop's handle (`{handle}.myshopify.com`), or the site's own https URL. */
      kind: 'handle-host' | 'https-url';
      /** Options text key of the field's label. */
      labelKey: string;
      placeholder: string;
      /** config.issue.* text key said when `valid` fails. */
      issueKey: string;
      valid(address: string | null): boolean;
    }
  /** No address: the account is named by its credentials alone. */
  | { kind: 'none' };

/** One secret the merchant enters; `name` is the key in the platform's credentials schema. */
export interface CredentialField {
  name: string;
  /** Options text key of the field's label. */
  labelKey: string;
  testId: string;
}

/**
 * A secret's shape, masked wherever text leaves the worker. Group 1 is a readable prefix kept in
 * front of the mask ("shpat_[redacted]"); the pattern must be global.
 */
export type SecretPattern = RegExp;

/** What the connector adds on this platform, beside the settings every connection has. */
export interface ConnectorOptions {
  /** The statuses from which the connector imports; the first is the default. */
  statusThresholds: readonly string[];
  /** Where the connector may take the article code from; empty when it offers no choice. */
  skuSources: readonly string[];
  /** The order field the connector writes into the accounting's reference (documentation and tests). */
  referenceField: string;
}

/** Behaviour the shared code asks about instead of testing a platform's name. */
export interface Capabilities {
  /** Check 2 compares the connector's shop URL with the admin page's origin (and the form asks for it). */
  comparesConnectorShopUrl: boolean;
  /** The merchant enters the very key the connector uses, so a refusal stops the connector too. */
  keyIsConnectorKey: boolean;
}

export interface ShopDescriptor<Id extends string = string> {
  id: Id;
  /** Name shown to merchants, the same in every language. */
  displayName: string;
  hosting: Hosting;
  page: PageRule;
  address: AddressRule;
  credentials: readonly CredentialField[];
  secretPatterns: readonly SecretPattern[];
  connector: ConnectorOptions;
  capabilities: Capabilities;
  texts: PlatformTexts;
}

/** Texts from [english, dutch] pairs. */
export function platformTexts(pairs: Record<string, readonly [string, string]>): PlatformTexts {
  const entries = Object.entries(pairs);
  return {
    en: Object.fromEntries(entries.map(([key, [en]]) => [key, en])),
    nl: Object.fromEntries(entries.map(([key, [, nl]]) => [key, nl])),
  };
}
