import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import neuland from './eslint/neuland-plugin.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'var/**',
      'coverage/**',
      'test-output/**',
      'apps/web/src/api/schema.d.ts',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', '*.cjs', 'scripts/*.mjs', 'eslint/*.mjs', 'config/*.cjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Nest injects by the constructor's runtime types: a class used only as a type there must stay a value import.
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['libs/**/*.{ts,tsx}'],
    ignores: ['libs/config/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'class-validator',
              importNames: ['IsOptional'],
              message:
                'IsOptional() lets null through to NOT NULL columns: use OptionalNotNull() or OptionalNullable() from @neuland/http.',
            },
          ],
        },
      ],
    },
  },
  {
    // The boundaries of ../shared/DESIGN.md that imports alone do not show (see config/boundaries.cjs).
    files: ['libs/**/*.{ts,tsx}'],
    ignores: ['**/*.spec.{ts,tsx}'],
    plugins: { neuland },
    rules: { 'neuland/no-foreign-tables': 'error', 'neuland/no-exported-entities': 'error' },
  },
  {
    // Clients rely on the error codes: each is named once, in its lib's error list (`<lib>-errors.ts`, HttpError).
    files: ['libs/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='error'] > Literal.value",
          message:
            "Name the error code from the lib's error list (<lib>-errors.ts, or HttpError for shared codes).",
        },
        {
          selector: "BinaryExpression[left.property.name='error'] > Literal.right",
          message:
            "Compare with the code from the lib's error list (<lib>-errors.ts, or HttpError for shared codes).",
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], languageOptions: { globals: globals.node } },
  // CommonJS configuration files (dependency-cruiser reads .cjs) load each other with require().
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  prettier,
);
