import type { Order, OrderLine } from '../../model/order';
import { isPaidStatus, NO_FINANCIAL_STATUS } from './financial-status';
import type { ShopifyLineItem, ShopifyOrderNode } from './schemas';

/** Shopify's merchant-facing name ("#1001") without the leading '#': what the connector writes in YourRef. */
export function orderNumberFromName(name: string): string {
  return name.startsWith('#') ? name.slice(1) : name;
}

/** Lines the order still has: edits and removals leave a line with currentQuantity 0. */
function mapLines(items: readonly ShopifyLineItem[]): OrderLine[] {
  return items
    .filter((item) => item.currentQuantity > 0)
    .map((item) => ({
      sku: item.sku ?? '',
      name: item.name,
      quantity: item.currentQuantity,
      vatRate: item.taxLines?.[0]?.ratePercentage ?? null,
    }));
}

/** The order as every check sees it. `lineItems` are all pages of the order's line items. */
export function mapShopifyOrder(node: ShopifyOrderNode, lineItems: readonly ShopifyLineItem[]): Order {
  const raw = node.displayFinancialStatus ?? NO_FINANCIAL_STATUS;
  return {
    platform: 'shopify',
    orderId: node.legacyResourceId,
    orderNumber: orderNumberFromName(node.name),
    createdAt: node.createdAt,
    status: { raw, cancelled: node.cancelledAt !== null },
    paid: isPaidStatus(raw),
    billingCountry: node.billingAddress?.countryCodeV2 ?? null,
    shippingCountry: node.shippingAddress?.countryCodeV2 ?? null,
    total: { amount: node.totalPriceSet.shopMoney.amount, currency: node.totalPriceSet.shopMoney.currencyCode },
    shippingTotal: node.totalShippingPriceSet.shopMoney.amount,
    lines: mapLines(lineItems),
  };
}
