import { STATUS_LABELS } from '../facts';
import { orderNumber, orderTotals, wooLocalDate } from '../rest/order-json';
import type { WooOrder, WooSite } from '../world';

/**
 * The WordPress admin pages of a WooCommerce shop, with enough of the real structure for the
 * content script: the `<title>`, the body classes WordPress and WooCommerce set on the order
 * screens (`post-type-shop_order` on the legacy screen, `woocommerce_page_wc-orders` on the HPOS
 * one), `#wpadminbar`, `#wpbody-content`, the order data panel `#order_data` and the items table.
 * Every value from the world is HTML-escaped. No login: the sandbox plays a logged-in shop manager.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const STYLE = `
  html { background: #f0f0f1; } body { margin: 0; font: 13px/1.4 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; color: #3c434a; }
  #wpadminbar { position: fixed; top: 0; left: 0; right: 0; height: 32px; background: #1d2327; color: #f0f0f1; padding: 0 12px; line-height: 32px; z-index: 99999; }
  #wpadminbar a { color: #f0f0f1; text-decoration: none; }
  #adminmenuwrap { position: fixed; top: 32px; bottom: 0; left: 0; width: 160px; background: #1d2327; }
  #adminmenu a { display: block; color: #f0f0f1; padding: 8px 12px; text-decoration: none; }
  #wpcontent { margin-left: 160px; padding: 42px 20px 20px; }
  .wrap h1.wp-heading-inline { display: inline-block; font-size: 23px; font-weight: 400; margin: 0 0 12px; }
  #order_data, .postbox { background: #fff; border: 1px solid #c3c4c7; padding: 16px 20px; margin-bottom: 20px; }
  .order_data_column_container { display: flex; gap: 24px; }
  .order_data_column { flex: 1; }
  table.woocommerce_order_items, table.wp-list-table { width: 100%; border-collapse: collapse; background: #fff; }
  table.woocommerce_order_items th, table.woocommerce_order_items td, table.wp-list-table th, table.wp-list-table td { text-align: left; padding: 8px; border-bottom: 1px solid #f0f0f1; }
  /* A theme-ish global rule the extension's shadow DOM must not inherit. */
  button { background: #2271b1; color: #fff; border: 0; font-size: 16px; }
`;

interface Frame {
  site: WooSite;
  title: string;
  bodyClass: string;
  content: string;
}

function frame({ site, title, bodyClass, content }: Frame): string {
  const admin = `${site.path}/wp-admin`;
  const ordersLink = site.storage === 'hpos' ? `${admin}/admin.php?page=wc-orders` : `${admin}/edit.php?post_type=shop_order`;
  return `<!DOCTYPE html>
<html lang="nl-NL">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>${escapeHtml(title)} ‹ ${escapeHtml(site.name)} — WordPress</title>
<style>${STYLE}</style>
</head>
<body class="wp-admin wp-core-ui no-js ${bodyClass} woocommerce-admin-page locale-nl-nl">
<div id="wpwrap">
<div id="wpadminbar" role="navigation"><a href="${escapeHtml(admin)}/">${escapeHtml(site.name)}</a></div>
<div id="adminmenuwrap"><ul id="adminmenu">
<li><a href="${escapeHtml(admin)}/">Dashboard</a></li>
<li class="toplevel_page_woocommerce"><a href="${escapeHtml(ordersLink)}">Bestellingen</a></li>
</ul></div>
<div id="wpcontent"><div id="wpbody" role="main"><div id="wpbody-content"><div class="wrap">
${content}
</div></div></div></div>
</div>
</body>
</html>`;
}

const statusLabel = (status: string): string => STATUS_LABELS[status] ?? status;

function addressBlock(title: string, a: WooOrder['billing']): string {
  const lines = [`${a.first_name} ${a.last_name}`.trim(), a.company ?? '', a.address_1 ?? '', `${a.postcode ?? ''} ${a.city ?? ''}`.trim(), a.country]
    .filter((l) => l !== '')
    .map(escapeHtml);
  return `<div class="order_data_column"><h3>${escapeHtml(title)}</h3><div class="address"><p>${lines.join('<br>') || 'Geen adres ingesteld.'}</p></div>
<p class="form-field"><label>Land / regio</label> <span class="country" data-country="${escapeHtml(a.country)}">${escapeHtml(a.country || '—')}</span></p></div>`;
}

/** The order edit screen; `screen` decides the body classes and the form, as WordPress/WooCommerce do. */
export function orderEditPage(site: WooSite, order: WooOrder, screen: 'legacy' | 'hpos'): string {
  const tz = site.timeZone ?? 'Europe/Amsterdam';
  const totals = orderTotals(order);
  const money = (c: number): string => `€${(c / 100).toFixed(2)}`;
  const created = wooLocalDate(order.createdAt, tz);
  const statuses = Object.keys(STATUS_LABELS).filter((s) => s !== 'trash' && s !== 'checkout-draft');
  if (!statuses.includes(order.status)) statuses.push(order.status);
  const options = statuses
    .map((s) => `<option value="wc-${escapeHtml(s)}"${s === order.status ? ' selected="selected"' : ''}>${escapeHtml(statusLabel(s))}</option>`)
    .join('');
  const items = order.lineItems
    .map(
      (l) => `<tr class="item" data-order_item_id="${l.productId}">
<td class="name"><span class="wc-order-item-name">${escapeHtml(l.name)}</span><div class="wc-order-item-sku"><strong>SKU:</strong> ${escapeHtml(l.sku)}</div></td>
<td class="quantity">× ${l.quantity}</td><td class="line_cost">€${escapeHtml(l.total)}</td><td class="line_tax">€${escapeHtml(l.totalTax)}</td></tr>`,
    )
    .join('\n');
  const shipping = order.shippingLines
    .map((s) => `<tr class="shipping"><td class="name">${escapeHtml(s.methodTitle)}</td><td></td><td class="line_cost">€${escapeHtml(s.total)}</td><td class="line_tax">€${escapeHtml(s.totalTax)}</td></tr>`)
    .join('\n');
  const idField =
    screen === 'legacy'
      ? `<form name="post" action="post.php" method="post" id="post"><input type="hidden" id="post_ID" name="post_ID" value="${order.id}"><input type="hidden" id="post_type" name="post_type" value="shop_order">`
      : `<form name="order" action="?page=wc-orders&amp;action=edit&amp;id=${order.id}" method="post" id="order"><input type="hidden" id="original_order_status" value="${escapeHtml(order.status)}">`;
  const content = `<h1 class="wp-heading-inline">Bestelling bewerken</h1>
<hr class="wp-header-end">
${idField}
<div id="poststuff"><div id="post-body" class="metabox-holder columns-2"><div id="post-body-content">
<div id="woocommerce-order-data" class="postbox"><div id="order_data" class="panel woocommerce-order-data">
<h2 class="woocommerce-order-data__heading">Bestelling #${escapeHtml(orderNumber(order))} gegevens</h2>
<p class="woocommerce-order-data__meta order_number">Betaald via ${escapeHtml(order.paymentMethodTitle ?? 'iDEAL')}${order.paidAt ? ` op ${escapeHtml(wooLocalDate(order.paidAt, tz).slice(0, 10))}` : ''}.</p>
<div class="order_data_column_container">
<div class="order_data_column"><h3>Algemeen</h3>
<p class="form-field form-field-wide"><label for="order_date">Datum aangemaakt:</label> <input type="text" class="date-picker" name="order_date" value="${escapeHtml(created.slice(0, 10))}"> @ <input type="number" name="order_date_hour" value="${created.slice(11, 13)}"> : <input type="number" name="order_date_minute" value="${created.slice(14, 16)}"></p>
<p class="form-field form-field-wide wc-order-status"><label for="order_status">Status:</label> <select id="order_status" name="order_status" class="wc-enhanced-select">${options}</select></p>
</div>
${addressBlock('Facturering', order.billing)}
${addressBlock('Verzending', order.shipping)}
</div></div></div>
<div id="woocommerce-order-items" class="postbox"><div class="woocommerce_order_items_wrapper wc-order-items-editable">
<table cellpadding="0" cellspacing="0" class="woocommerce_order_items"><thead><tr><th class="item">Artikel</th><th class="quantity">Aantal</th><th class="line_cost">Totaal</th><th class="line_tax">BTW</th></tr></thead>
<tbody id="order_line_items">
${items}
</tbody><tbody id="order_shipping_line_items">
${shipping}
</tbody></table>
<table class="wc-order-totals"><tr><td class="label">Verzending:</td><td class="total">${money(totals.shippingTotal)}</td></tr>
<tr><td class="label">BTW:</td><td class="total">${money(totals.totalTax)}</td></tr>
<tr><td class="label">Totaal bestelling:</td><td class="total" id="order-total">${money(totals.total)}</td></tr></table>
</div></div>
</div></div></div>
</form>`;
  return frame({
    site,
    title: 'Bestelling bewerken',
    bodyClass: screen === 'legacy' ? 'post-php post-type-shop_order' : 'woocommerce_page_wc-orders',
    content,
  });
}

/** The order list (either storage), newest first, each linking to its edit screen. */
export function orderListPage(site: WooSite, screen: 'legacy' | 'hpos'): string {
  const tz = site.timeZone ?? 'Europe/Amsterdam';
  const edit = (o: WooOrder): string =>
    screen === 'legacy'
      ? `${site.path}/wp-admin/post.php?post=${o.id}&action=edit`
      : `${site.path}/wp-admin/admin.php?page=wc-orders&action=edit&id=${o.id}`;
  const rows = [...site.orders]
    .filter((o) => o.status !== 'trash')
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .map(
      (o) => `<tr id="order-${o.id}"><td class="order_number column-order_number"><a href="${escapeHtml(edit(o))}" class="order-view"><strong>#${escapeHtml(orderNumber(o))} ${escapeHtml(`${o.billing.first_name} ${o.billing.last_name}`.trim())}</strong></a></td>
<td class="order_date">${escapeHtml(wooLocalDate(o.createdAt, tz).replace('T', ' '))}</td><td class="order_status"><mark class="order-status status-${escapeHtml(o.status)}"><span>${escapeHtml(statusLabel(o.status))}</span></mark></td>
<td class="order_total">€${(orderTotals(o).total / 100).toFixed(2)}</td></tr>`,
    )
    .join('\n');
  const content = `<h1 class="wp-heading-inline">Bestellingen</h1><hr class="wp-header-end">
<table class="wp-list-table widefat fixed striped table-view-list orders"><thead><tr><th>Bestelling</th><th>Datum</th><th>Status</th><th>Totaal</th></tr></thead>
<tbody id="the-list">
${rows}
</tbody></table>`;
  return frame({ site, title: 'Bestellingen', bodyClass: screen === 'legacy' ? 'edit-php post-type-shop_order' : 'woocommerce_page_wc-orders', content });
}

export function dashboardPage(site: WooSite): string {
  return frame({ site, title: 'Dashboard', bodyClass: 'index-php', content: '<h1>Dashboard</h1><p>Welkom bij WordPress.</p>' });
}

/** wp_die's plain page. */
export function messagePage(text: string): string {
  return `<!DOCTYPE html><html lang="nl-NL"><head><meta charset="UTF-8"><title>WordPress › Fout</title></head><body id="error-page"><div class="wp-die-message">${escapeHtml(text)}</div></body></html>`;
}

/** A theme's 404 page. */
export function notFoundPage(site: WooSite): string {
  return `<!DOCTYPE html><html lang="nl-NL"><head><meta charset="UTF-8"><title>Pagina niet gevonden – ${escapeHtml(site.name)}</title></head><body class="error404"><h1>Oeps! Deze pagina kan niet gevonden worden.</h1></body></html>`;
}
