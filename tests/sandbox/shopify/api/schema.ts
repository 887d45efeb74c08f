import { buildSchema, type GraphQLSchema } from 'graphql';
import {
  CANCEL_REASONS,
  COUNTRY_CODES,
  CURRENCY_CODES,
  FINANCIAL_STATUSES,
  FULFILLMENT_STATUSES,
  ORDER_SORT_KEYS,
} from './enums';

const e = (name: string, values: string[]): string => `enum ${name} { ${values.join(' ')} }`;

const connection = (node: string, extraArgs = ''): string => `
  type ${node}Edge { cursor: String! node: ${node}! }
  type ${node}Connection { edges: [${node}Edge!]! nodes: [${node}!]! pageInfo: PageInfo! }
  ${extraArgs}`;

const pageArgs = 'first: Int, after: String, last: Int, before: String, reverse: Boolean = false';

/** The subset of Shopify's Admin GraphQL schema the product reads (names and types as Shopify's). */
export const SDL = `
  schema { query: QueryRoot }
  scalar DateTime
  scalar Decimal
  scalar UnsignedInt64
  ${e('CountryCode', COUNTRY_CODES)}
  ${e('CurrencyCode', CURRENCY_CODES)}
  ${e('OrderDisplayFinancialStatus', FINANCIAL_STATUSES)}
  ${e('OrderDisplayFulfillmentStatus', FULFILLMENT_STATUSES)}
  ${e('OrderCancelReason', CANCEL_REASONS)}
  ${e('OrderSortKeys', ORDER_SORT_KEYS)}

  type QueryRoot {
    shop: Shop!
    order(id: ID!): Order
    orders(${pageArgs}, query: String, sortKey: OrderSortKeys = ID): OrderConnection!
    currentAppInstallation: AppInstallation!
  }
  type Shop { id: ID! name: String! myshopifyDomain: String! currencyCode: CurrencyCode! }
  type AppInstallation { id: ID! accessScopes: [AccessScope!]! }
  type AccessScope { handle: String! description: String! }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type MoneyV2 { amount: Decimal! currencyCode: CurrencyCode! }
  type MoneyBag { shopMoney: MoneyV2! presentmentMoney: MoneyV2! }
  type MailingAddress {
    id: ID! address1: String address2: String city: String company: String country: String
    countryCodeV2: CountryCode countryCode: String @deprecated(reason: "Use countryCodeV2 instead.")
    firstName: String lastName: String name: String phone: String province: String provinceCode: String zip: String
  }
  type TaxLine { rate: Float ratePercentage: Float title: String! priceSet: MoneyBag! }
  type LineItem {
    id: ID! name: String! title: String! variantTitle: String sku: String quantity: Int! currentQuantity: Int!
    requiresShipping: Boolean! taxable: Boolean! taxLines(first: Int): [TaxLine!]!
    originalUnitPriceSet: MoneyBag! discountedTotalSet: MoneyBag!
    variant: ProductVariant product: Product
  }
  type ProductVariant { id: ID! sku: String title: String! }
  type Product { id: ID! title: String! }
  type ShippingLine {
    id: ID title: String! code: String source: String carrierIdentifier: String
    originalPriceSet: MoneyBag! discountedPriceSet: MoneyBag! isRemoved: Boolean!
  }
  ${connection('LineItem')}
  ${connection('ShippingLine')}
  ${connection('Order')}
  type Order {
    id: ID! legacyResourceId: UnsignedInt64! name: String! email: String
    createdAt: DateTime! processedAt: DateTime! updatedAt: DateTime!
    cancelledAt: DateTime cancelReason: OrderCancelReason closed: Boolean! closedAt: DateTime test: Boolean!
    displayFinancialStatus: OrderDisplayFinancialStatus displayFulfillmentStatus: OrderDisplayFulfillmentStatus!
    currencyCode: CurrencyCode! presentmentCurrencyCode: CurrencyCode! taxesIncluded: Boolean!
    totalPriceSet: MoneyBag! currentTotalPriceSet: MoneyBag! subtotalPriceSet: MoneyBag totalShippingPriceSet: MoneyBag!
    billingAddress: MailingAddress shippingAddress: MailingAddress
    lineItems(${pageArgs}): LineItemConnection!
    shippingLines(${pageArgs}, includeRemovals: Boolean = false): ShippingLineConnection!
  }
`;

let cached: GraphQLSchema | null = null;

export function shopifySchema(): GraphQLSchema {
  cached ??= buildSchema(SDL);
  return cached;
}
