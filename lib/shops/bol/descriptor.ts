import { platformTexts, type ShopDescriptor } from '../descriptor';
import { bolPage } from './page';
import { BOL_SKU_SOURCES } from './sku-source';
import { BOL_STATUS_THRESHOLDS } from './status';

export const bolDescriptor: ShopDescriptor<'bol'> = {
  id: 'bol',
  displayName: 'Bol.com',
  hosting: {
    kind: 'fixed',
    // The token endpoint and the Retailer API (the seller dashboard needs only the content-script match).
    hostPermissions: ['https://login.bol.com/*', 'https://api.bol.com/*'],
  },
  page: bolPage,
  // bol.com has no shop address: the retailer account is the client id's.
  address: { kind: 'none' },
  credentials: [
    { name: 'clientId', labelKey: 'options.shop.bol-client-id', testId: 'field-shop-client-id' },
    { name: 'clientSecret', labelKey: 'options.shop.bol-client-secret', testId: 'field-shop-client-secret' },
  ],
  // Client ids and secrets have no published prefix; the long-run rule in lib/net/scrub.ts masks them.
  secretPatterns: [],
  connector: { statusThresholds: BOL_STATUS_THRESHOLDS, skuSources: BOL_SKU_SOURCES, referenceField: 'orderId' },
  // The merchant enters the very client id and secret the connector uses: a refusal stops the connector too.
  capabilities: { comparesConnectorShopUrl: false, keyIsConnectorKey: true },
  texts: platformTexts({
    'options.shop.bol-client-id': ['Retailer API client ID the connector uses', 'Client-ID van de Retailer API die de koppeling gebruikt'],
    'options.shop.bol-client-secret': ['Retailer API client secret the connector uses', 'Client secret van de Retailer API dat de koppeling gebruikt'],
    'options.sku-source.offer-reference': ['Offer reference (your own SKU)', 'Referentie van het aanbod (uw eigen SKU)'],
    'options.sku-source.ean': ['EAN', 'EAN'],
  }),
};
