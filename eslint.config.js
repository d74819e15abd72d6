// Lint is where the architecture of STYLE.md is enforced:
//   imports flow shared → domain → db → sync → features → app; server imports only shared, domain and itself;
//   features do not import each other; components never import dexie or i18next directly;
//   no user-visible literal in JSX (every string goes through i18next).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync, existsSync } from 'node:fs';

const features = existsSync('src/features')
  ? readdirSync('src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  : [];

const layer = (target, from) => ({ target: `./src/${target}`, from: from.map((f) => `./src/${f}`) });
const zones = [
  layer('shared', ['domain', 'db', 'sync', 'features', 'components', 'lib', 'app', 'server']),
  layer('domain', ['db', 'sync', 'features', 'components', 'lib', 'app', 'server']),
  layer('lib', ['db', 'sync', 'features', 'components', 'app', 'server']),
  layer('db', ['sync', 'features', 'components', 'app', 'server']),
  layer('sync', ['features', 'components', 'app', 'server']),
  layer('components', ['db', 'sync', 'features', 'app', 'server']),
  layer('features', ['app', 'server']),
  layer('server', ['db', 'sync', 'features', 'components', 'lib', 'app', 'sw.ts']),
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features do not import each other: move the shared piece to components/, lib/ or domain/.',
  })),
];

/** Flags letters written straight into JSX, and literal strings in user-visible attributes. */
const noUserVisibleLiterals = {
  meta: { type: 'problem', messages: { literal: 'User-visible text must come from the locale files (t(...)): "{{text}}"' } },
  create(context) {
    const visibleAttributes = new Set(['title', 'placeholder', 'alt', 'aria-label', 'aria-description', 'label']);
    const hasWords = (text) => /\p{L}{2,}/u.test(text);
    return {
      JSXText(node) {
        if (hasWords(node.value)) context.report({ node, messageId: 'literal', data: { text: node.value.trim() } });
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!visibleAttributes.has(name) || !node.value) return;
        const literal = node.value.type === 'Literal' ? node.value
          : node.value.type === 'JSXExpressionContainer' && node.value.expression.type === 'Literal' ? node.value.expression : null;
        if (literal && typeof literal.value === 'string' && hasWords(literal.value)) {
          context.report({ node, messageId: 'literal', data: { text: literal.value } });
        }
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', 'data/**', 'bench/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, local: { rules: { 'no-user-visible-literals': noUserVisibleLiterals } } },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/features/**/*.tsx', 'src/components/**/*.tsx', 'src/app/**/*.tsx'],
    rules: {
      'local/no-user-visible-literals': 'error',
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'dexie', message: 'UI reaches data through hooks in features/*/hooks and db/.' },
          { name: 'i18next', message: 'Use useTranslation from react-i18next (or lib/i18n).' },
        ],
      }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
