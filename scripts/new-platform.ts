/**
 * Lays out a new shop platform: `npm run new:platform <id> [-- --name "Display Name"]`.
 * Writes lib/shops/<id>/ (facts, page rule, descriptor, schemas, client, status rule, adapter),
 * tests/sandbox/<id>/ (world and hosts), a sample scenario and an e2e spec from
 * scripts/platform-templates.ts, then adds the one line per registry (shop descriptors, adapters,
 * sandbox hosts, scenario world and credentials, scenario list). lib/shops/conventions.test.ts then
 * holds the new platform to the same rules as the others.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { platformTemplates } from './platform-templates';

const root = fileURLToPath(new URL('../', import.meta.url));

function fail(message: string): never {
  console.error(`new:platform: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const id = args.find((a) => !a.startsWith('--'));
const nameAt = args.indexOf('--name');
if (!id || !/^[a-z][a-z0-9-]{1,30}$/.test(id)) fail('usage: npm run new:platform <id> [-- --name "Display Name"]  (id: lower-case letters, digits, hyphens)');
const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = camel.charAt(0).toUpperCase() + camel.slice(1);
const name = nameAt >= 0 && args[nameAt + 1] ? args[nameAt + 1]! : pascal;
if (existsSync(join(root, 'lib/shops', id))) fail(`lib/shops/${id}/ exists already`);

const fill = (text: string): string =>
  text.replaceAll('__ID__', id).replaceAll('__NAME__', name).replaceAll('__CAMEL__', camel).replaceAll('__PASCAL__', pascal);

const written: string[] = [];
for (const [path, template] of Object.entries(platformTemplates)) {
  const target = join(root, fill(path));
  if (existsSync(target)) fail(`${fill(path)} exists already`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, fill(template));
  written.push(fill(path));
}

/** One registry edit: an import after the file's last import, and one line at an anchor. */
function register(file: string, importLine: string, edit: (text: string) => string | null, line: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const edited = edit(text);
  if (edited === null) {
    console.warn(`  ${file}: anchor not found — add by hand:\n    ${importLine}\n    ${line}`);
    return;
  }
  const imports = [...edited.matchAll(/^import .*;$/gm)];
  const last = imports.at(-1);
  const at = last ? (last.index ?? 0) + last[0].length : 0;
  writeFileSync(path, `${edited.slice(0, at)}\n${importLine}${edited.slice(at)}`);
  console.log(`  ${file}: ${line.trim()}`);
}

const replaceOnce = (text: string, pattern: RegExp, replacement: string): string | null => (pattern.test(text) ? text.replace(pattern, replacement) : null);

console.log(`new:platform ${id} (${name}): wrote\n  ${written.join('\n  ')}\nregistered in`);
register(
  'lib/shops/descriptors.ts',
  `import { ${camel}Descriptor } from './${id}/descriptor';`,
  (t) => replaceOnce(t, /(export const shopDescriptors = \[[^\]]*)\] as const;/, `$1, ${camel}Descriptor] as const;`),
  `shopDescriptors: …, ${camel}Descriptor`,
);
register(
  'lib/shops/registry.ts',
  `import { ${camel}Adapter } from './${id}';`,
  (t) => replaceOnce(t, /(export const shopAdapters[^{]*\{[^}]*?)\n\};/, `$1\n  '${id}': ${camel}Adapter,\n};`),
  `shopAdapters: '${id}': ${camel}Adapter`,
);
register(
  'tests/sandbox/server.ts',
  `import { ${camel}Hosts } from './${id}/hosts';`,
  (t) => replaceOnce(t, /(function shopHosts[\s\S]*?return \[[^\n]*)\];/, `$1, ...(scenario.${camel} ? ${camel}Hosts(scenario.${camel}) : [])];`),
  `shopHosts: ...(scenario.${camel} ? ${camel}Hosts(scenario.${camel}) : [])`,
);
register(
  'tests/sandbox/scenarios/types.ts',
  `import type { ${pascal}World } from '../${id}/world';`,
  (t) => {
    const world = replaceOnce(t, /\n {2}exact: ExactWorld;/, `\n  ${camel}?: ${pascal}World;\n  exact: ExactWorld;`);
    return world && replaceOnce(world, /(export type ShopCredentials =[\s\S]*?) \};\n/, `$1 }\n  | { platform: '${id}'; apiKey: string };\n`);
  },
  `Scenario.${camel}?: ${pascal}World; ShopCredentials | { platform: '${id}'; apiKey: string }`,
);
register(
  'tests/sandbox/scenarios/index.ts',
  `import { ${camel}Checks } from './${id}-checks';`,
  (t) => replaceOnce(t, /(export const scenarios[^{]*\{[\s\S]*?)\n\};/, `$1\n  '${id}-checks': ${camel}Checks,\n};`),
  `scenarios: '${id}-checks': ${camel}Checks`,
);
// The config JSON Schema lists the platform ids: regenerate it from the edited registry.
execFileSync(process.execPath, ['--import', 'tsx', join(root, 'lib/config/write-json-schema.ts')], { stdio: 'inherit' });
console.log(`next: fill lib/shops/${id}/facts.ts from the vendor's docs, then
  npx tsc --noEmit && npx vitest run lib/shops/conventions.test.ts
  PREGRANTED_ORIGINS='https://shop.example.test/*' npx wxt build && npx playwright test tests/e2e/${id}.spec.ts`);
