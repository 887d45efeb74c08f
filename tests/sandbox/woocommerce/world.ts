/**
 * The data self-hosted WooCommerce shops serve, close to the REST API's own terms (field names as
 * in ../shared/api/woocommerce.md). The host renders the full REST objects from these; amounts are
 * decimal strings as WooCommerce sends them. The world is read at every request, so a test may
 * change it between requests (revoke a key, change a status).
 */

export interface WooAddress {
  first_name: string;
  last_name: string;
  company?: string;
  address_1?: string;
  city?: string;
  postcode?: string;
  /** ISO 3166-1 alpha-2, or '' (virtual orders, or a checkout that did not ask). */
  country: string;
  email?: string;
  phone?: string;
}

/** A tax rate of the shop (WooCommerce › Settings › Tax). */
export interface WooTaxRate {
  id: number;
  /** e.g. "NL-BTW HOOG-1" */
  rateCode: string;
  label: string;
  /** Percent (21, 9, 0). */
  percent: number;
}

export interface WooLineItem {
  name: string;
  productId: number;
  /** '' when the product has no SKU (or was deleted). */
  sku: string;
  quantity: number;
  /** Line total after discounts, excluding tax ("41.24"). */
  total: string;
  /** Tax on the line ("8.66"). */
  totalTax: string;
  /** The tax rate applied (names `taxes[].id`); null: no tax rate (taxes off, or not taxable). */
  rateId: number | null;
}

export interface WooShippingLine {
  methodTitle: string;
  /** e.g. 'flat_rate', 'free_shipping' */
  methodId: string;
  total: string;
  totalTax: string;
  rateId: number | null;
}

export interface WooOrder {
  /** The internal order id: post id or HPOS id, in the admin URL and the REST path. */
  id: number;
  /** The displayed order number (what the connector writes in YourRef); default String(id). */
  number?: string;
  /** REST slug without `wc-`: pending, processing, on-hold, completed, cancelled, refunded, failed, trash, checkout-draft, or a custom one. */
  status: string;
  /** Default 'EUR'. */
  currency?: string;
  /** ISO instant (with Z or an offset); rendered as date_created (site time) and date_created_gmt. */
  createdAt: string;
  modifiedAt?: string;
  /** When payment was received; null for unpaid orders. */
  paidAt: string | null;
  completedAt?: string | null;
  billing: WooAddress;
  shipping: WooAddress;
  paymentMethod?: string;
  paymentMethodTitle?: string;
  lineItems: WooLineItem[];
  shippingLines: WooShippingLine[];
  customerNote?: string;
}

/** A REST API key (WooCommerce › Settings › Advanced › REST API). */
export interface WooKey {
  consumerKey: string;
  consumerSecret: string;
  permissions: 'read' | 'write' | 'read_write';
  /** Whether the key's WordPress user may read orders (a shop manager may; a customer may not). Default true. */
  userCanReadOrders?: boolean;
  description?: string;
}

export interface WooSite {
  /** Lower-case hostname, e.g. 'shop.example.test'; several sites may share one host in subfolders. */
  host: string;
  /** WordPress in a subfolder: '/winkel'; at the root: ''. */
  path: string;
  name: string;
  /** Order storage: HPOS (the default since WooCommerce 8.2) or the legacy posts tables. */
  storage: 'hpos' | 'posts';
  /** The site's time zone (Settings › General): date_created is in it. Default 'Europe/Amsterdam'. */
  timeZone?: string;
  keys: WooKey[];
  taxRates: WooTaxRate[];
  orders: WooOrder[];
  /** Default '9.1.0'. */
  wooVersion?: string;
  /**
   * Behind a proxy or CDN that ends TLS without telling WordPress (no HTTPS=on, no trusted
   * X-Forwarded-Proto): is_ssl() is false, so WooCommerce ignores Basic auth and query-string
   * keys and accepts only OAuth 1.0a signed requests, signed over http://. Default false.
   */
  behindTlsProxy?: boolean;
  /**
   * The web server does not pass the Authorization header on to PHP (some CGI/FastCGI setups; the
   * docs' "servers [that] may not parse the Authorization header"): WordPress sees HTTPS, but
   * neither Basic nor an `Authorization: OAuth` header reaches WooCommerce. Default false.
   */
  dropsAuthorizationHeader?: boolean;
}

export interface WooWorld {
  sites: WooSite[];
}
