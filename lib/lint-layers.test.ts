import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering of eslint.config.js, proven on deliberate violations: each forbidden import is an
 * error, and its look-alikes that are allowed stay clean. (A pattern that matched nothing passed
 * this way once: page code could import '../storage/db'.)
 */
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function restricted(filePath: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('layering lint rules', () => {
  it.each([
    ['a check reading a shop client', 'lib/checks/zz.ts', '../shops/registry'],
    ['a check reading Exact', 'lib/checks/support/zz.ts', '../../accounting/exact/client'],
    ['a check reading storage', 'lib/checks/zz.ts', '../storage/db'],
    ['a shop plug-in reaching an accounting plug-in', 'lib/shops/bol/zz.ts', '../../accounting/types'],
    ['an accounting plug-in reaching a shop plug-in', 'lib/accounting/exact/zz.ts', '../../shops/types'],
    ['the options page opening the database', 'components/options/zz.tsx', '../../lib/storage/db'],
    ['the options page calling Exact', 'components/options/zz.tsx', '../../lib/accounting/exact/oauth'],
    ['page code opening the database', 'lib/page/zz.ts', '../storage/db'],
    ['a platform page module reaching the worker', 'lib/shops/bol/page.ts', '../../background/diagnose-order'],
    ['the panel reaching the diagnosis', 'components/panel/zz.tsx', '../../lib/diagnosis/gather'],
    ['the content script reaching secrets', 'entrypoints/shop-admin.content/zz.ts', '../../lib/storage/secrets'],
    ['the popup opening the database', 'components/popup/zz.tsx', '../../lib/storage/db'],
    ['the popup reading a profile from storage', 'components/popup/zz.ts', '../../lib/storage/profiles'],
    ["the popup reading Exact's rate-limit module", 'components/popup/zz.tsx', '../../lib/accounting/exact/rate-limit'],
    ['the popup reaching the accounting registry', 'components/popup/zz.tsx', '../../lib/accounting/registry'],
    ['a popup test opening the database', 'components/popup/zz.test.tsx', '../../lib/storage/db'],
    ['any component reaching accounting types', 'components/zz/zz.tsx', '../../lib/accounting/types'],
    ['the background importing Exact', 'lib/background/zz.ts', '../accounting/exact'],
    ["the background reaching into Exact's tokens", 'lib/background/settings/zz.ts', '../../accounting/exact/tokens'],
    ['the reconciliation importing Exact', 'lib/sync/zz.ts', '../accounting/exact/client'],
    ['a check reading a platform adapter beside the descriptors', 'lib/checks/zz.ts', '../shops/descriptors-extra'],
    ['a platform descriptor reaching the worker', 'lib/shops/bol/descriptor.ts', '../../background/settings/guard'],
    ['a platform descriptor reaching storage', 'lib/shops/bol/descriptor.ts', '../../storage/db'],
  ])('forbids %s', async (_what, file, specifier) => {
    expect(await restricted(file, specifier)).toBe(true);
  });

  it.each([
    ['a check reading the shared accounting model', 'lib/checks/zz.ts', '../model/accounting'],
    ['a check reading the pure shop descriptors', 'lib/checks/support/zz.ts', '../../shops/descriptors'],
    ['a shop plug-in reading its own folder', 'lib/shops/bol/zz.ts', './client'],
    ['the background wiring both sides through the registries', 'lib/background/zz.ts', '../accounting/registry'],
    ['the background naming the contract', 'lib/background/settings/zz.ts', '../../accounting/types'],
    ["the popup's read-only view", 'components/popup/zz.tsx', '../../lib/sync/popup-view'],
    ['the popup view asking the accounting registry', 'lib/sync/zz.ts', '../accounting/registry'],
    ["the popup's test fixtures seeding a database", 'components/popup/test-fixtures.ts', '../../lib/storage/db'],
    ['a background test reading Exact’s stored records', 'lib/background/settings/zz.test.ts', '../../accounting/exact/tokens'],
    ['a shop plug-in test meeting a fake accounting client', 'lib/shops/bol/zz.test.ts', '../../accounting/types'],
  ])('allows %s', async (_what, file, specifier) => {
    expect(await restricted(file, specifier)).toBe(false);
  });
});
