import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const STATE_AND_UI = ['**/state/**', '**/components/**', '**/App.svelte', 'svelte', 'svelte/**'];

/** A no-restricted-imports rule for files of one layer; type-only imports stay allowed. */
function layer(files, message, group) {
  return [
    {
      files,
      rules: {
        'no-restricted-imports': 'off',
        '@typescript-eslint/no-restricted-imports': [
          'error',
          { patterns: [{ group, message, allowTypeImports: true }] },
        ],
      },
    },
  ];
}

export default ts.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'dev-dist/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // Layers point down: components -> state -> lib services -> storage / analysis.
  ...layer(['src/lib/analysis/**'], 'analysis is pure: it imports nothing of the app', [
    '../**',
    '!../band',
    'svelte',
    'svelte/**',
    'idb',
  ]),
  ...layer(['src/lib/storage/**'], 'storage imports nothing of state or UI', STATE_AND_UI),
  ...layer(
    ['src/lib/*.ts', 'src/lib/!(state|storage|analysis)/**'],
    'lib services import nothing of state or UI (state calls them, not the other way round)',
    [...STATE_AND_UI, 'idb'],
  ),
  ...layer(['src/lib/state/**'], 'state imports nothing of the components', [
    '**/components/**',
    '**/App.svelte',
    'idb',
  ]),
  ...layer(
    ['src/components/**', 'src/App.svelte'],
    'components reach storage through state (types are fine)',
    ['**/lib/storage/!(schema)', 'idb'],
  ),
);
