// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsdoc from 'eslint-plugin-jsdoc';
import prettier from 'eslint-config-prettier';

/** Every exported declaration in src/ must say what it is, and every exported function must show how. */
const documentedExports = [
  'ExportNamedDeclaration[declaration.type="FunctionDeclaration"]',
  'ExportNamedDeclaration[declaration.type="VariableDeclaration"]',
  'ExportNamedDeclaration[declaration.type="TSTypeAliasDeclaration"]',
  'ExportNamedDeclaration[declaration.type="TSInterfaceDeclaration"]',
  'ExportNamedDeclaration[declaration.type="ClassDeclaration"]',
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.bench/',
      'node_modules/',
      'coverage/',
      '.smoke-*/',
      'docs/api/',
      'test/docs/.markdown/',
      'test/docs/.examples/',
      'test/layers/broken/',
      '.zod-versions/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'Library code never reads the clock.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Library code never reads the clock.',
        },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'Library code is deterministic.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/_lib/**', 'src/cli/**'],
    plugins: { jsdoc },
    rules: {
      'jsdoc/require-jsdoc': [
        'error',
        { publicOnly: false, require: { FunctionDeclaration: false }, contexts: documentedExports },
      ],
      'jsdoc/require-example': ['error', { contexts: documentedExports }],
      'jsdoc/require-param': [
        'error',
        { contexts: ['ExportNamedDeclaration > FunctionDeclaration'] },
      ],
      'jsdoc/require-returns': [
        'error',
        { contexts: ['ExportNamedDeclaration > FunctionDeclaration'] },
      ],
      'jsdoc/require-description': ['error', { contexts: documentedExports }],
      'jsdoc/check-param-names': 'error',
      'jsdoc/no-types': 'error',
      'jsdoc/require-param-description': 'error',
      'jsdoc/require-returns-description': 'error',
    },
  },
  {
    // The library is pure and platform-neutral: no Node built-ins, and no fp-ts or io-ts in the
    // main entry (they are optional peers, used only by their own subpath entries).
    files: ['src/**/*.ts'],
    ignores: ['src/io-ts/**', 'src/fp-ts/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['fp-ts', 'io-ts'], patterns: ['fp-ts/*', 'io-ts/*', 'node:*'] },
      ],
    },
  },
  {
    // Scripts, benchmarks, tests and the command line are programs, not the library: they may
    // read the clock (progress, timings).
    files: ['scripts/**', 'bench/**', 'test/**', '*.config.*', 'src/cli/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Tests index into fixtures they have just built; a failed assertion is the right outcome.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
