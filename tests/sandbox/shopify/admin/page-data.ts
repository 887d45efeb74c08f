import type { ShopifyAddress, ShopifyOrder, ShopifyStore } from '../world';

/** What the admin SPA shows, embedded as JSON in the page (the real admin fetches it instead). */
export interface AdminOrder {
  id: string;
  name: string;
  createdAt: string;
  customer: string | null;
  email: string | null;
  financialStatus: string | null;
  fulfillmentStatus: string;
  cancelled: boolean;
  total: string;
  currency: string;
  shippingCountry: string | null;
  billingCountry: string | null;
  lines: { name: string; sku: string | null; quantity: number; price: string }[];
  shipping: { title: string; price: string }[];
}

export interface AdminPageData {
  store: { handle: string; name: string };
  orders: AdminOrder[];
}

function personOf(a: ShopifyAddress | null): string | null {
  if (!a) return null;
  const name = [a.firstName, a.lastName].filter(Boolean).join(' ');
  return name || a.company || null;
}

function adminOrder(o: ShopifyOrder): AdminOrder {
  return {
    id: o.id,
    name: o.name,
    createdAt: o.createdAt,
    customer: personOf(o.billingAddress) ?? personOf(o.shippingAddress),
    email: o.email ?? null,
    financialStatus: o.displayFinancialStatus,
    fulfillmentStatus: o.displayFulfillmentStatus,
    cancelled: o.cancelledAt !== null,
    total: o.totalPrice,
    currency: o.currencyCode,
    shippingCountry: o.shippingAddress?.countryCodeV2 ?? null,
    billingCountry: o.billingAddress?.countryCodeV2 ?? null,
    lines: o.lineItems.map((l) => ({ name: l.name, sku: l.sku, quantity: l.quantity, price: l.price ?? '0.00' })),
    shipping: o.shippingLines.filter((s) => !s.isRemoved).map((s) => ({ title: s.title, price: s.price })),
  };
}

/** Every order of the store (the admin sees all of them, whatever an app's token may read). */
export function adminPageData(store: ShopifyStore): AdminPageData {
  return { store: { handle: store.handle, name: store.name }, orders: store.orders.map(adminOrder) };
}
