// `node scripts/bundle-treemap.mjs`: builds the app (vite.config.ts as is, plus
// rollup-plugin-visualizer) into a temporary folder and writes a treemap of every chunk's modules,
// gzip sizes included, to test-results/bundle-treemap.html; with --json, the raw data as
// test-results/bundle-treemap.json too. For finding what the first screen carries.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { visualizer } from 'rollup-plugin-visualizer'
import { build } from 'vite'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const RESULTS = join(ROOT, 'test-results')
mkdirSync(RESULTS, { recursive: true })
const outDir = mkdtempSync(join(tmpdir(), 'why-card-treemap-'))
const templates = process.argv.includes('--json') ? ['treemap', 'raw-data'] : ['treemap']
try {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: templates.map((template) =>
      visualizer({
        template,
        filename: join(
          RESULTS,
          template === 'treemap' ? 'bundle-treemap.html' : 'bundle-treemap.json',
        ),
        gzipSize: true,
        title: 'Why Card bundle',
      }),
    ),
    build: { outDir, emptyOutDir: true },
  })
  console.log('treemap: test-results/bundle-treemap.html')
} finally {
  rmSync(outDir, { recursive: true, force: true })
}
