import { ConnectionProfileSchema } from '../../../lib/model/connection';
import { sddOrderUrl } from '../bol/facts';
import { bolChecks } from './bol-checks';
import { guid } from './build/guid';
import type { Scenario } from './types';

/**
 * Two bol.com retailer accounts of one merchant, each its own connection into the demo division.
 * The seller dashboard's address names no retailer: the panel must find the connection whose
 * account knows the order. The second account sells one order like the first's check-7 case.
 */
export const SECOND_BOL = { connectionId: 'demo-bol-2', retailerId: '7654321', clientId: guid('demo/bol-client-2'), clientSecret: 'second-bol-secret-5b2e' } as const;

export function bolTwoAccounts(): Scenario {
  const base = bolChecks();
  const first = base.bol!.accounts[0]!;
  const model = base.expectations.find((e) => e.failingCheck === 7)!;
  const source = first.orders.find((o) => o.orderId === model.orderId)!;
  const order = { ...source, orderId: `B${source.orderId}` };
  const connection = base.connections[0]!;
  const profile = ConnectionProfileSchema.parse({ ...connection.profile, id: SECOND_BOL.connectionId, label: 'Tweede bol.com-winkel → Exact' });
  return {
    ...base,
    name: 'bol-two-accounts',
    description: 'Two bol.com accounts of one merchant: each order page is judged with the account that knows the order.',
    bol: {
      accounts: [
        first,
        { retailerId: SECOND_BOL.retailerId, name: 'Tweede winkel', credentials: [{ clientId: SECOND_BOL.clientId, clientSecret: SECOND_BOL.clientSecret }], orders: [order] },
      ],
    },
    connections: [
      ...base.connections,
      { profile, shopCredentials: { platform: 'bol', clientId: SECOND_BOL.clientId, clientSecret: SECOND_BOL.clientSecret }, exactApp: connection.exactApp },
    ],
    expectations: [...base.expectations, { ...model, connectionId: SECOND_BOL.connectionId, orderId: order.orderId, adminUrl: sddOrderUrl(order.orderId) }],
  };
}
