// Builds the app into a fresh temporary folder, so parallel runs (tests, benchmarks, a person's
// own `npm run build`) never overwrite each other's dist/. Returns the folder; exits on failure.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export function buildIntoTemp(label) {
  const dist = mkdtempSync(join(tmpdir(), `why-card-${label}-`))
  console.log(`${label}: building the app into ${dist}`)
  const build = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--outDir',
      dist,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  )
  if (build.status !== 0) {
    rmSync(dist, { recursive: true, force: true })
    process.exit(build.status ?? 1)
  }
  return dist
}
