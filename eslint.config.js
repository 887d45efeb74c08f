import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Code that runs in the shop's page (content script, panel components) must never reach
// credentials: IndexedDB there is the SHOP's origin, and the page is untrusted.
const backgroundOnly = ['**/lib/storage/**', '**/lib/accounting/**', '**/lib/background/**', '**/lib/diagnosis/**'];

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
  {
    files: ['entrypoints/shop-admin.content/**', 'components/panel/**', 'lib/page/**', 'lib/shops/*/page.ts', 'lib/shops/pages.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: backgroundOnly, message: 'Background-only module: the page must not reach it.' }] }],
    },
  },
);
