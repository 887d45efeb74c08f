import type { SandboxRequest, SandboxResponse } from '../../core/types';
import { ADMIN_MESSAGES, HPOS_REDIRECT_STATUS } from '../facts';
import type { WooSite } from '../world';
import { dashboardPage, escapeHtml, messagePage, notFoundPage, orderEditPage, orderListPage } from './pages';

const html = (status: number, body: string, headers: Record<string, string> = {}): SandboxResponse => ({
  status,
  headers: { 'Content-Type': 'text/html; charset=UTF-8', 'Cache-Control': 'no-cache, must-revalidate, max-age=0', ...headers },
  rawBody: body,
});

function redirect(location: string): SandboxResponse {
  return html(HPOS_REDIRECT_STATUS, `<a href="${escapeHtml(location)}">Moved</a>`, { Location: location });
}

/** The query string without some arguments, as `add_query_arg` keeps the rest. */
function restOfQuery(req: SandboxRequest, drop: string[]): string {
  const query = new URLSearchParams(req.query);
  for (const name of drop) query.delete(name);
  const text = query.toString();
  return text ? `&${text}` : '';
}

const orderById = (site: WooSite, raw: string | null) => {
  const id = raw !== null && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return site.orders.find((o) => o.id === id);
};

/**
 * `{site}/wp-admin/...`: the order screens of both storages, the order lists and a dashboard.
 * Posts storage serves the legacy screen; HPOS serves the HPOS screen and redirects the legacy URL
 * to it (as WooCommerce does); the HPOS page does not exist without HPOS.
 */
export function answerAdmin(req: SandboxRequest, site: WooSite, rest: string): SandboxResponse {
  if (req.method !== 'GET' && req.method !== 'HEAD') return html(405, messagePage('Method not allowed'));
  const admin = `https://${site.host}${site.path}/wp-admin`;
  const q = req.query;
  if (rest === '/wp-admin') return redirect(`${admin}/`);
  if (rest === '/wp-admin/' || rest === '/wp-admin/index.php') return html(200, dashboardPage(site));

  if (rest === '/wp-admin/post.php') {
    const order = q.get('action') === 'edit' ? orderById(site, q.get('post')) : undefined;
    if (!order) return html(ADMIN_MESSAGES.noSuchPost.status, messagePage(ADMIN_MESSAGES.noSuchPost.text));
    if (site.storage === 'hpos') {
      return redirect(`${admin}/admin.php?page=wc-orders&action=edit&id=${order.id}${restOfQuery(req, ['post', 'action', '_wpnonce', '_wp_http_referer'])}`);
    }
    return html(200, orderEditPage(site, order, 'legacy'));
  }

  if (rest === '/wp-admin/edit.php' && q.get('post_type') === 'shop_order') {
    if (site.storage === 'hpos') return redirect(`${admin}/admin.php?page=wc-orders${restOfQuery(req, ['post_type'])}`);
    return html(200, orderListPage(site, 'legacy'));
  }

  if (rest === '/wp-admin/admin.php' && q.get('page') === 'wc-orders') {
    if (site.storage !== 'hpos') return html(ADMIN_MESSAGES.noAccess.status, messagePage(ADMIN_MESSAGES.noAccess.text));
    if (q.get('action') === 'edit') {
      const order = orderById(site, q.get('id'));
      if (!order) return html(ADMIN_MESSAGES.noSuchOrder.status, messagePage(ADMIN_MESSAGES.noSuchOrder.text));
      return html(200, orderEditPage(site, order, 'hpos'));
    }
    return html(200, orderListPage(site, 'hpos'));
  }

  if (rest.startsWith('/wp-admin/')) return html(ADMIN_MESSAGES.noAccess.status, messagePage(ADMIN_MESSAGES.noAccess.text));
  return html(404, notFoundPage(site));
}
