import type { Order, OrderLine } from '../../model/order';
import type { BolOrder, BolOrderItem } from './schemas';
import type { BolSkuSource } from './sku-source';
import { bolRawStatus, isFullyCancelled, remainingQuantity } from './status';

/** bol.com sells in euros only; the Retailer API carries no currency field. */
export const BOL_CURRENCY = 'EUR';

const cents = (amount: number): number => Math.round(amount * 100);

/** The article code the connector uses for an item: '' when the item has none (check 7 fails it). */
export function skuOf(item: BolOrderItem, source: BolSkuSource): string {
  const value = source === 'ean' ? item.product?.ean : item.offer?.reference;
  return value ?? '';
}

/** Lines still ordered (a fully cancelled item leaves no line, like a removed Shopify line). */
function mapLines(items: readonly BolOrderItem[], source: BolSkuSource): OrderLine[] {
  return items
    .filter((item) => remainingQuantity(item) > 0)
    .map((item) => ({
      sku: skuOf(item, source),
      name: item.product?.title ?? item.product?.ean ?? item.orderItemId ?? '',
      quantity: remainingQuantity(item),
      // bol's order carries no VAT rate: check 4 then needs the domestic high code.
      vatRate: null,
    }));
}

/**
 * The order as every check sees it. Order number = bol's orderId (what the connector writes into
 * YourRef). The total is what is still ordered, unit prices incl. VAT × remaining quantity; bol
 * charges the customer no shipping through the seller, so there is no shipping total.
 */
export function mapBolOrder(order: BolOrder, source: BolSkuSource): Order {
  const totalCents = order.orderItems.reduce((sum, item) => sum + cents(item.unitPrice) * remainingQuantity(item), 0);
  return {
    platform: 'bol',
    orderId: order.orderId,
    orderNumber: order.orderId,
    createdAt: order.orderPlacedDateTime,
    status: { raw: bolRawStatus(order.orderItems), cancelled: isFullyCancelled(order.orderItems) },
    // Every order the Retailer API returns is paid (SPEC, api/bol.md).
    paid: true,
    billingCountry: order.billingDetails?.countryCode ?? null,
    shippingCountry: order.shipmentDetails?.countryCode ?? null,
    total: { amount: totalCents / 100, currency: BOL_CURRENCY },
    shippingTotal: 0,
    lines: mapLines(order.orderItems, source),
  };
}
