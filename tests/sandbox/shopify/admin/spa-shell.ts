import type { AdminPageData } from './page-data';
import { ADMIN_SCRIPT } from './spa-script';
import { ADMIN_CSS } from './spa-style';

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** JSON inside a <script> element: `<` escaped so no text can close the element. */
const embedJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** The one HTML document every `/store/{handle}/…` route serves; the script renders the route. */
export function adminShell(data: AdminPageData): string {
  const base = `/store/${encodeURIComponent(data.store.handle)}`;
  const name = escapeHtml(data.store.name);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} · Shopify</title>
<style>${ADMIN_CSS}</style>
</head>
<body>
<div id="app">
  <header class="top-bar" data-testid="top-bar">
    <strong>shopify</strong><input type="search" placeholder="Search" aria-label="Search">
    <button type="button" data-testid="store-menu">${name}</button>
  </header>
  <div class="frame">
    <nav class="Polaris-Navigation" data-testid="navigation">
      <a href="${base}">Home</a>
      <a href="${base}/orders" data-testid="nav-orders">Orders</a>
      <a href="${base}/products">Products</a>
      <a href="${base}/customers">Customers</a>
    </nav>
    <main id="AppFrameMain" class="Polaris-Frame__Main"></main>
  </div>
</div>
<script type="application/json" id="sandbox-data">${embedJson(data)}</script>
<script>${ADMIN_SCRIPT}</script>
</body>
</html>
`;
}

export function notFoundPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page not found · Shopify</title></head>
<body><h1>${escapeHtml(message)}</h1></body></html>
`;
}
