// Runs the browser tests (tests/e2e/*.e2e.test.mjs) on a fresh build of the app:
//
//   npm run test:e2e                                   build, then every file, one at a time
//   npm run test:e2e -- tests/e2e/journey.e2e.test.mjs  only that file
//   npm run test:e2e -- --test-name-pattern=axe         node --test options pass through
//   npm run test:e2e -- --no-build                      reuse E2E_DIST, or dist/
//
// The build goes to a private temporary folder (E2E_DIST for the tests), so a run never serves a
// half-written dist/ while someone else builds in the same tree. Results are printed (spec) and
// written as TAP to test-results/e2e.tap, whose "# pass N" / "# fail N" lines CI counts.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildIntoTemp } from './build-into-temp.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const E2E = join(ROOT, 'tests', 'e2e')
const TAP = join(ROOT, 'test-results', 'e2e.tap')

const args = process.argv.slice(2)
const noBuild = args.includes('--no-build')
const files = args.filter((a) => !a.startsWith('-'))
const options = args.filter((a) => a.startsWith('-') && a !== '--no-build')

let dist = process.env.E2E_DIST || join(ROOT, 'dist')
let temporary = null
if (!noBuild) {
  temporary = buildIntoTemp('e2e')
  dist = temporary
} else if (!existsSync(join(dist, 'index.html'))) {
  console.error(`e2e: no build in ${dist}; run \`npm run build\` or drop --no-build`)
  process.exit(1)
}

const tests =
  files.length > 0
    ? files
    : readdirSync(E2E)
        .filter((f) => f.endsWith('.e2e.test.mjs'))
        .sort()
        .map((f) => join('tests', 'e2e', f))
if (tests.length === 0) {
  console.error('e2e: no tests/e2e/*.e2e.test.mjs files')
  process.exit(1)
}

mkdirSync(dirname(TAP), { recursive: true })
const run = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${TAP}`,
    ...options,
    ...tests,
  ],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, E2E_DIST: dist } },
)
if (temporary) rmSync(temporary, { recursive: true, force: true })
process.exit(run.status ?? 1)
