// Lint: strict TypeScript, React hooks, accessibility, and the import boundaries of the
// architecture: the pure core (src/k8s) imports no React, DOM or node:*; browser code never
// imports the server or the CLI; the server and CLI import only the core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const nodeBuiltins = ['node:*', 'fs', 'path', 'http', 'https', 'os', 'crypto', 'child_process', 'url', 'net', 'stream'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/k8s',
              from: ['./src/app', './src/features', './src/components', './src/lib', './src/server', './src/cli'],
              message: 'The core is pure and imports nothing above it.',
            },
            {
              target: ['./src/app', './src/features', './src/components', './src/lib'],
              from: ['./src/server', './src/cli'],
              message: 'Server and CLI code stays out of the browser bundle.',
            },
            {
              target: ['./src/server', './src/cli'],
              from: ['./src/app', './src/features', './src/components', './src/lib'],
              message: 'The server and CLI use only the core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/k8s/**/*.ts'],
    ignores: ['src/k8s/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The core must run in the browser: no node:* imports.' },
            {
              group: ['react', 'react-dom', 'react/*', '@tanstack/*', 'monaco-editor', 'monaco-editor/*'],
              message: 'The core is framework-free.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer'],
    },
  },
  {
    files: [
      'src/app/**/*.{ts,tsx}',
      'src/features/**/*.{ts,tsx}',
      'src/components/**/*.{ts,tsx}',
      'src/lib/**/*.{ts,tsx}',
    ],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: nodeBuiltins, message: 'Browser code cannot use Node built-ins.' }] },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.recommended.rules },
  },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js', 'src/cli/**/*.ts', 'src/server/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
