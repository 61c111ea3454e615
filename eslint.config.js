// Lint without type information: it stays fast, and `tsc` already checks the types.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'release/', '.test-build*/', 'tests/fixtures/', 'tests/files/', '**/schemas/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A leading underscore marks a name kept on purpose: a host callback's signature, a key left out of a rest copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // The text cleaners match combining marks and joiners by code point on purpose.
      'no-misleading-character-class': 'off',
    },
  },
  {
    files: ['**/old-engine-guard.js'],
    // ES5 for Internet Explorer 11: `catch` must name its error there.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    files: ['tests/**'],
    rules: {
      // Fakes of office.js and Apps Script stand in for loosely typed host objects.
      '@typescript-eslint/no-explicit-any': 'off',
      // Fake host objects hand out views that close over the fake itself.
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
);
