// Prints the gzip size of what the first screen loads (the entry script, its static imports and
// modulepreloads, and the CSS linked from index.html) and fails when it is over budget.
// Lazy chunks (later steps, the coach, the PDF engine) are listed separately.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const DIST = process.argv[2] ?? 'dist'
const BUDGET = 100 * 1024

const html = readFileSync(join(DIST, 'index.html'), 'utf8')
const linked = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1])

// Follow static imports of the entry (Vite hoists shared chunks into static `import` lines).
const firstScreen = new Set()
const queue = [...linked]
while (queue.length > 0) {
  const file = queue.shift()
  if (firstScreen.has(file)) continue
  firstScreen.add(file)
  if (!file.endsWith('.js')) continue
  const code = readFileSync(join(DIST, file), 'utf8')
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    queue.push(`assets/${m[1]}`)
  }
}

const gzip = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

let total = 0
console.log('First screen (gzip):')
for (const file of [...firstScreen].sort()) {
  const size = gzip(file)
  total += size
  console.log(`  ${file.padEnd(48)} ${kb(size).padStart(10)}`)
}
const lazy = readdirSync(join(DIST, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => /\.(js|css)$/.test(f) && !firstScreen.has(f))
const lazyTotal = lazy.reduce((sum, f) => sum + gzip(f), 0)
console.log(`Loaded later, on demand: ${lazy.length} files, ${kb(lazyTotal)} gzip`)
const verdict = total <= BUDGET ? 'OK' : 'OVER BUDGET'
console.log(`bundle: first screen ${total} bytes gzip (${kb(total)}), budget ${kb(BUDGET)}: ${verdict}`)
if (total > BUDGET) process.exit(1)
