import { SDD_ORDERS_PREFIX } from './facts';
import { fulfilmentStatus } from './order-view';
import type { BolAccount, BolOrder } from './world';

/**
 * partner.bol.com: the seller dashboard (SDD), a single-page app. Every route under /sdd/ serves
 * one shell; its script renders the order list, an order, or a home page, and moves between them
 * with history.pushState a moment after the URL changed, so a content script must follow in-page
 * URL changes and wait for the DOM. Orders are listed newest first.
 */
export const RENDER_DELAY_MS = 40;

export interface DashboardOrder {
  orderId: string;
  placed: string;
  status: 'Openstaand' | 'Verzonden' | 'Geannuleerd';
  customer: string;
  shippingCountry: string | null;
  billingCountry: string | null;
  items: { title: string; ean: string; reference: string | null; quantity: number; cancelled: number; unitPrice: number }[];
}

export interface DashboardData {
  retailer: { id: string; name: string };
  orders: DashboardOrder[];
}

function statusOf(order: BolOrder): DashboardOrder['status'] {
  const items = order.orderItems;
  if (items.length > 0 && items.every((i) => i.quantityCancelled >= i.quantity)) return 'Geannuleerd';
  return items.length > 0 && items.every((i) => fulfilmentStatus(i) === 'HANDLED') ? 'Verzonden' : 'Openstaand';
}

export function dashboardData(account: BolAccount): DashboardData {
  return {
    retailer: { id: account.retailerId, name: account.name },
    orders: account.orders.map((o) => ({
      orderId: o.orderId,
      placed: o.orderPlacedDateTime,
      status: statusOf(o),
      customer: `${o.shipmentDetails.firstName} ${o.shipmentDetails.surname}`,
      shippingCountry: o.shipmentDetails.countryCode ?? null,
      billingCountry: o.billingDetails.countryCode ?? null,
      items: o.orderItems.map((i) => ({
        title: i.product.title,
        ean: i.product.ean,
        reference: i.offer.reference ?? null,
        quantity: i.quantity,
        cancelled: i.quantityCancelled,
        unitPrice: i.unitPrice,
      })),
    })),
  };
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const embedJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const STYLE = `
  body { margin: 0; font-family: Arial, sans-serif; background: #f3f3f3; color: #0000a4; }
  header { background: #0000a4; color: #fff; padding: 12px 24px; display: flex; gap: 24px; }
  nav a, header a { color: #fff; }
  main { padding: 24px; }
  .card { background: #fff; border-radius: 4px; padding: 16px; margin-bottom: 16px; }
  .skeleton { height: 200px; background: #e6e6e6; }
  /* Noisy global rules a shadow-DOM panel must not inherit. */
  button { background: #fc0; color: #0000a4; font-size: 18px; }
  * { letter-spacing: 0.02em; }
`;

const SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('sandbox-data').textContent);
  var main = document.getElementById('sdd-main');
  var ORDERS = ${JSON.stringify(SDD_ORDERS_PREFIX)};
  var orders = data.orders.slice().sort(function (a, b) {
    return a.placed < b.placed ? 1 : a.placed > b.placed ? -1 : (a.orderId < b.orderId ? 1 : -1);
  });
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { if (c !== null) el.append(c); });
    return el;
  }
  function euro(n) { return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(n); }
  function day(iso) { return new Date(iso).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' }); }
  function orderLink(o, attrs, text) { attrs.href = ORDERS + encodeURIComponent(o.orderId); attrs['data-order-id'] = o.orderId; return h('a', attrs, [text]); }
  function pager(o, testid, label) {
    return o ? orderLink(o, { 'data-testid': testid, 'aria-label': label }, label) : h('button', { 'data-testid': testid, disabled: '' }, [label]);
  }
  function orderPage(id) {
    var i = orders.findIndex(function (o) { return o.orderId === id; });
    var o = orders[i];
    if (!o) { document.title = 'Bestellingen | bol.com'; return h('div', { class: 'card', 'data-testid': 'order-not-found' }, ['Bestelling niet gevonden.']); }
    document.title = 'Bestelling ' + o.orderId + ' | bol.com';
    var items = h('ul', {}, o.items.map(function (it) {
      return h('li', { 'data-testid': 'order-item' }, [h('strong', {}, [it.title]), ' · EAN ' + it.ean + ' · Referentie ' + (it.reference || '—') +
        ' · ' + it.quantity + ' × ' + euro(it.unitPrice) + (it.cancelled ? ' · ' + it.cancelled + ' geannuleerd' : '')]);
    }));
    return h('div', { class: 'card', 'data-testid': 'order-page', 'data-order-id': o.orderId }, [
      h('a', { href: '/sdd/orders', 'data-testid': 'back-to-orders' }, ['← Bestellingen']),
      h('h1', { 'data-testid': 'order-id' }, ['Bestelling ' + o.orderId]),
      h('span', { 'data-testid': 'order-status' }, [o.status]), ' ',
      h('span', { 'data-testid': 'order-date' }, [day(o.placed)]),
      h('nav', {}, [pager(orders[i - 1], 'previous-order', 'Vorige'), ' ', pager(orders[i + 1], 'next-order', 'Volgende')]),
      items,
      h('p', { 'data-testid': 'customer' }, [o.customer]),
      h('p', { 'data-testid': 'shipping-country' }, ['Verzendland: ' + (o.shippingCountry || '—')]),
      h('p', { 'data-testid': 'billing-country' }, ['Factuurland: ' + (o.billingCountry || '—')])]);
  }
  function listPage() {
    document.title = 'Bestellingen | bol.com';
    return h('div', { class: 'card', 'data-testid': 'order-list' }, [h('h1', {}, ['Bestellingen']), h('table', {}, [h('tbody', {}, orders.map(function (o) {
      return h('tr', { 'data-testid': 'order-row' }, [h('td', {}, [orderLink(o, {}, o.orderId)]), h('td', {}, [day(o.placed)]), h('td', {}, [o.status]), h('td', {}, [o.customer])]);
    }))])]);
  }
  function homePage() {
    document.title = 'Dashboard | bol.com';
    return h('div', { class: 'card', 'data-testid': 'home' }, [h('h1', {}, ['Welkom, ' + data.retailer.name]), h('a', { href: '/sdd/orders' }, ['Bestellingen'])]);
  }
  var renders = 0;
  function render() {
    var token = ++renders;
    main.setAttribute('aria-busy', 'true');
    main.replaceChildren(h('div', { class: 'skeleton', 'data-testid': 'loading' }, []));
    setTimeout(function () {
      if (token !== renders) return;
      var path = location.pathname.replace(/\/+$/, '');
      var rest = path.indexOf(ORDERS) === 0 ? path.slice(ORDERS.length) : null;
      var id = rest && rest.indexOf('/') < 0 ? rest : null;
      main.replaceChildren(id ? orderPage(decodeURIComponent(id)) : path + '/' === ORDERS ? listPage() : homePage());
      main.removeAttribute('aria-busy');
    }, ${RENDER_DELAY_MS});
  }
  document.addEventListener('click', function (ev) {
    var a = ev.target instanceof Element ? ev.target.closest('a[href]') : null;
    if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    var url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname.indexOf('/sdd/') !== 0) return;
    ev.preventDefault();
    history.pushState({}, '', url.pathname + url.search);
    render();
  });
  window.addEventListener('popstate', render);
  render();
})();
`;

/** The one HTML document every /sdd/… route serves. */
export function dashboardShell(data: DashboardData): string {
  const name = escapeHtml(data.retailer.name);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bol.com Verkopersdashboard</title>
<style>${STYLE}</style>
</head>
<body>
<header data-testid="top-bar"><strong>bol.com verkopersdashboard</strong>
  <nav><a href="/sdd/home">Dashboard</a> <a href="/sdd/orders" data-testid="nav-orders">Bestellingen</a> <a href="/sdd/assortment-new/offers">Aanbod</a></nav>
  <span data-testid="retailer">${name}</span></header>
<main id="sdd-main"></main>
<script type="application/json" id="sandbox-data">${embedJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

export function notFoundPage(): string {
  return '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Pagina niet gevonden | bol.com</title></head><body><h1>Pagina niet gevonden</h1></body></html>\n';
}
