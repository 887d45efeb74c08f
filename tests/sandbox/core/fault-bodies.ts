import { STATUS_CODES } from 'node:http';

/** The page a reverse proxy (nginx) shows when the backend is down: HTML where JSON was expected. */
export function proxyErrorPage(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  return [
    '<html>',
    `<head><title>${title}</title></head>`,
    '<body>',
    `<center><h1>${title}</h1></center>`,
    '<hr><center>nginx</center>',
    '</body>',
    '</html>',
    '',
  ].join('\r\n');
}

/**
 * Shopify's answer to a throttled GraphQL query: HTTP 200 with an errors array (see api/shopify.md).
 * The cost is that of a single-order read against an empty bucket: the bucket refills it in under a
 * second, so a client that honours the throttle status retries once and succeeds.
 */
export const SHOPIFY_THROTTLED_BODY = {
  errors: [
    {
      message: 'Throttled',
      extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' },
    },
  ],
  extensions: {
    cost: {
      requestedQueryCost: 52,
      actualQueryCost: null,
      throttleStatus: { maximumAvailable: 2000.0, currentlyAvailable: 0, restoreRate: 100.0 },
    },
  },
} as const;

/** Valid JSON that matches no API's schema: every adapter must reject it, not crash on it. */
export const INVALID_SHAPE_BODY = { unexpected: true } as const;
