/**
 * Shops on the merchant's own domain (WooCommerce): the host permission pattern import-doctor asks
 * for, from the shop address. Only https: the key never travels over plain http.
 */
export function ownDomainPattern(shopAddress: string | null): string | null {
  if (shopAddress === null) return null;
  try {
    const url = new URL(shopAddress.trim());
    return url.protocol === 'https:' && url.hostname !== '' ? `${url.origin}/*` : null;
  } catch {
    return null;
  }
}
