// Lint: the rules the project keeps by hand, checked by tools (npm run lint, part of npm test).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The core's folders, lowest first. A folder imports only from folders below it:
 * `text` from none, `match` from `text`, and so on. Folders on one line are siblings and
 * do not import each other.
 */
const CORE_LAYERS = [
  ['text'],
  ['match'],
  ['dictionary'],
  ['quotes'],
  ['consistency', 'timeline', 'card'],
  ['builder', 'workspace', 'map'],
];

/** `vscode` and every Node built-in: the core runs in node, in the browser and in the CLI. */
const HOST_MODULES = ['vscode', ...builtinModules];

/** `below`: the folders `folder` may import from; `exceptions`: other specifiers it may import, as regular expressions. */
function coreImportRule(folder, below, exceptions = []) {
  const allowed = [...below.map((name) => `\\.\\./${name}/`), ...exceptions];
  return [
    'error',
    {
      paths: HOST_MODULES.map((name) => ({ name, message: 'src/core is pure: no vscode, no Node built-ins.' })),
      patterns: [
        { regex: '^node:', message: 'src/core is pure: no Node built-ins.' },
        {
          regex: `^(?!${allowed.join('|') || '$^'})\\.\\./`,
          message:
            folder === undefined
              ? 'Every folder of src/core has its place in CORE_LAYERS (eslint.config.mjs).'
              : below.length
                ? `src/core/${folder} imports only from the core folders below it: ${below.join(', ')}.`
                : `src/core/${folder} is the lowest layer of the core: it imports no other folder.`,
        },
      ],
    },
  ];
}

const layerConfigs = CORE_LAYERS.flatMap((layer, level) => {
  const below = CORE_LAYERS.slice(0, level).flat();
  return layer.map((folder) => ({
    files: [`src/core/${folder}/**/*.ts`],
    rules: { '@typescript-eslint/no-restricted-imports': coreImportRule(folder, below) },
  }));
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.vscode-test/**',
      'test/fixtures/**',
      'test/integration/workspace/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // `typeof import('…')` names a module loaded lazily without loading (or bundling) it.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // `import vscode = require('vscode')` is how a CommonJS module imports in TypeScript.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      // The compiler reports these (noUnusedLocals, noUnusedParameters), with the same `_` convention.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    rules: {
      // Control characters are matched on purpose: to escape them in output, and to refuse binary input.
      'no-control-regex': 'off',
      // A regular expression that quotes text shows its spaces as they are.
      'no-regex-spaces': 'off',
    },
  },
  {
    // Tests and scripts load built bundles and optional packages by path, when they run.
    files: ['test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['src/core/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': coreImportRule(undefined, []) } },
  ...layerConfigs,
  {
    // The gazetteer's data is compiled from npm packages by a build script; bundles carry the result.
    files: ['src/core/builder/gazetteerData.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': coreImportRule('builder', CORE_LAYERS.slice(0, -1).flat(), [
        '\\.\\./\\.\\./\\.\\./scripts/gazetteer$',
      ]),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { name: 'vscode', message: 'The CLI runs without VS Code.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['**/*.cjs', 'test/integration/runner/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
