/**
 * Conventions every shop platform keeps, walked over the registry (lib/shops/descriptors.ts): its
 * descriptor's fields, its texts in both languages, its folder, its adapter, a sandbox host, a
 * sample scenario and an e2e spec. `npm run new:platform <id>` lays all of these out; this test
 * fails when one is missing or left half-done.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../tests/sandbox/scenarios/index';
import { catalogs } from '../i18n/catalog';
import { shopDescriptors } from './descriptors';
import { shopAdapters } from './registry';

const root = fileURLToPath(new URL('../../', import.meta.url));
const inBoth = (key: string): boolean => catalogs.en[key] !== undefined && catalogs.nl[key] !== undefined;
const specs = readdirSync(join(root, 'tests/e2e'))
  .filter((file) => file.endsWith('.spec.ts'))
  .map((file) => readFileSync(join(root, 'tests/e2e', file), 'utf8'));

/** The sandbox folder of a platform: its id (the existing ones predate the rule and match it). */
const sandboxFolder = (id: string): string => join(root, 'tests/sandbox', id);

describe.each(shopDescriptors.map((d) => [d.id, d] as const))('shop platform %s', (id, d) => {
  it('has a complete descriptor', () => {
    expect(id).toMatch(/^[a-z][a-z0-9-]{1,30}$/);
    expect(d.displayName.trim()).not.toBe('');
    expect(d.credentials.length).toBeGreaterThan(0);
    for (const field of d.credentials) {
      expect(field.name).toMatch(/^[a-zA-Z][a-zA-Z0-9]*$/);
      expect(field.testId).toMatch(/^field-shop-/);
    }
    expect(new Set(d.credentials.map((f) => f.testId)).size).toBe(d.credentials.length);
    expect(d.connector.statusThresholds.length).toBeGreaterThan(0);
    expect(d.connector.referenceField.trim()).not.toBe('');
    for (const pattern of d.secretPatterns) {
      expect(pattern.global, `${pattern} must be global`).toBe(true);
      // Group 1 is the readable prefix the scrubber keeps.
      expect(new RegExp(`${pattern.source}|`).exec('')!.length, `${pattern} needs one capture group`).toBe(2);
    }
  });

  it('declares hosting its page rule and address agree with', () => {
    if (d.hosting.kind === 'fixed') {
      expect(d.hosting.hostPermissions.length).toBeGreaterThan(0);
      for (const pattern of d.hosting.hostPermissions) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
      expect(d.page.matches.length).toBeGreaterThan(0);
    } else {
      // A shop on its own domain: no static match, the origin is asked for at runtime.
      expect(d.page.matches).toEqual([]);
      expect(d.address.kind).toBe('https-url');
      expect(d.capabilities.comparesConnectorShopUrl).toBe(true);
    }
    for (const pattern of d.page.matches) expect(pattern).toMatch(/^https:\/\//);
  });

  it('brings every text it names, in English and Dutch', () => {
    expect(Object.keys(d.texts.nl).sort()).toEqual(Object.keys(d.texts.en).sort());
    const keys = [
      ...d.credentials.map((f) => f.labelKey),
      ...(d.address.kind === 'none' ? [] : [d.address.labelKey, d.address.issueKey]),
      ...d.connector.statusThresholds.map((t) => `options.threshold.${t}`),
      ...d.connector.skuSources.map((s) => `options.sku-source.${s}`),
    ];
    expect(keys.filter((key) => !inBoth(key))).toEqual([]);
  });

  it('has its folder and a registered adapter built on its descriptor', () => {
    for (const file of ['descriptor.ts', 'page.ts', 'index.ts']) expect(existsSync(join(root, 'lib/shops', id, file)), file).toBe(true);
    const adapter = shopAdapters[id];
    expect(adapter?.descriptor).toBe(d);
    expect(adapter?.platform).toBe(id);
  });

  it('has a sandbox host, a sample scenario and an e2e spec that uses it', () => {
    expect(existsSync(join(sandboxFolder(id), 'hosts.ts')), `tests/sandbox/${id}/hosts.ts`).toBe(true);
    const names = Object.keys(scenarios).filter((name) => name.startsWith(`${id}-`));
    expect(names.length, `a scenario named ${id}-…`).toBeGreaterThan(0);
    const sample = scenarios[names[0]!]!();
    expect(sample.connections.some((c) => c.profile.platform === id)).toBe(true);
    expect(sample.expectations.length).toBeGreaterThan(0);
    expect(
      specs.some((spec) => names.some((name) => spec.includes(`'${name}'`))),
      `an e2e spec in tests/e2e/ naming one of ${names.join(', ')}`,
    ).toBe(true);
  });
});
