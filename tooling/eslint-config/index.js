// Shared ESLint flat configs. Each workspace's eslint.config.mjs picks one:
//   import { nodeConfig } from '@linja/eslint-config'; export default nodeConfig(import.meta.dirname);
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const IGNORES = ['dist/**', 'coverage/**', 'src/generated/**', 'src/gql/**', '**/*.config.*'];

function baseConfig(tsconfigRootDir) {
  return tseslint.config(
    { ignores: IGNORES },
    js.configs.recommended,
    ...tseslint.configs.strictTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      rules: {
        'no-console': 'error',
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/no-misused-promises': 'error',
        '@typescript-eslint/consistent-type-imports': [
          'error',
          { fixStyle: 'inline-type-imports' },
        ],
        '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
        ],
        // date-fns's index loads all of its ~300 modules (~0.15 s of every process start and test
        // file); a function's own path loads a handful.
        'no-restricted-imports': [
          'error',
          {
            paths: [
              { name: 'date-fns', message: "Import the function's own path: 'date-fns/addDays'." },
            ],
          },
        ],
      },
    },
    {
      files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.int-spec.ts', '**/test/**'],
      rules: {
        '@typescript-eslint/no-non-null-assertion': 'off',
        '@typescript-eslint/no-unsafe-assignment': 'off',
        '@typescript-eslint/no-unsafe-member-access': 'off',
      },
    },
    prettier,
  );
}

export function nodeConfig(tsconfigRootDir) {
  return [
    ...baseConfig(tsconfigRootDir),
    {
      languageOptions: { globals: { ...globals.node } },
      rules: {
        // NestJS injects by constructor parameter types: those imports are values, not types.
        '@typescript-eslint/consistent-type-imports': 'off',
        '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
        // GraphQL object types are classes for their decorators only; resolvers return plain objects.
        '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
        '@typescript-eslint/no-misused-spread': 'off',
      },
    },
  ];
}

export function reactConfig(tsconfigRootDir) {
  return [
    ...baseConfig(tsconfigRootDir),
    {
      languageOptions: { globals: { ...globals.browser } },
      plugins: { 'react-hooks': reactHooks },
      rules: { ...reactHooks.configs.recommended.rules },
    },
  ];
}
