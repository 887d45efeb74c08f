/**
 * Check 8 — articles linked to the warehouse (Handel). A sales order can only be created when every
 * stock item on it (the shipping article too, when it is one) is linked to the connector's
 * warehouse: the configured one with the warehouse module on, else the division's main warehouse.
 */
import { msg, type Message } from '../i18n/message';
import type { ItemWarehouse, Warehouse } from '../model/accounting';
import type { ConnectorSettings } from '../model/connection';
import { findItem, orderArticles } from './support/articles';
import { errorFromFailure } from './support/from-failure';
import { editionName } from './support/names';
import { flag, NONE, result, row, sameCode } from './support/result';
import type { Check, CheckResult, Evidence } from './types';

type Labels = Record<'linked' | 'not-linked' | 'non-stock', Message>;
const LINE: Labels = {
  linked: msg('evidence.stock-item.linked'),
  'not-linked': msg('evidence.stock-item.not-linked'),
  'non-stock': msg('evidence.non-stock-item'),
};
const SHIPPING: Labels = {
  linked: msg('evidence.shipping-article.linked'),
  'not-linked': msg('evidence.shipping-article.not-linked'),
  'non-stock': msg('evidence.shipping-article.non-stock'),
};

/** The connector's warehouse code, or the failing result that explains why there is none. */
function connectorWarehouse(
  connector: ConnectorSettings,
  warehouses: Warehouse[] | null,
  evidence: Evidence[],
): string | CheckResult {
  const failWith = (summary: Message, fix: Message): CheckResult => result(8, 'fail', summary, { evidence, fix });
  evidence.push(row(msg('evidence.warehouse-module'), flag(connector.warehouseModule)));
  if (connector.warehouseModule) {
    const code = connector.warehouseCode;
    evidence.push(row(msg('evidence.warehouse'), code ?? NONE));
    if (code === null) {
      return failWith(msg('check.8.fail.warehouse-not-configured'), msg('check.8.fix.warehouse-not-configured'));
    }
    // Only when the list was read: with the module on, the list is a cross-check, not an input.
    if (warehouses && !warehouses.some((w) => sameCode(w.code, code))) {
      return failWith(
        msg('check.8.fail.warehouse-unknown', { warehouse: code }),
        msg('check.8.fix.warehouse-unknown', { warehouse: code }),
      );
    }
    return code;
  }
  const main = warehouses?.find((w) => w.main);
  const described = main?.description ? `${main.code} · ${main.description}` : main?.code;
  evidence.push(row(msg('evidence.main-warehouse'), described ?? NONE));
  if (!main) return failWith(msg('check.8.fail.no-main-warehouse'), msg('check.8.fix.no-main-warehouse'));
  return main.code;
}

function isLinked(links: ItemWarehouse[], itemCode: string, warehouse: string): boolean {
  return links.some((l) => sameCode(l.itemCode, itemCode) && sameCode(l.warehouseCode, warehouse));
}

export const articlesInWarehouse: Check = {
  id: 8,
  run(ctx) {
    const connector = ctx.profile.connector;
    if (connector.edition !== 'handel') {
      const edition = editionName(connector.edition);
      return result(8, 'not-applicable', msg('check.8.not-applicable.edition', { edition }), {
        evidence: [row(msg('evidence.edition'), edition)],
      });
    }
    if (!ctx.order.ok) return errorFromFailure(8, ctx.order.failure, ctx.platform);
    if (!ctx.items.ok) return errorFromFailure(8, ctx.items.failure, ctx.platform);
    if (!ctx.itemWarehouses.ok) return errorFromFailure(8, ctx.itemWarehouses.failure, ctx.platform);
    if (!ctx.warehouses.ok && !connector.warehouseModule) {
      return errorFromFailure(8, ctx.warehouses.failure, ctx.platform);
    }

    const evidence: Evidence[] = [];
    const warehouse = connectorWarehouse(connector, ctx.warehouses.ok ? ctx.warehouses.value : null, evidence);
    if (typeof warehouse !== 'string') return warehouse;

    const articles = orderArticles(ctx.order.value, connector);
    const wanted: { code: string; labels: Labels }[] = articles.skus.map((code) => ({ code, labels: LINE }));
    if (articles.shipping.needed && articles.shipping.code !== null) {
      wanted.push({ code: articles.shipping.code, labels: SHIPPING });
    }

    let stockItems = 0;
    let unlinked = 0;
    const seen = new Set<string>();
    for (const { code, labels } of wanted) {
      const item = findItem(ctx.items.value, code);
      // Unknown items are check 7's business.
      if (!item || seen.has(item.code.trim().toUpperCase())) continue;
      seen.add(item.code.trim().toUpperCase());
      if (!item.isStockItem) {
        evidence.push(row(labels['non-stock'], item.code));
        continue;
      }
      stockItems += 1;
      const linked = isLinked(ctx.itemWarehouses.value, item.code, warehouse);
      if (!linked) unlinked += 1;
      evidence.push(row(linked ? labels.linked : labels['not-linked'], item.code));
    }

    if (unlinked > 0) {
      return result(8, 'fail', msg('check.8.fail.not-linked', { warehouse }), {
        evidence,
        fix: msg('check.8.fix.not-linked', { warehouse }),
      });
    }
    if (stockItems === 0) return result(8, 'pass', msg('check.8.pass.no-stock-items'), { evidence });
    return result(8, 'pass', msg('check.8.pass', { warehouse }), { evidence });
  },
};
