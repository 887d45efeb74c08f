import type { Platform } from '../model/order';
import type { ShopDescriptor } from './descriptor';
import type { ShopAdapter } from './types';

type Described = Pick<ShopAdapter, 'descriptor' | 'platform' | 'displayName' | 'page' | 'statusThresholds' | 'skuSources' | 'keyIsConnectorKey'>;

/** The adapter fields that only repeat the descriptor: an adapter spreads this, so they are declared once. */
export function describedBy(descriptor: ShopDescriptor<Platform>): Described {
  return {
    descriptor,
    platform: descriptor.id,
    displayName: descriptor.displayName,
    page: { platform: descriptor.id, matches: descriptor.page.matches, orderIdFromUrl: descriptor.page.orderIdFromUrl },
    statusThresholds: descriptor.connector.statusThresholds,
    skuSources: descriptor.connector.skuSources,
    keyIsConnectorKey: descriptor.capabilities.keyIsConnectorKey,
  };
}
