/** The demo shop's products: one catalogue for the Shopify lines and the Exact items. */
export interface Product {
  sku: string;
  name: string;
  /** Unit price including VAT. */
  price: string;
  /** VAT rate in percent. */
  taxRate: number;
  stock: boolean;
}

export const PRODUCTS = {
  tshirt: { sku: 'TSHIRT-RED-M', name: 'T-shirt rood - M', price: '24.95', taxRate: 21, stock: true },
  mug: { sku: 'MUG-BLUE', name: 'Mok blauw', price: '12.50', taxRate: 21, stock: true },
  cookbook: { sku: 'BOOK-COOK', name: 'Kookboek Seizoenen', price: '29.99', taxRate: 9, stock: true },
  giftWrap: { sku: 'GIFT-WRAP', name: 'Cadeauverpakking', price: '2.50', taxRate: 21, stock: false },
  /** Exact item ended before the orders that use it (check 7). */
  retiredMug: { sku: 'MUG-2019', name: 'Mok jubileum 2019', price: '9.95', taxRate: 21, stock: true },
  /** Stock item linked only to the returns warehouse, not to the main one (check 8). */
  lamp: { sku: 'LAMP-02', name: 'Bureaulamp zwart', price: '49.00', taxRate: 21, stock: true },
} as const satisfies Record<string, Product>;

/** The connector's shipping-cost article: a non-stock item. */
export const SHIPPING_ARTICLE = 'VERZEND';
