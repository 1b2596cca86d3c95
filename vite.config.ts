/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

// The shipped Content-Security-Policy. 'wasm-unsafe-eval' is there only because the PDF engine's
// layout code (yoga) is WebAssembly; nothing else needs more than 'self'.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

// Only in the build: the dev server's hot reload needs an inline script that this policy forbids.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'why-card-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}

export default defineConfig({
  // Relative asset URLs: the built folder works from any sub-path and any static server.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // The PDF engine is one large lazy chunk by design; the first screen stays small.
    chunkSizeWarningLimit: 2000,
    // Every browser the app supports (ES modules, CSP, Intl.Segmenter) preloads modules itself;
    // the polyfill only cost the first screen about half a kilobyte.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20000,
  },
})
