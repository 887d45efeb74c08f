import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, as lint errors. Specifiers are relative ('../storage/db' from lib/, or
 * '../../lib/storage/db' from components/): a layer is its folder under lib/, reached by climbing
 * ('../storage') or through lib/ ('../../lib/storage'); '../model/accounting' is another module. lib/lint-layers.test.ts lints a deliberate violation of each rule.
 */
const layer = (name) => {
  // The shop descriptors are pure data every layer may read (lib/shops/descriptors.ts); the rest
  // of lib/shops/ (clients, adapters) is the shops layer.
  const rest = name === 'shops' ? '(/(?!descriptors$)|$)' : '(/|$)';
  return {
    regex: `^(\\.\\./)+(lib/)?${name}${rest}|(^|/)lib/${name}${rest}`,
    message: `The ${name} layer is not reachable from here (see eslint.config.js).`,
  };
};
const forbid = (...names) => ({ 'no-restricted-imports': ['error', { patterns: names.map(layer) }] });

// An accounting system's own folder (lib/accounting/<system>/…): everything but the contract
// (types), the registry and the settings union, which are the accounting layer's front door.
const accountingSystemFolder = {
  regex: `^(\\.\\./)+(lib/)?accounting/(?!(types|registry|settings|master-data-wanted)$)[^/]+(/|$)|(^|/)lib/accounting/(?!(types|registry|settings|master-data-wanted)$)[^/]+(/|$)`,
  message: 'Reach an accounting system through lib/accounting/registry.ts, not its folder (see eslint.config.js).',
};

// Code that runs in the shop's page (content script, panel components) must never reach
// credentials: IndexedDB there is the SHOP's origin, and the page is untrusted.
// The shop descriptors are bundled there too (and read by wxt.config.ts under Node).
const pageCode = [
  'entrypoints/shop-admin.content/**',
  'components/panel/**',
  'lib/page/**',
  'lib/shops/*/page.ts',
  'lib/shops/pages.ts',
  'lib/shops/descriptor.ts',
  'lib/shops/descriptors.ts',
  'lib/shops/*/descriptor.ts',
];

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'playwright-report/**', 'test-results/**', 'demo-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML from data.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Use textContent or React.' },
      ],
    },
  },
  {
    // Playwright fixtures call their continuation `use`; it is not React's hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  // Checks are pure rules over what was read: no API client, no storage.
  { files: ['lib/checks/**'], rules: forbid('shops', 'accounting', 'storage', 'background') },
  // A shop plug-in and an accounting plug-in never know each other.
  // (Their tests may meet: a shop scenario runs against a fake accounting client.)
  { files: ['lib/shops/**'], ignores: ['**/*.test.ts'], rules: forbid('accounting') },
  { files: ['lib/accounting/**'], ignores: ['**/*.test.ts'], rules: forbid('shops') },
  // The worker and the reconciliation reach a system only through the contract and the registry.
  {
    files: ['lib/background/**', 'lib/sync/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [accountingSystemFolder] }] },
  },
  // UI reads and sends through messages and view modules (lib/sync/popup-view.ts), never the
  // database or an accounting system. (The popup's test fixtures seed a database, as the worker does.)
  { files: ['components/**'], ignores: ['components/**/test-fixtures.ts'], rules: forbid('storage', 'accounting') },
  // Last, so it wins where the globs overlap (lib/shops/*/page.ts).
  { files: pageCode, rules: forbid('storage', 'accounting', 'background', 'diagnosis') },
);
