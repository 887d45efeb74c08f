/**
 * The admin SPA's inline script (plain ES2017, runs in the page). Like the real admin it changes
 * pages with history.pushState, handles popstate, and renders each page a moment after the URL
 * changed (a loading skeleton first), so a content script must follow URL changes and wait for
 * the DOM. Orders are listed newest first; "next" is the next (older) order in that list.
 */
export const RENDER_DELAY_MS = 40;

export const ADMIN_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('sandbox-data').textContent);
  var base = '/store/' + data.store.handle;
  var main = document.getElementById('AppFrameMain');
  var orders = data.orders.slice().sort(function (a, b) {
    return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : Number(b.id) - Number(a.id);
  });
  var STATUS = { PAID: 'Paid', PENDING: 'Payment pending', PARTIALLY_PAID: 'Partially paid', REFUNDED: 'Refunded',
    PARTIALLY_REFUNDED: 'Partially refunded', AUTHORIZED: 'Authorized', VOIDED: 'Voided', EXPIRED: 'Expired',
    UNFULFILLED: 'Unfulfilled', FULFILLED: 'Fulfilled', PARTIALLY_FULFILLED: 'Partially fulfilled' };

  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { if (c !== null) el.append(c); });
    return el;
  }
  function money(amount, currency) {
    return new Intl.NumberFormat('en-NL', { style: 'currency', currency: currency }).format(Number(amount));
  }
  function day(iso) { return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }); }
  function status(s) { return s === null ? 'Payment status unknown' : (STATUS[s] || s); }
  function link(href, attrs, text) { attrs.href = href; return h('a', attrs, [text]); }

  function pagerLink(order, testid, label) {
    if (!order) return h('button', { 'data-testid': testid, disabled: '', 'aria-label': label }, [label]);
    return link(base + '/orders/' + order.id, { 'data-testid': testid, 'data-order-id': order.id, 'aria-label': label }, label);
  }

  function orderPage(id) {
    var i = orders.findIndex(function (o) { return o.id === id; });
    var o = orders[i];
    if (!o) {
      document.title = 'Orders · ' + data.store.name + ' · Shopify';
      return h('div', { 'data-testid': 'order-not-found', class: 'card' }, ['This order could not be found.']);
    }
    document.title = o.name + ' · Orders · ' + data.store.name + ' · Shopify';
    var badges = [h('span', { class: 'badge', 'data-testid': 'financial-status' }, [status(o.financialStatus)]),
      h('span', { class: 'badge', 'data-testid': 'fulfillment-status' }, [status(o.fulfillmentStatus)])];
    if (o.cancelled) badges.push(h('span', { class: 'badge', 'data-testid': 'cancelled' }, ['Cancelled']));
    var header = h('div', { class: 'Polaris-Page-Header' }, [
      link(base + '/orders', { 'data-testid': 'back-to-orders', 'aria-label': 'Orders' }, '← Orders'),
      h('h1', { 'data-testid': 'order-name' }, [o.name])].concat(badges).concat([
      h('span', { 'data-testid': 'order-date' }, [day(o.createdAt)]),
      h('nav', { class: 'pager' }, [pagerLink(orders[i - 1], 'previous-order', 'Previous'), pagerLink(orders[i + 1], 'next-order', 'Next')])]));
    var lines = h('ul', {}, o.lines.map(function (l) {
      return h('li', { 'data-testid': 'line-item' }, [h('strong', {}, [l.name]), ' · SKU: ' + (l.sku || '—') +
        ' · ' + l.quantity + ' × ' + money(l.price, o.currency)]);
    }));
    var shipping = o.shipping.map(function (s) { return h('p', {}, ['Shipping (' + s.title + ') ' + money(s.price, o.currency)]); });
    var items = h('section', { class: 'card', 'data-testid': 'line-items' },
      [h('h2', {}, [status(o.fulfillmentStatus)]), lines].concat(shipping).concat([
      h('p', { 'data-testid': 'order-total' }, ['Total ' + money(o.total, o.currency)])]));
    var sidebar = h('aside', { class: 'card', 'data-testid': 'order-sidebar' }, [
      h('h2', {}, ['Customer']), h('p', {}, [o.customer || 'No customer']), h('p', {}, [o.email || '']),
      h('h3', {}, ['Shipping address']), h('p', { 'data-testid': 'shipping-country' }, [o.shippingCountry || 'No shipping address']),
      h('h3', {}, ['Billing address']), h('p', { 'data-testid': 'billing-country' }, [o.billingCountry || 'No billing address'])]);
    return h('div', { class: 'Polaris-Page', 'data-testid': 'order-page', 'data-order-id': o.id }, [header, h('div', { class: 'layout' }, [items, sidebar])]);
  }

  function listPage() {
    document.title = 'Orders · ' + data.store.name + ' · Shopify';
    var rows = orders.map(function (o) {
      return h('tr', { 'data-testid': 'order-row' }, [
        h('td', {}, [link(base + '/orders/' + o.id, { 'data-order-id': o.id }, o.name)]),
        h('td', {}, [day(o.createdAt)]), h('td', {}, [o.customer || '—']), h('td', {}, [money(o.total, o.currency)]),
        h('td', {}, [status(o.financialStatus)]), h('td', {}, [status(o.fulfillmentStatus)])]);
    });
    return h('div', { class: 'Polaris-Page', 'data-testid': 'order-list' }, [h('h1', {}, ['Orders']), h('table', {}, [h('tbody', {}, rows)])]);
  }

  function homePage() {
    document.title = 'Home · ' + data.store.name + ' · Shopify';
    return h('div', { class: 'Polaris-Page', 'data-testid': 'home' }, [h('h1', {}, ['Home']), link(base + '/orders', {}, 'Orders')]);
  }

  var renders = 0;
  function render() {
    var token = ++renders;
    main.setAttribute('aria-busy', 'true');
    main.replaceChildren(h('div', { class: 'skeleton', 'data-testid': 'loading' }, []));
    setTimeout(function () {
      if (token !== renders) return;
      var rest = location.pathname.slice(base.length).replace(/\/+$/, '');
      var m = /^\/orders\/(\d+)$/.exec(rest);
      main.replaceChildren(m ? orderPage(m[1]) : rest === '/orders' ? listPage() : homePage());
      main.removeAttribute('aria-busy');
    }, ${RENDER_DELAY_MS});
  }

  document.addEventListener('click', function (ev) {
    var a = ev.target instanceof Element ? ev.target.closest('a[href]') : null;
    if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    var url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname.indexOf(base) !== 0) return;
    ev.preventDefault();
    history.pushState({}, '', url.pathname + url.search);
    render();
  });
  window.addEventListener('popstate', render);
  render();
})();
`;
