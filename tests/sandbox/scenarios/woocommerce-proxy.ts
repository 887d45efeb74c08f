import type { Scenario } from './types';
import { woocommerceAuthRefused, woocommerceChecks } from './woocommerce-checks';

/**
 * The WooCommerce demo shops of 'woocommerce-checks' behind a proxy or CDN that ends TLS and does
 * not tell WordPress (is_ssl() false): WooCommerce ignores Basic auth and query-string keys and
 * accepts only OAuth 1.0a signed requests. The connector signs there and imports as usual, so every
 * order's true verdict is the one of 'woocommerce-checks'. Connection ids and labels get a
 * `-proxy` suffix (`-header` for the dropped-header variant), so a world may hold several.
 */
function behindProxy(base: Scenario, name: string, description: string, note: string, how: 'proxy' | 'header' = 'proxy'): Scenario {
  const id = (connectionId: string): string => `${connectionId}-${how}`;
  const site = how === 'proxy' ? { behindTlsProxy: true } : { dropsAuthorizationHeader: true };
  return {
    ...base,
    name,
    description,
    woocommerce: { sites: (base.woocommerce?.sites ?? []).map((s) => ({ ...s, ...site })) },
    connections: base.connections.map((c) => ({ ...c, profile: { ...c.profile, id: id(c.profile.id), label: `${c.profile.label} (${how})` } })),
    expectations: base.expectations.map((e) => ({ ...e, connectionId: id(e.connectionId), note: `${e.note} ${note}` })),
  };
}

export function woocommerceProxy(): Scenario {
  return behindProxy(
    woocommerceChecks(),
    'woocommerce-proxy',
    "'woocommerce-checks' behind a TLS-terminating proxy: Basic auth is ignored (401 woocommerce_rest_cannot_view), OAuth 1.0a signed requests are accepted; every verdict as on a plain https site.",
    '(Behind a TLS proxy: only signed requests are accepted.)',
  );
}

/** The proxied shops refusing the stored key (revoked): check 2 still fails, on the signed answer "Consumer key is invalid.". */
export function woocommerceProxyRefused(): Scenario {
  return behindProxy(
    woocommerceAuthRefused(),
    'woocommerce-proxy-refused',
    "'woocommerce-proxy' with the stored key revoked: Basic is ignored, the signed retry answers 401 \"Consumer key is invalid.\", check 2 fails on the shop side.",
    '(Behind a TLS proxy: the signed retry says "Consumer key is invalid.")',
  );
}

/**
 * The same shops on https, but the web server does not pass the Authorization header on: Basic is
 * not seen, a request signed over https is accepted (the http signature does not match there).
 */
export function woocommerceHeaderDropped(): Scenario {
  return behindProxy(
    woocommerceChecks(),
    'woocommerce-header-dropped',
    "'woocommerce-checks' on a server that drops the Authorization header: Basic is not seen (401 woocommerce_rest_cannot_view), requests signed over https are accepted; every verdict as on a plain https site.",
    '(Authorization header dropped: only requests signed over https are accepted.)',
    'header',
  );
}
