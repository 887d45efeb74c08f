import { describe, expect, it } from 'vitest';
import type { FailureKind } from '../model/fetched';
import { shopUrlOrKeyChanged } from './shop-url-or-key-changed';
import { comparableOrigin } from './support/origin';
import { context, fail, type ContextPatch } from './test-support/context-builder';
import { evidenceOf, textProblems } from './test-support/messages';

const run = (patch: ContextPatch = {}) => shopUrlOrKeyChanged.run(context(patch));
const urls = (shopUrl: string, pageOrigin: string) => run({ connector: { shopUrl }, pageOrigin });

describe('check 2 — shop URL comparison', () => {
  it('passes when the connector URL and the page origin are the same shop', () => {
    const result = run();
    expect(result.outcome).toBe('pass');
    expect(result.summary.key).toBe('check.2.pass');
    expect(evidenceOf(result)).toEqual([
      'evidence.connector-url=https://shop.example.nl/',
      'evidence.page-origin=https://shop.example.nl',
      'evidence.shop-credentials.accepted-connector-key=WooCommerce',
      'evidence.accounting-credentials.accepted=Exact Online',
    ]);
    expect(textProblems(result)).toEqual([]);
  });

  it.each([
    ['upper case and trailing slash', 'HTTPS://Shop.Example.NL/', 'https://shop.example.nl'],
    ['default https port', 'https://shop.example.nl:443', 'https://shop.example.nl'],
    ['default http port', 'http://shop.example.nl:80/', 'http://shop.example.nl'],
    ['a path in the connector URL', 'https://shop.example.nl/winkel/', 'https://shop.example.nl'],
    ['the same non-default port', 'https://shop.example.nl:8443', 'https://shop.example.nl:8443'],
  ])('treats %s as the same shop', (_, shopUrl, page) => {
    expect(urls(shopUrl, page).outcome).toBe('pass');
  });

  it.each([
    ['http → https', 'http://shop.example.nl', 'https://shop.example.nl'],
    ['a new domain', 'https://oude-winkel.nl', 'https://shop.example.nl'],
    ['www. is another host', 'https://www.shop.example.nl', 'https://shop.example.nl'],
    ['another port', 'https://shop.example.nl:8443', 'https://shop.example.nl'],
  ])('fails on %s, showing both', (_, shopUrl, page) => {
    const result = urls(shopUrl, page);
    expect(result.outcome).toBe('fail');
    expect(result.summary).toEqual({
      key: 'check.2.fail.url-changed',
      params: { connector: comparableOrigin(shopUrl), page: comparableOrigin(page) },
    });
    expect(result.fix).toEqual({ key: 'check.2.fix.url-changed', params: { page: comparableOrigin(page) } });
    expect(evidenceOf(result)).toContain(`evidence.connector-url=${shopUrl}`);
    expect(evidenceOf(result)).toContain(`evidence.page-origin=${page}`);
    expect(textProblems(result)).toEqual([]);
  });

  it('skips the URL part when the page origin is unknown', () => {
    const result = run({ pageOrigin: null, connector: { shopUrl: 'https://elders.nl' } });
    expect(result.outcome).toBe('pass');
    expect(result.summary.key).toBe('check.2.pass.credentials-only');
    expect(evidenceOf(result)).toContain('evidence.url-not-compared.no-page=—');
  });

  it('skips the URL part when the connector has no shop URL', () => {
    const result = run({ connector: { shopUrl: null } });
    expect(result.outcome).toBe('pass');
    expect(evidenceOf(result)).toContain('evidence.url-not-compared.no-setting=—');
  });

  it.each(['shopify', 'bol'] as const)('is the credential test alone on %s, and says so', (platform) => {
    const result = run({ platform, connector: { shopUrl: 'https://iets-anders.nl' }, pageOrigin: 'https://admin.shopify.com' });
    expect(result.outcome).toBe('pass');
    expect(result.summary.key).toBe('check.2.pass.credentials-only');
    expect(result.evidence[0]?.label.key).toBe('evidence.url-not-compared.platform');
  });
});

describe('check 2 — credentials', () => {
  it.each<FailureKind>(['unauthorized', 'forbidden'])('fails naming the shop when the shop probe is %s', (kind) => {
    const result = run({ shopCredentials: fail(kind, 'shop') });
    expect(result.outcome).toBe('fail');
    expect(result.summary).toEqual({ key: 'check.2.fail.shop-refused', params: { side: 'WooCommerce' } });
    expect(result.failure?.kind).toBe(kind);
    expect(textProblems(result)).toEqual([]);
  });

  it('fails naming the shop when reading the order was refused', () => {
    const result = run({ order: fail('unauthorized', 'shop', 'WooCommerce GET orders/1001') });
    expect(result.outcome).toBe('fail');
    expect(result.summary.key).toBe('check.2.fail.shop-refused');
  });

  it('does not blame the credentials when the order failed for another reason', () => {
    expect(run({ order: fail('not-found', 'shop') }).outcome).toBe('pass');
  });

  it('with the connector’s own key: says the connector is refused too', () => {
    const result = run({ shopCredentials: fail('unauthorized', 'shop'), shopKeyIsConnectorKey: true });
    expect(evidenceOf(result)).toContain('evidence.shop-credentials.refused-connector-key=WooCommerce');
    expect(result.fix?.key).toBe('check.2.fix.shop-refused-connector-key');
  });

  it('with import-doctor’s own token: says it concerns its own connection only', () => {
    const result = run({ platform: 'shopify', shopCredentials: fail('unauthorized', 'shop'), shopKeyIsConnectorKey: false });
    expect(result.summary).toEqual({ key: 'check.2.fail.shop-refused', params: { side: 'Shopify' } });
    expect(evidenceOf(result)).toContain('evidence.shop-credentials.refused-own=Shopify');
    expect(result.fix?.key).toBe('check.2.fix.shop-refused-own');
  });

  it('is honest that an accepted own token does not prove the connector’s key', () => {
    const result = run({ platform: 'shopify', shopKeyIsConnectorKey: false });
    expect(evidenceOf(result)).toContain('evidence.shop-credentials.accepted-own=Shopify');
  });

  it.each<FailureKind>(['unauthorized', 'forbidden'])('fails naming Exact Online when it answers %s', (kind) => {
    const result = run({ accountingCredentials: fail(kind, 'accounting') });
    expect(result.outcome).toBe('fail');
    expect(result.summary.key).toBe('check.2.fail.accounting-refused');
    expect(result.fix?.key).toBe('check.2.fix.accounting-refused');
    expect(evidenceOf(result)).toContain('evidence.accounting-credentials.refused=Exact Online');
  });

  it('lists several problems together', () => {
    const result = run({
      connector: { shopUrl: 'http://shop.example.nl' },
      shopCredentials: fail('unauthorized', 'shop'),
      accountingCredentials: fail('unauthorized', 'accounting'),
    });
    expect(result.outcome).toBe('fail');
    expect(result.summary.key).toBe('check.2.fail.several');
    expect(result.fix?.key).toBe('check.2.fix.several');
  });

  it.each<FailureKind>(['not-found', 'not-visible', 'rate-limited', 'timeout', 'offline', 'server', 'malformed', 'not-connected', 'permission-missing'])(
    'ends in error (not pass) when a probe fails with %s',
    (kind) => {
      for (const patch of [{ shopCredentials: fail<true>(kind, 'shop') }, { accountingCredentials: fail<true>(kind, 'accounting') }]) {
        const result = run(patch);
        expect(result.outcome).toBe('error');
        expect(result.summary.key).toBe(`failure.${kind}`);
        expect(result.failure?.kind).toBe(kind);
        expect(textProblems(result)).toEqual([]);
      }
    },
  );

  it('a changed URL still fails when a probe could not run', () => {
    const result = run({ connector: { shopUrl: 'http://shop.example.nl' }, accountingCredentials: fail('timeout', 'accounting') });
    expect(result.outcome).toBe('fail');
    expect(evidenceOf(result)).toContain('evidence.accounting-credentials.untested=Exact Online');
  });
});
