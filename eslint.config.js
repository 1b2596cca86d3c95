import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The layers, each allowed to import only from those listed (and from itself). Imports flow one
// way: domain <- i18n <- store <- steps / pdf / components <- app <- main.tsx. The domain imports
// no other layer, not even the catalogs: it declares the shape of the words it needs (e.g.
// domain/coach/coach-messages.ts), src/i18n gives them English values, and callers pass them in.
const LAYERS = {
  domain: [],
  i18n: ['domain'],
  lib: ['domain', 'i18n'],
  store: ['domain', 'i18n', 'lib'],
  pdf: ['domain', 'i18n', 'lib'],
  components: ['domain', 'i18n', 'lib', 'store', 'pdf'],
  steps: ['domain', 'i18n', 'lib', 'store', 'components'],
  app: ['domain', 'i18n', 'lib', 'store', 'components', 'steps', 'pdf'],
}
const layerZones = Object.entries(LAYERS)
  .map(([layer, allowed]) => ({
    target: `./src/${layer}`,
    from: Object.keys(LAYERS)
      .filter((other) => other !== layer && !allowed.includes(other))
      .map((other) => `./src/${other}`),
    message:
      allowed.length === 0
        ? `src/${layer} imports no other layer: it receives what it needs (words too) as arguments.`
        : `src/${layer} may import only from ${allowed.map((a) => `src/${a}`).join(', ')}.`,
  }))
  .filter((zone) => zone.from.length > 0)

// Domain features talk through their entry files; these files are a feature's insides.
const DOMAIN_FEATURES = ['after', 'card', 'coach', 'draft', 'embed', 'language', 'pitch', 'text']
const FEATURE_INSIDES = {
  coach: ['coach-lexicon.ts', 'coach-text.ts'],
  draft: ['bounded-decompress.ts'],
}
const featureZones = Object.entries(FEATURE_INSIDES).flatMap(([feature, files]) => [
  {
    target: [
      ...Object.keys(LAYERS)
        .filter((layer) => layer !== 'domain')
        .map((layer) => `./src/${layer}`),
      ...DOMAIN_FEATURES.filter((other) => other !== feature).map(
        (other) => `./src/domain/${other}`,
      ),
    ],
    from: files.map((file) => `./src/domain/${feature}/${file}`),
    message: `Inside domain/${feature}: import its entry file instead.`,
  },
])

// Browser globals the domain core must not touch: it stays pure and runs anywhere.
const browserGlobalsInDomain = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'history',
].map((name) => ({ name, message: 'src/domain is pure: pass browser values in instead.' }))

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
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
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
              group: [
                'react',
                'react-dom',
                'react/*',
                'zustand',
                'zustand/*',
                'react-hook-form',
                '@react-pdf/*',
                '@/store/*',
                '@/steps/*',
                '@/components/*',
                '@/app/*',
                '@/pdf/*',
                '@/lib/*',
              ],
              message: 'src/domain is pure TypeScript: no React, state, PDF or browser adapters.',
            },
            {
              group: ['@/i18n/*', '**/i18n/*'],
              message:
                'src/domain receives its words: declare their type in the domain (e.g. coach-messages.ts) and take the catalog as a parameter.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserGlobalsInDomain],
    },
  },
  {
    // One way to words: components and steps read a catalog through its hook (useMessages(),
    // useCardMessages()…), never by importing the English object, so a second language can be
    // chosen and loaded in one place.
    files: ['src/components/**/*.{ts,tsx}', 'src/steps/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/i18n/*', '**/i18n/*'],
              importNamePattern: '^en([A-Z]\\w*)?$',
              message: 'Read the catalog through its hook (useMessages(), useCardMessages()…).',
            },
          ],
        },
      ],
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
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrorsIgnorePattern: '^_' }] },
  },
)
