// Prints the gzip size of what the first screen loads (the entry script, its static imports and
// modulepreloads, and the CSS linked from index.html) and fails when it is over budget.
// Lazy chunks (later steps, the coach, the PDF engine) are listed separately.
// Also a module: scripts/bench.mjs imports firstScreenFiles() and gzipSize().
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

export const BUDGET = 100 * 1024

/** The files (relative to dist, e.g. assets/index-x.js) the first screen loads, statically. */
export function firstScreenFiles(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const linked = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1],
  )

  // Follow static imports of the entry (Vite hoists shared chunks into static `import` lines).
  const firstScreen = new Set()
  const queue = [...linked]
  while (queue.length > 0) {
    const file = queue.shift()
    if (firstScreen.has(file)) continue
    firstScreen.add(file)
    if (!file.endsWith('.js')) continue
    const code = readFileSync(join(dist, file), 'utf8')
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      queue.push(`assets/${m[1]}`)
    }
  }
  return firstScreen
}

export const gzipSize = (dist, file) =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** Prints the report; returns the first screen's gzip bytes. */
export function reportBundle(dist = 'dist') {
  const firstScreen = firstScreenFiles(dist)
  let total = 0
  console.log('First screen (gzip):')
  for (const file of [...firstScreen].sort()) {
    const size = gzipSize(dist, file)
    total += size
    console.log(`  ${file.padEnd(48)} ${kb(size).padStart(10)}`)
  }
  const lazy = readdirSync(join(dist, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => /\.(js|css)$/.test(f) && !firstScreen.has(f))
  const lazyTotal = lazy.reduce((sum, f) => sum + gzipSize(dist, f), 0)
  console.log(`Loaded later, on demand: ${lazy.length} files, ${kb(lazyTotal)} gzip`)
  const verdict = total <= BUDGET ? 'OK' : 'OVER BUDGET'
  console.log(
    `bundle: first screen ${total} bytes gzip (${kb(total)}), budget ${kb(BUDGET)}: ${verdict}`,
  )
  return total
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const total = reportBundle(process.argv[2] ?? 'dist')
  if (total > BUDGET) process.exit(1)
}
