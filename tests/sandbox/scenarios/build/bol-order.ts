import type { BolAddress, BolOrder, BolOrderItem } from '../../bol/world';
import { PRODUCTS, type Product } from './catalogue';

/**
 * bol.com orders for the demo retailer from a short spec. The offer reference of every offer is
 * the catalogue SKU (the Exact item code), so the shared demo division serves Shopify and bol.com
 * alike; each product also has a valid EAN-13 for connectors that match on EAN.
 */

/** EAN-13 with its check digit, from 12 digits. */
export function ean13(twelve: string): string {
  const sum = [...twelve].reduce((acc, digit, i) => acc + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return `${twelve}${(10 - (sum % 10)) % 10}`;
}

export const BOL_EANS: Record<keyof typeof PRODUCTS, string> = {
  tshirt: ean13('871234500001'),
  mug: ean13('871234500002'),
  cookbook: ean13('978904400001'),
  giftWrap: ean13('871234500004'),
  retiredMug: ean13('871234500005'),
  lamp: ean13('871234500006'),
};

const productKey = (product: Product): keyof typeof PRODUCTS => {
  const key = (Object.keys(PRODUCTS) as (keyof typeof PRODUCTS)[]).find((k) => PRODUCTS[k].sku === product.sku);
  if (!key) throw new Error(`bol-order: ${product.sku} is not a catalogue product`);
  return key;
};

export interface BolLineSpec {
  product: Product;
  quantity?: number;
  /** Overrides the offer reference (a renamed code); null: the offer has no reference. */
  reference?: string | null;
  cancelled?: number;
  shipped?: number;
  /** 'FBB': fulfilled by bol; default 'FBR'. */
  method?: 'FBR' | 'FBB';
}

export interface BolOrderSpec {
  /** Small number; the order id is {@link bolOrderId}. */
  number: number;
  /** ISO instant; written with the Amsterdam offset, as bol does. */
  placedAt: string;
  lines: BolLineSpec[];
  /** Country of both addresses; default 'NL' (bol sells in NL and BE). */
  country?: 'NL' | 'BE';
  /** ISO instant of the items' latest change (shipped or cancelled); default the placement. */
  changedAt?: string;
}

/** bol's order ids: ten digits, unlike any Shopify order number or id in the demo data. */
export const bolOrderId = (number: number): string => String(2_460_000_000 + number);

/** One formatter for every date (making one per call made generating 10,000 orders slow). */
const amsterdamParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** An instant as bol writes it: local Amsterdam time with its offset ("2024-06-20T10:15:00+02:00"). */
export function amsterdamIso(iso: string): string {
  const date = new Date(iso);
  const parts = Object.fromEntries(amsterdamParts.formatToParts(date).map((p) => [p.type, p.value]));
  const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  const offsetMinutes = Math.round((Date.parse(`${local}Z`) - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function address(country: string, number: number, language: boolean): BolAddress {
  return {
    salutation: 'UNKNOWN',
    firstName: 'Klant',
    surname: `Bol ${number}`,
    streetName: 'Voorbeeldstraat',
    houseNumber: '1',
    zipCode: country === 'BE' ? '2000' : '3511AB',
    city: country === 'BE' ? 'Antwerpen' : 'Utrecht',
    countryCode: country,
    email: `${number}x7k2@verkopen.bol.example`,
    ...(language ? { language: country === 'BE' ? 'nl-BE' : 'nl' } : {}),
  };
}

const cents = (amount: number): number => Math.round(amount * 100);

export function bolOrder(spec: BolOrderSpec): BolOrder {
  const orderId = bolOrderId(spec.number);
  const placed = amsterdamIso(spec.placedAt);
  const changed = spec.changedAt === undefined ? placed : amsterdamIso(spec.changedAt);
  const items: BolOrderItem[] = spec.lines.map((line, i) => {
    const quantity = line.quantity ?? 1;
    const unitPrice = Number(line.product.price);
    const method = line.method ?? 'FBR';
    return {
      orderItemId: `${orderId}${i + 1}`,
      cancellationRequest: false,
      fulfilment: { method, distributionParty: method === 'FBB' ? 'BOL' : 'RETAILER', latestDeliveryDate: placed.slice(0, 10), timeFrameType: 'REGULAR' },
      offer: {
        offerId: `offer-${productKey(line.product)}-${BOL_EANS[productKey(line.product)]}`,
        ...(line.reference === null ? {} : { reference: line.reference ?? line.product.sku }),
      },
      product: { ean: BOL_EANS[productKey(line.product)], title: line.product.name },
      quantity,
      quantityShipped: line.shipped ?? 0,
      quantityCancelled: line.cancelled ?? 0,
      unitPrice,
      totalPrice: cents(unitPrice) * quantity / 100,
      commission: Math.round(cents(unitPrice) * quantity * 0.15) / 100,
      latestChangedDateTime: changed,
    };
  });
  const country = spec.country ?? 'NL';
  return {
    orderId,
    pickupPoint: false,
    orderPlacedDateTime: placed,
    shipmentDetails: address(country, spec.number, true),
    billingDetails: address(country, spec.number, false),
    orderItems: items,
  };
}

/** What is still ordered, incl. VAT: Σ unit price × (quantity − cancelled). What the connector books. */
export function bolOrderTotal(order: BolOrder): number {
  return order.orderItems.reduce((sum, i) => sum + cents(i.unitPrice) * Math.max(0, i.quantity - i.quantityCancelled), 0) / 100;
}
