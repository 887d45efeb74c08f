import type { ConnectionProfile } from '../../model/connection';
import type { WooCredentials } from './client';

/** Test fixtures: a WooCommerce connection and REST answers in WooCommerce's own shape. */

export const KEY = 'ck_0123456789abcdef0123456789abcdef01234567';
export const SECRET = 'cs_fedcba9876543210fedcba9876543210fedcba98';
export const CREDENTIALS: WooCredentials = { consumerKey: KEY, consumerSecret: SECRET };

export function wooProfile(shopAddress: string | null = 'https://shop.example.nl'): ConnectionProfile {
  return {
    id: 'w1',
    label: 'Woo shop',
    platform: 'woocommerce',
    shopAddress,
    homeCountry: 'NL',
    timeZone: 'Europe/Amsterdam',
    accounting: { system: 'exact', host: 'start.exactonline.nl', division: 123456 },
    connector: {
      shopUrl: 'https://shop.example.nl/',
      installedAt: '2025-01-01T00:00:00Z',
      articleImportFinished: true,
      statusThreshold: 'processing',
      edition: 'handel',
      vatMapping: { domesticHigh: '2', domesticLow: '1', domesticZero: '0', eu: '4', outsideEu: '5' },
      glMapping: { revenueDomestic: '8000', revenueEu: '8100', revenueOutsideEu: '8200', shipping: '8300' },
      shippingArticleCode: 'SHIP',
      duplicateCheck: true,
      warehouseModule: false,
      warehouseCode: null,
    },
  };
}

export function wooLineItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 315,
    name: 'T-shirt rood - M',
    product_id: 93,
    variation_id: 0,
    quantity: 2,
    tax_class: '',
    subtotal: '41.24',
    subtotal_tax: '8.66',
    total: '41.24',
    total_tax: '8.66',
    taxes: [{ id: 1, total: '8.66', subtotal: '8.66' }],
    meta_data: [],
    sku: 'TSHIRT-RED-M',
    price: 20.62,
    ...overrides,
  };
}

/** An order as `GET /wp-json/wc/v3/orders/727` answers it (fields per the API notes). */
export function wooOrder(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 727,
    parent_id: 0,
    number: '727',
    order_key: 'wc_order_58d2d042d1d',
    created_via: 'checkout',
    version: '9.1.0',
    status: 'processing',
    currency: 'EUR',
    date_created: '2025-05-20T12:15:00',
    date_created_gmt: '2025-05-20T10:15:00',
    date_modified: '2025-05-20T12:16:00',
    date_modified_gmt: '2025-05-20T10:16:00',
    discount_total: '0.00',
    discount_tax: '0.00',
    shipping_total: '4.09',
    shipping_tax: '0.86',
    cart_tax: '8.88',
    total: '57.55',
    total_tax: '9.74',
    prices_include_tax: true,
    customer_id: 0,
    customer_note: '',
    billing: { first_name: 'Jan', last_name: 'Jansen', company: '', address_1: 'Straat 1', address_2: '', city: 'Utrecht', state: '', postcode: '3511 AA', country: 'NL', email: 'jan@example.com', phone: '' },
    shipping: { first_name: 'Jan', last_name: 'Jansen', company: '', address_1: 'Straat 1', address_2: '', city: 'Antwerpen', state: '', postcode: '2000', country: 'BE' },
    payment_method: 'ideal',
    payment_method_title: 'iDEAL',
    transaction_id: 'tr_1',
    date_paid: '2025-05-20T12:15:30',
    date_paid_gmt: '2025-05-20T10:15:30',
    date_completed: null,
    date_completed_gmt: null,
    cart_hash: 'abc',
    meta_data: [],
    line_items: [
      wooLineItem(),
      wooLineItem({ id: 316, name: 'Kookboek', quantity: 1, subtotal: '2.48', subtotal_tax: '0.22', total: '2.48', total_tax: '0.22', taxes: [{ id: 2, total: '0.22', subtotal: '0.22' }], sku: 'BOOK-COOK', price: 2.48 }),
    ],
    tax_lines: [
      { id: 401, rate_code: 'NL-BTW HOOG-1', rate_id: 1, label: 'BTW', compound: false, tax_total: '8.66', shipping_tax_total: '0.86', meta_data: [] },
      { id: 402, rate_code: 'NL-BTW LAAG-2', rate_id: 2, label: 'BTW laag', compound: false, tax_total: '0.22', shipping_tax_total: '0.00', meta_data: [] },
    ],
    shipping_lines: [{ id: 317, method_title: 'PostNL', method_id: 'flat_rate', instance_id: '1', total: '4.09', total_tax: '0.86', taxes: [{ id: 1, total: '0.86' }], meta_data: [] }],
    fee_lines: [],
    coupon_lines: [],
    refunds: [],
    _links: { self: [{ href: 'https://shop.example.nl/wp-json/wc/v3/orders/727' }], collection: [{ href: 'https://shop.example.nl/wp-json/wc/v3/orders' }] },
    ...overrides,
  };
}

export const wooError = (code: string, message: string, status: number) => ({ code, message, data: { status } });
