// Builds the floor page (scripts/floor/: a bare React 19 page whose one button downloads a
// one-page A6 react-pdf card, the engine loaded on demand) into a fresh temporary folder, with
// the project's own Vite, @vitejs/plugin-react, React and react-pdf: nothing is downloaded.
// scripts/bench.mjs measures the app side by side with it. Returns the folder; typing/ in it holds
// the typing floor (scripts/floor/typing/: one controlled textarea).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const FLOOR_SOURCE = join(ROOT, 'scripts', 'floor')

export async function buildFloor() {
  const dist = mkdtempSync(join(tmpdir(), 'why-card-floor-'))
  console.log(`floor: building the floor page into ${dist}`)
  const [{ build }, { default: react }] = await Promise.all([
    import('vite'),
    import('@vitejs/plugin-react'),
  ])
  // The same settings that shape the app's output: relative URLs, the React plugin.
  const page = (root, outDir) =>
    build({
      configFile: false,
      root,
      base: './',
      plugins: [react()],
      logLevel: 'warn',
      cacheDir: join(dist, '.vite'),
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    })
  try {
    await page(FLOOR_SOURCE, dist)
    // The typing floor (a bare textarea) is a page of its own, in typing/, so the floor's first
    // screen is not changed by it.
    await page(join(FLOOR_SOURCE, 'typing'), join(dist, 'typing'))
  } catch (error) {
    rmSync(dist, { recursive: true, force: true })
    throw error
  }
  return dist
}
