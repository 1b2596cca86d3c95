import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Browser globals the domain core must not touch: it stays pure and runs anywhere.
const browserGlobalsInDomain = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'history'].map(
  (name) => ({ name, message: 'src/domain is pure: pass browser values in instead.' }),
)

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'react-hook-form', '@react-pdf/*', '@/store/*', '@/steps/*', '@/components/*', '@/app/*', '@/pdf/*', '@/lib/*'],
              message: 'src/domain is pure TypeScript: no React, state, PDF or browser adapters.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserGlobalsInDomain],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Browser tests run in node but pass callbacks that run in the page.
    files: ['tests/e2e/**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
)
