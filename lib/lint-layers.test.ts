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
    ['the background wiring both sides', 'lib/background/zz.ts', '../accounting/exact'],
    ['a shop plug-in test meeting a fake accounting client', 'lib/shops/bol/zz.test.ts', '../../accounting/types'],
  ])('allows %s', async (_what, file, specifier) => {
    expect(await restricted(file, specifier)).toBe(false);
  });
});
