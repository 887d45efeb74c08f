import type { Platform } from '../../lib/model/order';

/**
 * What the Shop section asks per platform. The form offers only platforms the background reports
 * as registered (connections.list → platforms); the credential field names must match the
 * adapter's credentialsSchema, which the background checks again.
 */
export interface CredentialField {
  name: string;
  /** options.shop.credential.<name> */
  labelKey: string;
  testId: string;
}

export interface PlatformFields {
  /** How the extension reaches the shop: a myshopify address, the site's https URL, or nothing. */
  address: 'myshopify' | 'https-url' | 'none';
  credentials: CredentialField[];
  /** The connector's own shop URL matters (check 2) only where the shop lives on its own domain. */
  connectorShopUrl: boolean;
}

export const platformFields: Record<Platform, PlatformFields> = {
  shopify: {
    address: 'myshopify',
    credentials: [{ name: 'accessToken', labelKey: 'options.shop.shopify-token', testId: 'field-shop-token' }],
    connectorShopUrl: false,
  },
  woocommerce: {
    address: 'https-url',
    credentials: [
      { name: 'consumerKey', labelKey: 'options.shop.woo-key', testId: 'field-shop-key' },
      { name: 'consumerSecret', labelKey: 'options.shop.woo-secret', testId: 'field-shop-secret' },
    ],
    connectorShopUrl: true,
  },
  bol: {
    address: 'none',
    credentials: [
      { name: 'clientId', labelKey: 'options.shop.bol-client-id', testId: 'field-shop-client-id' },
      { name: 'clientSecret', labelKey: 'options.shop.bol-client-secret', testId: 'field-shop-client-secret' },
    ],
    connectorShopUrl: false,
  },
};
