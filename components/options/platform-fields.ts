import type { Platform } from '../../lib/model/order';
import type { AddressRule, CredentialField } from '../../lib/shops/descriptor';
import { descriptorOf } from '../../lib/shops/descriptors';

export type { CredentialField };

/**
 * What the Shop section asks per platform, read from the platform's descriptor. The form offers
 * only platforms the background reports as registered (connections.list → platforms); the
 * credential field names must match the adapter's credentialsSchema, which the background checks again.
 */
export interface PlatformFields {
  /** How the extension reaches the shop: a host named by a handle, the site's https URL, or nothing. */
  address: AddressRule;
  credentials: readonly CredentialField[];
  /** The connector's own shop URL matters (check 2) only where the shop lives on its own domain. */
  connectorShopUrl: boolean;
  /** The shop lives on the merchant's own domain: the form asks the browser for that origin. */
  ownDomain: boolean;
}

export function platformFields(platform: Platform): PlatformFields {
  const d = descriptorOf(platform);
  return {
    address: d.address,
    credentials: d.credentials,
    connectorShopUrl: d.capabilities.comparesConnectorShopUrl,
    ownDomain: d.hosting.kind === 'own-domain',
  };
}
