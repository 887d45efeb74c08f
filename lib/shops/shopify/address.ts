/**
 * The connection's `shopAddress` is `{handle}.myshopify.com`. The access token is sent only to a
 * host of exactly that shape, so a mistyped or hostile address can never receive it.
 */
const SHOP_ADDRESS = /^(?:https:\/\/)?([a-z0-9][a-z0-9-]{0,99})\.myshopify\.com\/?$/;

/** The permanent store handle of a shop address, lower-case; null when it is not a myshopify address. */
export function shopHandleFromAddress(address: string | null): string | null {
  if (address === null) return null;
  return SHOP_ADDRESS.exec(address.trim().toLowerCase())?.[1] ?? null;
}
