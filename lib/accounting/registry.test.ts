import { describe, expect, it } from 'vitest';
import { EditionSchema } from '../model/connection';
import { profileFixture } from '../config/fixtures';
import { accountingFor, accountingSystems, allAccountingSystems } from './registry';
import { accountingHostPermissions, AccountingSettingsSchema, AccountingSystemIdSchema } from './settings';

describe('the accounting registry', () => {
  it('has one system per member of the settings union, under its own id', () => {
    const members = AccountingSettingsSchema.options.map((member) => member.shape.system.value);
    expect(Object.keys(accountingSystems).sort()).toEqual([...members].sort());
    expect(AccountingSystemIdSchema.options.slice().sort()).toEqual([...members].sort());
    for (const [id, system] of Object.entries(accountingSystems)) expect(system.id).toBe(id);
  });

  it('finds the system a connection keeps its books in', () => {
    expect(accountingFor(profileFixture()).displayName).toBe('Exact Online');
  });

  it.each(allAccountingSystems().map((system) => [system.id, system] as const))('%s declares what the background needs', (_id, system) => {
    expect(system.displayName.length).toBeGreaterThan(0);
    expect(system.hosts.length).toBeGreaterThan(0);
    for (const host of system.hosts) {
      // Every host it declares is one a profile may name, and its token endpoint is https on that host.
      const settings = AccountingSettingsSchema.safeParse({ system: system.id, host, division: null });
      expect(settings.success).toBe(true);
      const token = new URL(system.tokenEndpoint(host));
      expect([token.protocol, token.host]).toEqual(['https:', host]);
    }
    for (const edition of system.editions) expect(EditionSchema.safeParse(edition).success).toBe(true);
    expect(system.secretKinds.app).not.toBe(system.secretKinds.tokens);
    expect(system.appSchema.safeParse({ clientId: 'id', clientSecret: 'secret' }).success).toBe(true);
    expect(system.appSchema.safeParse({ clientId: '' }).success).toBe(false);
  });

  it('the manifest asks for exactly the hosts the systems declare', () => {
    const declared = allAccountingSystems().flatMap((system) => system.hosts.map((host) => `https://${host}/*`));
    expect([...accountingHostPermissions()].sort()).toEqual(declared.sort());
  });
});
