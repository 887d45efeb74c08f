/**
 * Check 3 — order status. The connector imports an order only from the status chosen in its settings
 * on; cancelled, refunded, failed, trashed, voided or expired orders never. The platform's own rule
 * (lib/shops/<platform>/status.ts) judges the status; this check puts its judgement into words.
 */
import { msg, type Message } from '../i18n/message';
import { errorFromFailure } from './support/from-failure';
import { clip, result, row } from './support/result';
import type { Check, StatusAssessment } from './types';

type Final = Exclude<StatusAssessment['outcome'], 'reached' | 'not-reached' | 'unknown'>;

/** Each final status has its own sentence and fix. */
const FINAL: Record<Final, (status: string) => { summary: Message; fix: Message }> = {
  cancelled: (status) => ({ summary: msg('check.3.fail.cancelled', { status }), fix: msg('check.3.fix.cancelled') }),
  refunded: (status) => ({ summary: msg('check.3.fail.refunded', { status }), fix: msg('check.3.fix.refunded') }),
  failed: (status) => ({ summary: msg('check.3.fail.failed', { status }), fix: msg('check.3.fix.failed') }),
  trash: (status) => ({ summary: msg('check.3.fail.trash', { status }), fix: msg('check.3.fix.trash') }),
  voided: (status) => ({ summary: msg('check.3.fail.voided', { status }), fix: msg('check.3.fix.voided') }),
  expired: (status) => ({ summary: msg('check.3.fail.expired', { status }), fix: msg('check.3.fix.expired') }),
};

export const orderStatus: Check = {
  id: 3,
  run(ctx) {
    if (!ctx.order.ok) return errorFromFailure(3, ctx.order.failure, ctx.platform);
    if (ctx.status === null) return result(3, 'error', msg('check.3.error.no-status'));

    const status = clip(ctx.status.raw);
    const threshold = clip(ctx.status.threshold);
    const evidence = [
      row(msg('evidence.order-status'), ctx.status.raw),
      row(msg('evidence.status-threshold'), ctx.status.threshold),
    ];

    switch (ctx.status.outcome) {
      case 'reached':
        return result(3, 'pass', msg('check.3.pass', { status, threshold }), { evidence });
      case 'not-reached':
        return result(3, 'fail', msg('check.3.fail.not-reached', { status, threshold }), {
          evidence,
          fix: msg('check.3.fix.not-reached', { threshold }),
        });
      case 'unknown':
        return result(3, 'warn', msg('check.3.warn.unknown', { status, threshold }), {
          evidence,
          fix: msg('check.3.fix.unknown', { status }),
        });
      default: {
        const { summary, fix } = FINAL[ctx.status.outcome](status);
        return result(3, 'fail', summary, { evidence, fix });
      }
    }
  },
};
