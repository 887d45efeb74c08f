/**
 * Check 1 — recently installed. The connector never imports orders placed before its installation
 * instant; orders placed since then wait until the first article import has finished. Compares the
 * order's creation instant with the installation instant (instants, not days).
 */
import { msg } from '../i18n/message';
import { compareInstants } from './support/calendar-day';
import { errorFromFailure } from './support/from-failure';
import { flag, result, row } from './support/result';
import type { Check } from './types';

export const recentlyInstalled: Check = {
  id: 1,
  run(ctx) {
    if (!ctx.order.ok) return errorFromFailure(1, ctx.order.failure, ctx.platform);
    const { createdAt } = ctx.order.value;
    const { installedAt, articleImportFinished } = ctx.profile.connector;
    const evidence = [
      row(msg('evidence.order-placed'), createdAt),
      row(msg('evidence.installed-at'), installedAt),
      row(msg('evidence.article-import-finished'), flag(articleImportFinished)),
    ];

    if (compareInstants(createdAt, installedAt) < 0) {
      return result(1, 'fail', msg('check.1.fail.before-install', { placed: createdAt, installed: installedAt }), {
        evidence,
        fix: msg('check.1.fix.before-install'),
      });
    }
    if (!articleImportFinished) {
      return result(1, 'warn', msg('check.1.warn.article-import'), {
        evidence,
        fix: msg('check.1.fix.article-import'),
      });
    }
    return result(1, 'pass', msg('check.1.pass'), { evidence });
  },
};
