/**
 * Check 7 — articles active and known (Facturen and Handel). The connector books every line on an
 * Exact item found by its SKU, and shipping on the shipping article; an empty SKU, an unknown code
 * (changed article code) or an item not active on the order day stops the import. Per item.
 */
import { msg, type Message } from '../i18n/message';
import type { Item } from '../model/accounting';
import { calendarDay } from './support/calendar-day';
import { activityOn, findItem, orderArticles } from './support/articles';
import { errorFromFailure } from './support/from-failure';
import { editionName } from './support/names';
import { NONE, result, row } from './support/result';
import type { Check, Evidence } from './types';

type Reason = 'no-sku' | 'unknown' | 'not-started' | 'ended' | 'shipping-unmapped';

type Labels = Record<'active' | 'unknown' | 'not-started' | 'ended', Message>;
const LINE: Labels = {
  active: msg('evidence.article.active'),
  unknown: msg('evidence.article.unknown'),
  'not-started': msg('evidence.article.not-started'),
  ended: msg('evidence.article.ended'),
};
const SHIPPING: Labels = {
  active: msg('evidence.shipping-article.active'),
  unknown: msg('evidence.shipping-article.unknown'),
  'not-started': msg('evidence.shipping-article.not-started'),
  ended: msg('evidence.shipping-article.ended'),
};

const FAIL: Record<Reason | 'several', { summary: Message; fix: Message }> = {
  'no-sku': { summary: msg('check.7.fail.no-sku'), fix: msg('check.7.fix.no-sku') },
  unknown: { summary: msg('check.7.fail.unknown'), fix: msg('check.7.fix.unknown') },
  'not-started': { summary: msg('check.7.fail.not-started'), fix: msg('check.7.fix.not-started') },
  ended: { summary: msg('check.7.fail.ended'), fix: msg('check.7.fix.ended') },
  'shipping-unmapped': { summary: msg('check.7.fail.shipping-unmapped'), fix: msg('check.7.fix.shipping-unmapped') },
  several: { summary: msg('check.7.fail.several'), fix: msg('check.7.fix.several') },
};

export const articlesActive: Check = {
  id: 7,
  run(ctx) {
    const { edition } = ctx.profile.connector;
    if (edition !== 'facturen' && edition !== 'handel') {
      return result(7, 'not-applicable', msg('check.7.not-applicable.edition', { edition: editionName(edition) }), {
        evidence: [row(msg('evidence.edition'), editionName(edition))],
      });
    }
    if (!ctx.order.ok) return errorFromFailure(7, ctx.order.failure, ctx.platform);
    if (!ctx.items.ok) return errorFromFailure(7, ctx.items.failure, ctx.platform);

    const items = ctx.items.value;
    const tz = ctx.profile.timeZone;
    const orderDay = calendarDay(ctx.order.value.createdAt, tz);
    const articles = orderArticles(ctx.order.value, ctx.profile.connector);
    const reasons = new Set<Reason>();
    const evidence: Evidence[] = [row(msg('evidence.order-date'), orderDay)];

    const judge = (code: string, labels: Labels): void => {
      const item: Item | undefined = findItem(items, code);
      if (!item) {
        reasons.add('unknown');
        evidence.push(row(labels.unknown, code));
        return;
      }
      const activity = activityOn(item, orderDay, tz);
      if (activity.state === 'active') {
        evidence.push(row(labels.active, item.code));
      } else {
        reasons.add(activity.state);
        evidence.push(row(labels[activity.state], `${item.code} (${activity.day})`));
      }
    };

    for (const name of articles.withoutSku) {
      reasons.add('no-sku');
      evidence.push(row(msg('evidence.article.no-sku'), name.trim() || NONE));
    }
    for (const sku of articles.skus) judge(sku, LINE);
    if (!articles.shipping.needed) {
      evidence.push(row(msg('evidence.shipping-article.not-needed'), ctx.profile.connector.shippingArticleCode ?? NONE));
    } else if (articles.shipping.code === null) {
      reasons.add('shipping-unmapped');
      evidence.push(row(msg('evidence.shipping-article.unmapped'), NONE));
    } else {
      judge(articles.shipping.code, SHIPPING);
    }

    if (reasons.size === 0) return result(7, 'pass', msg('check.7.pass', { day: orderDay }), { evidence });
    const [only] = reasons;
    const { summary, fix } = FAIL[reasons.size === 1 && only ? only : 'several'];
    return result(7, 'fail', summary, { evidence, fix });
  },
};
