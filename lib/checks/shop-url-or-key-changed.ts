/**
 * Check 2 — shop URL or API key changed. The connector stops when the shop moved (http → https, a
 * new domain) or when a side refuses the stored credentials. Compares the connector's shop URL with
 * the admin page's origin, and reads the credential probes of the shop and Exact Online.
 */
import { msg, type Message } from '../i18n/message';
import type { Failure } from '../model/fetched';
import { descriptorOf } from '../shops/descriptors';
import { comparableOrigin } from './support/origin';
import { errorFromFailure } from './support/from-failure';
import { ACCOUNTING_NAME, platformName } from './support/names';
import { NONE, result, row } from './support/result';
import type { CheckContext, CheckResult, Check, CredentialProbe, Evidence } from './types';

type Probe = { state: 'accepted' } | { state: 'refused'; failure: Failure } | { state: 'untested'; failure: Failure };

const refuses = (f: Failure): boolean => f.kind === 'unauthorized' || f.kind === 'forbidden';

function judge(probe: CredentialProbe, alsoRefusedBy: Failure | null): Probe {
  if (!probe.ok && refuses(probe.failure)) return { state: 'refused', failure: probe.failure };
  if (alsoRefusedBy) return { state: 'refused', failure: alsoRefusedBy };
  return probe.ok ? { state: 'accepted' } : { state: 'untested', failure: probe.failure };
}

/** null: the URL matches or was not compared (the evidence says why). */
function urlPart(ctx: CheckContext, evidence: Evidence[]): { connector: string; page: string } | null {
  const configured = ctx.profile.connector.shopUrl;
  // Only where the connector keeps a shop URL of its own (a shop on its own domain).
  if (!descriptorOf(ctx.platform).capabilities.comparesConnectorShopUrl) {
    evidence.push(row(msg('evidence.url-not-compared.platform'), platformName(ctx.platform)));
    return null;
  }
  if (configured === null) {
    evidence.push(row(msg('evidence.url-not-compared.no-setting'), NONE));
    return null;
  }
  evidence.push(row(msg('evidence.connector-url'), configured));
  if (ctx.pageOrigin === null) {
    evidence.push(row(msg('evidence.url-not-compared.no-page'), NONE));
    return null;
  }
  evidence.push(row(msg('evidence.page-origin'), ctx.pageOrigin));
  const connector = comparableOrigin(configured);
  const page = comparableOrigin(ctx.pageOrigin);
  return connector === page ? null : { connector, page };
}

function shopRow(probe: Probe, connectorKey: boolean): Message {
  if (probe.state === 'untested') return msg('evidence.shop-credentials.untested');
  if (probe.state === 'refused') {
    return connectorKey ? msg('evidence.shop-credentials.refused-connector-key') : msg('evidence.shop-credentials.refused-own');
  }
  return connectorKey ? msg('evidence.shop-credentials.accepted-connector-key') : msg('evidence.shop-credentials.accepted-own');
}

function accountingRow(probe: Probe): Message {
  if (probe.state === 'untested') return msg('evidence.accounting-credentials.untested');
  return probe.state === 'refused'
    ? msg('evidence.accounting-credentials.refused')
    : msg('evidence.accounting-credentials.accepted');
}

export const shopUrlOrKeyChanged: Check = {
  id: 2,
  run(ctx): CheckResult {
    const shopName = platformName(ctx.platform);
    const evidence: Evidence[] = [];
    const moved = urlPart(ctx, evidence);

    const orderRefusal =
      !ctx.order.ok && ctx.order.failure.side === 'shop' && refuses(ctx.order.failure) ? ctx.order.failure : null;
    const shop = judge(ctx.shopCredentials, orderRefusal);
    const accounting = judge(ctx.accountingCredentials, null);
    evidence.push(row(shopRow(shop, ctx.shopKeyIsConnectorKey), shopName));
    evidence.push(row(accountingRow(accounting), ACCOUNTING_NAME));

    const problems: { summary: Message; fix: Message }[] = [];
    if (moved) {
      problems.push({
        summary: msg('check.2.fail.url-changed', { connector: moved.connector, page: moved.page }),
        fix: msg('check.2.fix.url-changed', { page: moved.page }),
      });
    }
    if (shop.state === 'refused') {
      problems.push({
        summary: msg('check.2.fail.shop-refused', { side: shopName }),
        fix: ctx.shopKeyIsConnectorKey
          ? msg('check.2.fix.shop-refused-connector-key', { side: shopName })
          : msg('check.2.fix.shop-refused-own', { side: shopName }),
      });
    }
    if (accounting.state === 'refused') {
      problems.push({ summary: msg('check.2.fail.accounting-refused'), fix: msg('check.2.fix.accounting-refused') });
    }

    const refusal = shop.state === 'refused' ? shop.failure : accounting.state === 'refused' ? accounting.failure : null;
    const [only] = problems;
    if (only && problems.length === 1) return result(2, 'fail', only.summary, { evidence, fix: only.fix, failure: refusal });
    if (problems.length > 1) {
      return result(2, 'fail', msg('check.2.fail.several'), { evidence, fix: msg('check.2.fix.several'), failure: refusal });
    }

    const untested = shop.state === 'untested' ? shop : accounting.state === 'untested' ? accounting : null;
    if (untested) return errorFromFailure(2, untested.failure, ctx.platform, evidence);
    const compared = evidence.some((e) => e.label.key === 'evidence.page-origin');
    return result(2, 'pass', compared ? msg('check.2.pass') : msg('check.2.pass.credentials-only'), { evidence });
  },
};
