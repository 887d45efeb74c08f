import { describe, expect, it } from 'vitest';
import { profileFixture } from './fixtures';
import { configFileName, exportConfig, serializeConfig } from './export';
import { parseConfig } from './parse';
import { MAX_CONFIG_CHARS } from './schema';

const NOW = new Date('2025-06-01T12:00:00Z');
const text = (value: unknown) => JSON.stringify(value);
const valid = () => exportConfig([profileFixture(), profileFixture({ id: 'c2', label: 'Second' })], NOW);

describe('export and parse', () => {
  it('round-trips every connection', () => {
    const document = valid();
    expect(document).toMatchObject({ format: 'import-doctor/config', version: 1, exportedAt: '2025-06-01T12:00:00.000Z' });
    expect(parseConfig(serializeConfig(document))).toEqual({ ok: true, document });
  });

  it('never exports secrets, even when a profile object carries extra keys', () => {
    const carrying = { ...profileFixture(), accessToken: 'shpat_LEAK', credentials: { clientSecret: 'LEAK2' } };
    const out = serializeConfig(exportConfig([carrying], NOW));
    expect(out).not.toMatch(/LEAK|accessToken|clientSecret/);
  });

  it('drops unknown keys inside a connection on import too', () => {
    const parsed = parseConfig(text({ ...valid(), connections: [{ ...profileFixture(), refreshToken: 'x' }] }));
    expect(parsed.ok && JSON.stringify(parsed.document)).not.toContain('refreshToken');
  });

  it('fills defaults the file leaves out', () => {
    const { homeCountry: _h, timeZone: _t, ...bare } = profileFixture();
    const parsed = parseConfig(text({ ...valid(), connections: [bare] }));
    expect(parsed.ok && parsed.document.connections[0]).toMatchObject({ homeCountry: 'NL', timeZone: 'Europe/Amsterdam' });
  });

  it('names the file by date', () => {
    expect(configFileName(NOW)).toBe('import-doctor-config-2025-06-01.json');
  });
});

describe('errors, one class each', () => {
  const only = (input: string) => {
    const parsed = parseConfig(input);
    if (parsed.ok) throw new Error('expected a refusal');
    return parsed.issues;
  };

  it('bad JSON', () => {
    expect(only('{"format": ')).toEqual([{ path: '', message: { key: 'config.error.bad-json', params: { detail: expect.any(String) } } }]);
  });

  it('too large', () => {
    expect(only(' '.repeat(MAX_CONFIG_CHARS + 1))[0]?.message.key).toBe('config.error.too-large');
  });

  it('wrong format: another JSON file, an array, a missing format', () => {
    for (const input of ['[]', '42', text({ version: 1 }), text({ ...valid(), format: 'something-else' })]) {
      expect(only(input)).toEqual([{ path: '', message: { key: 'config.error.wrong-format' } }]);
    }
  });

  it('wrong version, and a newer one', () => {
    expect(only(text({ ...valid(), version: '1' }))[0]?.message).toEqual({ key: 'config.error.wrong-version', params: { found: '1', supported: 1 } });
    expect(only(text({ ...valid(), version: 0 }))[0]?.message.key).toBe('config.error.wrong-version');
    expect(only(text({ ...valid(), version: 2 }))[0]?.message).toEqual({ key: 'config.error.newer-version', params: { found: '2', supported: 1 } });
  });

  it('invalid fields, each with its path and a merchant sentence', () => {
    const broken = {
      ...profileFixture(),
      label: '',
      homeCountry: 'nl',
      accounting: { system: 'exact', host: 'start.exactonline.xx', division: 1.5 },
      connector: { ...profileFixture().connector, installedAt: '2024-01-15 09:00', edition: 'pro', duplicateCheck: 'yes', warehouseCode: undefined },
    };
    const issues = only(text({ ...valid(), connections: [broken], extra: true }));
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path, issue.message.key]));
    expect(byPath).toEqual({
      '': 'config.issue.unknown-keys',
      'connections[0].label': 'config.issue.empty',
      'connections[0].homeCountry': 'config.issue.country',
      'connections[0].accounting.host': 'config.issue.exact-host',
      'connections[0].accounting.division': 'config.issue.whole-number',
      'connections[0].connector.installedAt': 'config.issue.instant',
      'connections[0].connector.edition': 'config.issue.one-of',
      'connections[0].connector.duplicateCheck': 'config.issue.expected-yes-no',
      'connections[0].connector.warehouseCode': 'config.issue.missing',
    });
  });

  it('platform rules and duplicate ids', () => {
    const woo = profileFixture({ id: 'w', platform: 'woocommerce', shopAddress: 'http://shop.nl', timeZone: 'Mars/Base' });
    const issues = only(text({ ...valid(), connections: [profileFixture(), profileFixture(), woo] }));
    expect(issues.map((issue) => [issue.path, issue.message.key])).toEqual([
      ['connections[1].id', 'config.issue.duplicate-id'],
      ['connections[2].shopAddress', 'config.issue.https-url'],
      ['connections[2].connector.shopUrl', 'config.issue.connector-url-required'],
      ['connections[2].timeZone', 'config.issue.time-zone'],
    ]);
  });

  it.each(['https://*.com', 'https://10.0.0.1', 'https://localhost:8443'])('H2: an import refuses %s as a shop\'s own domain', (shopAddress) => {
    const woo = profileFixture({ id: 'w', platform: 'woocommerce', shopAddress, connector: { ...profileFixture().connector, shopUrl: 'https://shop.nl' } });
    const issues = only(text({ ...valid(), connections: [woo] }));
    expect(issues.map((issue) => [issue.path, issue.message.key])).toEqual([['connections[0].shopAddress', 'config.issue.https-url']]);
  });

  it('supported platforms and thresholds when the caller knows them', () => {
    const parsed = parseConfig(serializeConfig(valid()), { rulesFor: (p) => (p === 'shopify' ? { thresholds: ['unpaid'] } : undefined) });
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.path)).toEqual(['connections[0].connector.statusThreshold', 'connections[1].connector.statusThreshold']);
  });

  it('an article-code source the platform offers, and none where it offers no choice', () => {
    const base = profileFixture();
    const withSource = (skuSource: string) => exportConfig([{ ...base, connector: { ...base.connector, skuSource } }], NOW);
    const offering = { thresholds: [base.connector.statusThreshold], skuSources: ['offer-reference', 'ean'] };
    expect(parseConfig(serializeConfig(withSource('ean')), { rulesFor: () => offering }).ok).toBe(true);
    const unknown = parseConfig(serializeConfig(withSource('gtin')), { rulesFor: () => offering });
    expect(unknown.ok ? [] : unknown.issues.map((issue) => [issue.path, issue.message.key])).toEqual([['connections[0].connector.skuSource', 'config.issue.one-of']]);
    const none = parseConfig(serializeConfig(withSource('ean')), { rulesFor: () => ({ thresholds: [base.connector.statusThreshold], skuSources: [] }) });
    expect(none.ok ? [] : none.issues.map((issue) => issue.message.key)).toEqual(['config.issue.sku-source-none']);
  });
});
