import { platformTexts, type ShopDescriptor } from '../descriptor';
import { parseShopAddress } from '../own-domain';
import { wooPage } from './page';

/** The statuses the connector can import from; the first is the default. */
export const WOO_STATUS_THRESHOLDS = ['processing', 'pending', 'completed'] as const;

export const wooDescriptor: ShopDescriptor<'woocommerce'> = {
  id: 'woocommerce',
  displayName: 'WooCommerce',
  // The merchant's own domain: that one origin is asked for on a click in the options page.
  hosting: { kind: 'own-domain' },
  page: wooPage,
  address: {
    kind: 'https-url',
    labelKey: 'options.shop.address-url',
    placeholder: 'https://www.myshop.nl',
    issueKey: 'config.issue.https-url',
    valid: (address) => parseShopAddress(address).ok,
  },
  credentials: [
    { name: 'consumerKey', labelKey: 'options.shop.woo-key', testId: 'field-shop-key' },
    { name: 'consumerSecret', labelKey: 'options.shop.woo-secret', testId: 'field-shop-secret' },
  ],
  // REST API consumer key and secret.
  secretPatterns: [/\b((?:ck|cs)_)[A-Za-z0-9]{8,}/g],
  connector: { statusThresholds: WOO_STATUS_THRESHOLDS, skuSources: [], referenceField: 'number' },
  capabilities: { comparesConnectorShopUrl: true, keyIsConnectorKey: true },
  texts: platformTexts({
    // The very key the connector uses (check 2 relies on it).
    'options.shop.woo-key': ['Consumer key (ck_…) the connector uses', 'Consumer key (ck_…) die de koppeling gebruikt'],
    'options.shop.woo-secret': ['Consumer secret (cs_…) the connector uses', 'Consumer secret (cs_…) dat de koppeling gebruikt'],
    'options.test.woocommerce-signed': [
      'Your site does not tell WordPress it runs on HTTPS (a proxy or CDN ends the secure connection), so WooCommerce ignores a key sent the usual way; import-doctor signs its requests instead (OAuth 1.0a), and the consumer secret is never sent.',
      'Uw site laat WordPress niet weten dat deze via HTTPS draait (een proxy of CDN beëindigt de beveiligde verbinding), dus negeert WooCommerce een sleutel die op de gewone manier wordt meegestuurd; import-doctor ondertekent zijn verzoeken daarom (OAuth 1.0a), en het consumer secret wordt nooit verstuurd.',
    ],
    'options.test.woocommerce-signed-header': [
      'Your web server does not pass the Authorization header on to WordPress, so WooCommerce does not see a key sent the usual way; import-doctor signs its requests instead (OAuth 1.0a), and the consumer secret is never sent.',
      'Uw webserver geeft de Authorization-header niet door aan WordPress, dus ziet WooCommerce een sleutel die op de gewone manier wordt meegestuurd niet; import-doctor ondertekent zijn verzoeken daarom (OAuth 1.0a), en het consumer secret wordt nooit verstuurd.',
    ],
  }),
};
