import type { ExactDivision } from '../../exact/world';
import { PRODUCTS, SHIPPING_ARTICLE } from './catalogue';
import { DEMO } from './demo';
import { exactDivision, type DivisionSpec, type ItemSpec, type SalesOrderSpec } from './exact-division';
import { dateOnly, daysAgo } from './time';

/**
 * The demo division: every catalogue product as an item (stock items linked to warehouse '1'),
 * except the two broken on purpose (MUG-2019 ended 45 days ago; LAMP-02 linked to '2' only),
 * the shipping article, and a few older sales orders whose YourRef no scenario order uses.
 */
export function demoDivision(now: number, extra: Pick<DivisionSpec, 'salesOrders' | 'blockedVatCodes'> = {}): ExactDivision {
  const { tshirt, mug, cookbook, giftWrap, retiredMug, lamp } = PRODUCTS;
  const items: ItemSpec[] = [
    ...[tshirt, mug, cookbook, giftWrap].map((p) => ({ code: p.sku, description: p.name, stock: p.stock })),
    { code: retiredMug.sku, description: retiredMug.name, stock: true, startDate: '2019-01-01T00:00:00.000Z', endDate: dateOnly(daysAgo(now, 45)) },
    { code: lamp.sku, description: lamp.name, stock: true, warehouses: ['2'] },
    { code: SHIPPING_ARTICLE, description: 'Verzendkosten', stock: false, startDate: null },
  ];
  const unrelated: SalesOrderSpec[] = [
    { orderNumber: 4001, yourRef: '998', orderDate: dateOnly(daysAgo(now, 90)), amountDC: 54.9 },
    { orderNumber: 4002, yourRef: '999', orderDate: dateOnly(daysAgo(now, 88)), amountDC: 17.45 },
    { orderNumber: 4003, yourRef: null, orderDate: dateOnly(daysAgo(now, 12)), amountDC: 310, customer: 'Groothandel Jansen' },
  ];
  return exactDivision({
    division: DEMO.division,
    name: 'Demo Store B.V.',
    items,
    salesOrders: [...unrelated, ...(extra.salesOrders ?? [])],
    blockedVatCodes: extra.blockedVatCodes ?? [],
  });
}
