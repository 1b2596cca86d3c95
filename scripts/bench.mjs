// `npm run bench`: the app's budgets, printed, on a fresh build served locally (gzip on, as a
// static host would) in Debian's Chromium.
//
//   first screen JS+CSS, gzip            budget 100 KB        asserted (deterministic)
//     and its ratio to the floor's       at most 1.30×        asserted (deterministic)
//   PDF engine chunk, gzip               printed
//   PDF engine bytes in the first load   budget 0             asserted (deterministic)
//   "Download PDF" → file, cold / warm   1.5 s / 300 ms       printed (median of 5)
//   step change: Next pressed → next step's heading focused, each step   printed (median)
//   typing on the pitch step, key press → next paint (Event Timing), p50 / p75 / max, side by
//   side with the floor's bare textarea                 budget p75 < 50 ms   printed
//   Lighthouse, mobile, median of 3: performance ≥95, accessibility 100, best practices 100,
//   SEO ≥90, Total Blocking Time < 100 ms
//                                        accessibility asserted, the others printed
//   the pitch coach (scripts/bench-coach.mjs)                printed
//
// Side by side with the floor (scripts/floor/, built by scripts/build-floor.mjs into a temporary
// folder): the first screen's size and "Download PDF" cold and warm, measured in the same run
// (the PDF interleaved, app then floor), each printed with its ratio. Every figure is written to
// test-results/bench.json.
//
// Options: --only=bundle,engine,pdf,steps,typing,lighthouse,coach   --runs=5   --lighthouse-runs=3
//          --dist=<built folder>
// (without --dist the app is built into a temporary folder). Exits 1 when an asserted budget
// is broken. The Lighthouse report is saved as test-results/lighthouse.html.
/* global window, document, Element, HTMLAnchorElement -- in callbacks that run in the page */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { buildFloor } from './build-floor.mjs'
import { buildIntoTemp } from './build-into-temp.mjs'
import {
  BUDGET as FIRST_SCREEN_BUDGET,
  firstScreenFiles,
  gzipSize,
  kb,
  reportBundle,
} from './bundle-budget.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const RESULTS = join(ROOT, 'test-results')

const argv = process.argv.slice(2)
const option = (name, fallback) => {
  const hit = argv.find((a) => a.startsWith(`--${name}=`))
  return hit ? hit.slice(name.length + 3) : fallback
}
const ALL = ['bundle', 'engine', 'pdf', 'steps', 'typing', 'lighthouse', 'coach']
const only = new Set(option('only', ALL.join(',')).split(','))
for (const part of only)
  if (!ALL.includes(part)) throw new Error(`--only: unknown part "${part}" (${ALL.join(', ')})`)
const RUNS = Number(option('runs', '5'))
const LIGHTHOUSE_RUNS = Number(option('lighthouse-runs', '3'))

/** The first screen's JS+CSS gzip, at most this many times the floor's (scripts/floor/). */
const FIRST_SCREEN_RATIO_BUDGET = 1.3
const COLD_BUDGET_MS = 1500
const WARM_BUDGET_MS = 300
const LIGHTHOUSE_BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 90 }

/** Budgets, for the summary at the end: [name, figure, budget, verdict, asserted]. */
const summary = []
/** Every figure, written to test-results/bench.json so runs can be compared. */
const figures = { date: new Date().toISOString(), runs: RUNS }
let failed = false
function record(name, figure, budget, ok, asserted) {
  summary.push([name, figure, budget, ok ? 'OK' : 'MISSED', asserted ? 'asserted' : 'printed'])
  if (!ok && asserted) failed = true
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const ms = (value) => `${Math.round(value)} ms`
/** The nearest-rank percentile. */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
}

// Typing: keys typed at the end of the 30-second pitch, at a person's uneven pace (some pauses
// longer than the coach's 250 ms debounce, so it reviews while the person types on).
const TYPING_KEYS = 60
const TYPED = 'and then we met again '
const TYPING_PAUSES_MS = [90, 140, 110, 320, 100, 180, 120, 400]
/** A long pitch, told as a person would (the same sentences over and over). */
const LONG_TEXT = Array.from(
  { length: 40 },
  () =>
    'I work on a world where every child who loves numbers finds someone who says: keep going. ' +
    'My daughter asked me why her name gets stuck, and I had no answer. ' +
    'Do you know what it feels like when nobody listens? ',
).join('')
/** The pitch step's fields and how much each is filled: the coach's field is typed to the limit. */
const PITCH_FIELDS = [
  ['10-second hook', 2000],
  ['30-second pitch', 2000 - TYPING_KEYS],
  ['One-minute story', 2000],
  ['One sentence why', 2000],
  ['The invitation, once they lean in', 2000],
]

// ---------------------------------------------------------------------------------------------
// The build

let dist = option('dist', '')
let temporary = null
if (!dist) {
  temporary = buildIntoTemp('bench')
  dist = temporary
}
process.env.E2E_DIST = dist

// The floor: a bare React 19 page built with the same Vite, whose one button downloads a one-page
// A6 react-pdf card in Helvetica, the engine loaded on demand (scripts/floor/). The app's figures
// are printed with their ratio to the floor's, measured in the same run.
const floorDist =
  only.has('bundle') || only.has('pdf') || only.has('typing') ? await buildFloor() : null
const cleanUp = () => {
  if (temporary) rmSync(temporary, { recursive: true, force: true })
  if (floorDist) rmSync(floorDist, { recursive: true, force: true })
}
/** "1.32× the floor" */
const ratio = (app, floor) => `${(app / floor).toFixed(2)}×`

// Imported after E2E_DIST is set: the static server serves it by default.
const { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser } =
  await import('../tests/e2e/support/browser.mjs')
const { startStaticServer } = await import('../tests/e2e/support/static-server.mjs')
const { STEPS, field, openApp, waitForStep, walkJourney } =
  await import('../tests/e2e/support/journey.mjs')

/** The PDF engine: the lazily imported render-card-pdf chunk and the files it references (fonts). */
function pdfEngineFiles() {
  const assets = readdirSync(join(dist, 'assets'))
  const chunk = assets.find((f) => /^render-card-pdf-.*\.js$/.test(f))
  if (!chunk)
    throw new Error('No render-card-pdf-*.js chunk in the build: has the PDF module been renamed?')
  const code = readFileSync(join(dist, 'assets', chunk), 'utf8')
  const referenced = [
    ...code.matchAll(/new URL\(\s*[`'"]([^`'"]+)[`'"]\s*,\s*import\.meta\.url\)/g),
  ]
    .map((m) => m[1].replace(/^\.\//, ''))
    .filter((f) => assets.includes(f))
  return { chunk: `assets/${chunk}`, assets: [...new Set(referenced)].map((f) => `assets/${f}`) }
}

const server = await startStaticServer({ compress: true })
const floorServer = floorDist ? await startStaticServer({ root: floorDist, compress: true }) : null
/** A chunk and every chunk it imports statically (what loading it fetches). */
function staticClosure(dist, start) {
  const seen = new Set()
  const queue = [start]
  while (queue.length > 0) {
    const file = queue.shift()
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(join(dist, file), 'utf8')
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    ))
      queue.push(`assets/${m[1]}`)
  }
  return seen
}

let browser
try {
  // -------------------------------------------------------------------------------------------
  if (only.has('bundle')) {
    console.log('\n== First screen, JS and CSS (gzip)')
    const total = reportBundle(dist)
    const floorFiles = [...firstScreenFiles(floorDist)]
    const floorTotal = floorFiles.reduce((sum, f) => sum + gzipSize(floorDist, f), 0)
    console.log(
      `  floor: first screen ${floorTotal} bytes gzip (${kb(floorTotal)}, ${floorFiles.length} files)`,
    )
    console.log(
      `bundle: first screen ${kb(total)} vs the floor's ${kb(floorTotal)}: ${ratio(total, floorTotal)}`,
    )
    figures.firstScreenGzip = {
      app: total,
      floor: floorTotal,
      ratio: Number((total / floorTotal).toFixed(3)),
    }
    record(
      'first screen JS+CSS gzip',
      kb(total),
      `≤ ${kb(FIRST_SCREEN_BUDGET)}`,
      total <= FIRST_SCREEN_BUDGET,
      true,
    )
    record(
      'first screen JS+CSS gzip, ratio to the floor',
      `${ratio(total, floorTotal)} (${kb(total)} / ${kb(floorTotal)})`,
      `≤ ${FIRST_SCREEN_RATIO_BUDGET.toFixed(2)}×`,
      total <= FIRST_SCREEN_RATIO_BUDGET * floorTotal,
      true,
    )
    // The pitch step with what it loads: its own chunk and its static imports (the composer and
    // the language library), none of which may be on the first screen.
    const pitchChunk = readdirSync(join(dist, 'assets')).find((f) => /^pitch-step-.*\.js$/.test(f))
    if (pitchChunk) {
      const first = firstScreenFiles(dist)
      const withImports = staticClosure(dist, `assets/${pitchChunk}`)
      const extra = [...withImports].filter((f) => !first.has(f))
      const bytes = extra.reduce((sum, f) => sum + gzipSize(dist, f), 0)
      console.log(
        `  pitch step with the composer and language library: ${kb(bytes)} gzip (${extra.length} files, loaded on demand)`,
      )
      record('pitch step chunk with language library', kb(bytes), 'printed', true, false)
    }
  }

  if (only.has('engine') || only.has('pdf') || only.has('steps') || only.has('typing'))
    browser = await launchBrowser()

  // -------------------------------------------------------------------------------------------
  if (only.has('engine')) {
    console.log('\n== PDF engine')
    const engine = pdfEngineFiles()
    const chunkBytes = gzipSize(dist, engine.chunk)
    const fontBytes = engine.assets.reduce((sum, f) => sum + gzipSize(dist, f), 0)
    console.log(`  ${engine.chunk.padEnd(48)} ${kb(chunkBytes).padStart(10)} gzip`)
    console.log(`  + ${engine.assets.length} font files it loads on demand: ${kb(fontBytes)} gzip`)
    record('PDF engine chunk gzip', kb(chunkBytes), 'lazy', true, false)

    // The first screen in Chromium: what it fetches, once the page is loaded and idle.
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } })
    const page = await context.newPage()
    const fetched = []
    page.on('requestfinished', (request) =>
      fetched.push(new URL(request.url()).pathname.replace(/^\//, '')),
    )
    await openApp(page, server.url)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(2000)
    await context.close()
    const engineFiles = new Set([engine.chunk, ...engine.assets])
    const engineLoaded = fetched.filter((f) => engineFiles.has(f))
    const engineBytes = engineLoaded.reduce((sum, f) => sum + gzipSize(dist, f), 0)
    const code = fetched.filter((f) => /\.(js|css)$/.test(f))
    const codeBytes = code.reduce((sum, f) => sum + gzipSize(dist, f), 0)
    console.log(
      `  first screen in Chromium fetched ${fetched.length} files; JS+CSS ${code.length} files, ${kb(codeBytes)} gzip`,
    )
    console.log(
      `    (includes the next step, prefetched while the first is shown: ${code.join(', ')})`,
    )
    console.log(
      `  PDF engine bytes in the first screen's load: ${engineBytes}${engineLoaded.length ? ` (${engineLoaded.join(', ')})` : ''}`,
    )
    figures.engine = {
      chunkGzip: chunkBytes,
      fontsGzip: fontBytes,
      firstLoadJsCssGzip: codeBytes,
      bytesInFirstLoad: engineBytes,
    }
    record(
      'PDF engine in first screen load',
      `${engineBytes} bytes`,
      '0 bytes',
      engineBytes === 0,
      true,
    )
  }

  // -------------------------------------------------------------------------------------------
  if (only.has('pdf')) {
    console.log(
      `\n== "Download PDF" to the file, ${RUNS} runs, each in a fresh browser context, the app and the floor interleaved`,
    )
    // In the page: from the click on the button to the PDF handed to the browser as a file (the
    // app saves through a link with `download`); Playwright's download event adds ~50-100 ms.
    const markClicks = () => {
      window.__pdfMarks = []
      document.addEventListener(
        'click',
        (event) => {
          if (
            event.target instanceof Element &&
            event.target.closest('button')?.textContent?.includes('Download PDF')
          ) {
            window.__pdfMarks.push(['click', performance.now()])
          }
        },
        true,
      )
      const click = HTMLAnchorElement.prototype.click
      HTMLAnchorElement.prototype.click = function () {
        if (this.download) window.__pdfMarks.push(['file', performance.now()])
        return click.call(this)
      }
    }
    const clickToFile = async (page) => {
      const button = page.getByRole('button', { name: 'Download PDF' })
      await button.waitFor()
      const download = page.waitForEvent('download', { timeout: 30_000 })
      const start = performance.now()
      await button.click()
      const file = await download
      const outside = performance.now() - start
      await file.path()
      await page.getByRole('status').filter({ hasText: 'Your PDF is ready' }).waitFor()
      const marks = await page.evaluate(() => window.__pdfMarks.splice(0))
      const clicked = marks.find(([kind]) => kind === 'click')?.[1]
      const saved = marks.find(([kind]) => kind === 'file')?.[1]
      return {
        inPage: clicked !== undefined && saved !== undefined ? saved - clicked : outside,
        outside,
      }
    }
    const toCard = async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        acceptDownloads: true,
      })
      await context.addInitScript(markClicks)
      const page = await context.newPage()
      await openApp(page, server.url)
      await walkJourney(page)
      await waitForStep(page, 'card')
      return { context, page }
    }
    const toFloor = async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        acceptDownloads: true,
      })
      await context.addInitScript(markClicks)
      const page = await context.newPage()
      await page.goto(floorServer.url)
      return { context, page }
    }
    const app = { cold: [], warm: [], afterWarmUp: [], toEvent: { cold: [], warm: [] } }
    const floor = { cold: [], warm: [], toEvent: { cold: [], warm: [] } }
    console.log(
      '  cold: a fresh context, clicked as soon as the card (the floor: its button) shows, engine load included;',
    )
    console.log(
      '  warm: the second click; after the idle warm-up (the app only): a fresh context, clicked once the card step has preloaded the engine',
    )
    for (let run = 1; run <= RUNS; run++) {
      // The app. Cold: the engine has never loaded in this context; click as soon as the card shows.
      let { context, page } = await toCard()
      const c = await clickToFile(page)
      const w = await clickToFile(page)
      await context.close()
      // A person who reads the preview first: the card step warms the engine while idle.
      ;({ context, page } = await toCard())
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(1500)
      const a = await clickToFile(page)
      await context.close()
      app.cold.push(c.inPage)
      app.warm.push(w.inPage)
      app.afterWarmUp.push(a.inPage)
      app.toEvent.cold.push(c.outside)
      app.toEvent.warm.push(w.outside)
      // The floor, in the same browser, right after.
      ;({ context, page } = await toFloor())
      const fc = await clickToFile(page)
      const fw = await clickToFile(page)
      await context.close()
      floor.cold.push(fc.inPage)
      floor.warm.push(fw.inPage)
      floor.toEvent.cold.push(fc.outside)
      floor.toEvent.warm.push(fw.outside)
      console.log(
        `  run ${run}: app cold ${ms(c.inPage)}, warm ${ms(w.inPage)}, cold after the idle warm-up ${ms(a.inPage)}   (to the download event: ${ms(c.outside)}, ${ms(w.outside)}, ${ms(a.outside)})`,
      )
      console.log(
        `         floor cold ${ms(fc.inPage)}, warm ${ms(fw.inPage)}   (to the download event: ${ms(fc.outside)}, ${ms(fw.outside)})`,
      )
    }
    const medians = (side) =>
      Object.fromEntries(
        Object.entries(side)
          .filter(([, values]) => Array.isArray(values))
          .map(([kind, values]) => [kind, Math.round(median(values))]),
      )
    const appMedian = medians(app)
    const floorMedian = medians(floor)
    console.log(
      `  to Playwright's download event: app cold median ${ms(median(app.toEvent.cold))}, warm median ${ms(median(app.toEvent.warm))}; floor ${ms(median(floor.toEvent.cold))}, ${ms(median(floor.toEvent.warm))}`,
    )
    console.log(
      `pdf: cold median ${ms(appMedian.cold)} vs the floor's ${ms(floorMedian.cold)}: ${ratio(appMedian.cold, floorMedian.cold)} (budget ${ms(COLD_BUDGET_MS)})`,
    )
    console.log(
      `pdf: warm median ${ms(appMedian.warm)} vs the floor's ${ms(floorMedian.warm)}: ${ratio(appMedian.warm, floorMedian.warm)} (budget ${ms(WARM_BUDGET_MS)})`,
    )
    console.log(`pdf: app after the idle warm-up, median ${ms(appMedian.afterWarmUp)}`)
    figures.pdf = {
      app: { ...app, median: appMedian },
      floor: { ...floor, median: floorMedian },
      ratio: {
        cold: Number((appMedian.cold / floorMedian.cold).toFixed(2)),
        warm: Number((appMedian.warm / floorMedian.warm).toFixed(2)),
      },
    }
    record(
      'Download PDF, cold (median)',
      `${ms(appMedian.cold)}, ${ratio(appMedian.cold, floorMedian.cold)} the floor's ${ms(floorMedian.cold)}`,
      `≤ ${ms(COLD_BUDGET_MS)}`,
      appMedian.cold <= COLD_BUDGET_MS,
      false,
    )
    record(
      'Download PDF, warm (median)',
      `${ms(appMedian.warm)}, ${ratio(appMedian.warm, floorMedian.warm)} the floor's ${ms(floorMedian.warm)}`,
      `≤ ${ms(WARM_BUDGET_MS)}`,
      appMedian.warm <= WARM_BUDGET_MS,
      false,
    )
  }

  // -------------------------------------------------------------------------------------------
  if (only.has('steps')) {
    console.log(
      `\n== Step changes: Next pressed to the next step's heading focused, ${RUNS} journeys, each in a fresh context`,
    )
    // In the page: the click on Next (or Begin) and the heading's focus, on the page's clock.
    const markSteps = () => {
      window.__stepMarks = []
      document.addEventListener(
        'click',
        (event) => {
          const button = event.target instanceof Element ? event.target.closest('button') : null
          if (button && /^(Begin|Continue with my draft|Next)$/.test(button.textContent.trim()))
            window.__stepMarks.push(['next', performance.now(), ''])
        },
        true,
      )
      document.addEventListener(
        'focusin',
        (event) => {
          if (event.target instanceof Element && event.target.id === 'step-heading')
            window.__stepMarks.push(['focus', performance.now(), event.target.textContent.trim()])
        },
        true,
      )
    }
    /** step id → [ms per journey] */
    const perStep = {}
    for (let run = 1; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      await context.addInitScript(markSteps)
      const page = await context.newPage()
      await openApp(page, server.url)
      // A person reads each step before pressing Next: the app prefetches the next one meanwhile.
      await walkJourney(page, {
        onStep: () => page.waitForLoadState('networkidle').then(() => page.waitForTimeout(300)),
      })
      await waitForStep(page, 'card')
      const marks = await page.evaluate(() => window.__stepMarks)
      await context.close()
      const line = []
      let pressed = null
      for (const [kind, at, title] of marks) {
        if (kind === 'next') pressed = at
        else if (pressed !== null) {
          const id = STEPS.find((step) => step.title === title)?.id ?? title
          ;(perStep[id] ??= []).push(at - pressed)
          line.push(`${id} ${ms(at - pressed)}`)
          pressed = null
        }
      }
      console.log(`  run ${run}: ${line.join(', ')}`)
    }
    figures.steps = {}
    const medians = Object.entries(perStep).map(([id, values]) => [id, median(values)])
    for (const [id, value] of medians) figures.steps[id] = { values: perStep[id], median: value }
    console.log(`steps: median to focus, ${medians.map(([id, v]) => `${id} ${ms(v)}`).join(', ')}`)
    const slowest = medians.reduce((a, b) => (b[1] > a[1] ? b : a), ['none', 0])
    record(
      'step change, Next to heading focus (slowest median)',
      `${ms(slowest[1])} (${slowest[0]})`,
      '< 100 ms',
      slowest[1] < 100,
      false,
    )
  }

  // -------------------------------------------------------------------------------------------
  if (only.has('typing')) {
    console.log(
      `\n== Typing on the pitch step: key press to the next paint (Event Timing), ${TYPING_KEYS} keys a run, ${RUNS} runs, the app and the floor interleaved`,
    )
    // In the page: every key interaction's Event Timing entries (keydown, keypress, input) with
    // an interactionId, longest entry per interaction (what INP counts for one key press).
    // Chromium reports only entries of 16 ms or more: a key with none counts as 16 ms.
    const observeTyping = () => {
      window.__typing = { entries: [], keys: 0 }
      document.addEventListener('keydown', () => window.__typing.keys++, true)
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.interactionId > 0 && /^(keydown|keypress|input)$/.test(entry.name))
            window.__typing.entries.push([entry.interactionId, entry.duration])
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true })
    }
    const typeAndMeasure = async (page, textarea) => {
      await textarea.click()
      await page.keyboard.press('Control+End')
      // Let the coach review the full text, then measure only the keys typed from here.
      await page.waitForTimeout(600)
      await page.evaluate(() => {
        window.__typing.entries = []
        window.__typing.keys = 0
      })
      for (let i = 0; i < TYPING_KEYS; i++) {
        await page.keyboard.press(TYPED[i % TYPED.length])
        await page.waitForTimeout(TYPING_PAUSES_MS[i % TYPING_PAUSES_MS.length])
      }
      await page.waitForTimeout(500)
      const { entries, keys } = await page.evaluate(() => window.__typing)
      const byInteraction = new Map()
      for (const [id, duration] of entries)
        byInteraction.set(id, Math.max(byInteraction.get(id) ?? 0, duration))
      const durations = [...byInteraction.values()]
      while (durations.length < keys) durations.push(16)
      return durations
    }
    const app = []
    const floor = []
    let appWords = 0
    for (let run = 1; run <= RUNS; run++) {
      let context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      await context.addInitScript(observeTyping)
      let page = await context.newPage()
      await openApp(page, server.url)
      await walkJourney(page, { until: 'pitch' })
      // Every part of the pitch as long as the field takes (2,000 characters); the 30-second
      // pitch, which the coach reviews, starts TYPING_KEYS short of it so every key lands.
      for (const [label, length] of PITCH_FIELDS)
        await field(page, label).fill(LONG_TEXT.slice(0, length).trimEnd())
      appWords = await page.evaluate(() =>
        [...document.querySelectorAll('textarea')]
          .map((t) => t.value.split(/\s+/).filter(Boolean).length)
          .reduce((a, b) => a + b, 0),
      )
      const a = await typeAndMeasure(page, field(page, '30-second pitch'))
      await context.close()
      context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      await context.addInitScript(observeTyping)
      page = await context.newPage()
      await page.goto(`${floorServer.url}typing/`)
      const textarea = page.getByRole('textbox', { name: '30-second pitch' })
      await textarea.fill(LONG_TEXT.slice(0, 2000 - TYPING_KEYS).trimEnd())
      const f = await typeAndMeasure(page, textarea)
      await context.close()
      app.push(...a)
      floor.push(...f)
      console.log(
        `  run ${run}: app p50 ${ms(percentile(a, 50))}, p75 ${ms(percentile(a, 75))}, max ${ms(Math.max(...a))} (${a.length} keys)   floor p50 ${ms(percentile(f, 50))}, p75 ${ms(percentile(f, 75))}, max ${ms(Math.max(...f))} (${f.length} keys)`,
      )
    }
    const stats = (values) => ({
      keys: values.length,
      p50: percentile(values, 50),
      p75: percentile(values, 75),
      max: Math.max(...values),
    })
    figures.typing = {
      words: appWords,
      app: { ...stats(app), values: app },
      floor: { ...stats(floor), values: floor },
    }
    const { app: A, floor: F } = figures.typing
    console.log(
      `typing: the pitch step with ${appWords} words in its fields, the coach on: p50 ${ms(A.p50)}, p75 ${ms(A.p75)}, max ${ms(A.max)}; the floor's textarea p50 ${ms(F.p50)}, p75 ${ms(F.p75)}, max ${ms(F.max)}; p75 ratio ${ratio(A.p75, F.p75)}`,
    )
    record(
      'typing on the pitch step, key to next paint (p75)',
      `${ms(A.p75)}, ${ratio(A.p75, F.p75)} the floor's ${ms(F.p75)}`,
      '< 50 ms',
      A.p75 < 50,
      false,
    )
  }

  if (browser) {
    await browser.close()
    browser = undefined
  }

  // -------------------------------------------------------------------------------------------
  if (only.has('lighthouse')) {
    console.log('\n== Lighthouse (mobile profile, simulated throttling) on the first screen')
    process.env.CHROME_PATH = CHROMIUM_PATH
    const { default: lighthouse } = await import('lighthouse')
    const chromeLauncher = await import('chrome-launcher')
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: [...new Set(['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS])],
    })
    try {
      const metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ]
      const runs = []
      for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
        const result = await lighthouse(server.url, {
          port: chrome.port,
          output: 'html',
          logLevel: 'error',
          onlyCategories: Object.keys(LIGHTHOUSE_BUDGETS),
        })
        if (!result) throw new Error('Lighthouse returned no result')
        const { runtimeError } = result.lhr
        if (runtimeError)
          throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`)
        runs.push(result)
        const { categories, audits } = result.lhr
        console.log(
          `  run ${run}: performance ${Math.round((categories.performance.score ?? 0) * 100)}, ${metrics.map((m) => `${audits[m].title} ${audits[m].displayValue}`).join(', ')}`,
        )
      }
      const score = (result, id) => Math.round((result.lhr.categories[id].score ?? 0) * 100)
      // The run with the median performance score: its report is saved and its audits listed.
      const middle = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[
        Math.floor(runs.length / 2)
      ]
      mkdirSync(RESULTS, { recursive: true })
      writeFileSync(join(RESULTS, 'lighthouse.html'), middle.report)
      const { categories, audits } = middle.lhr
      figures.lighthouse = {
        runs: runs.length,
        scores: {},
        metrics: {},
        perRun: runs.map((r) => ({
          scores: Object.fromEntries(
            Object.keys(LIGHTHOUSE_BUDGETS).map((id) => [id, score(r, id)]),
          ),
          metrics: Object.fromEntries(metrics.map((m) => [m, r.lhr.audits[m].numericValue])),
        })),
      }
      console.log(`  median of ${runs.length} runs:`)
      for (const [id, budget] of Object.entries(LIGHTHOUSE_BUDGETS)) {
        const category = categories[id]
        const value = median(runs.map((r) => score(r, id)))
        figures.lighthouse.scores[id] = value
        const ok = value >= budget
        console.log(
          `lighthouse: ${category.title.padEnd(16)} ${String(value).padStart(3)} (budget ${budget === 100 ? '100' : `≥ ${budget}`}, median of ${runs.length}) ${ok ? 'OK' : 'BELOW BUDGET'}`,
        )
        // Say what costs points, so a low score comes with its reasons.
        for (const ref of category.auditRefs) {
          const audit = audits[ref.id]
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            console.log(
              `    - ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''} (score ${audit.score})`,
            )
          }
        }
        record(
          `Lighthouse ${category.title} (median of ${runs.length})`,
          String(value),
          budget === 100 ? '100' : `≥ ${budget}`,
          ok,
          id === 'accessibility',
        )
      }
      for (const m of metrics)
        figures.lighthouse.metrics[m] = median(runs.map((r) => r.lhr.audits[m].numericValue))
      const tbt = figures.lighthouse.metrics['total-blocking-time']
      console.log(
        `    metrics, median: ${metrics.map((m) => `${audits[m].title} ${m === 'cumulative-layout-shift' ? figures.lighthouse.metrics[m].toFixed(3) : ms(figures.lighthouse.metrics[m])}`).join(', ')}`,
      )
      record('Lighthouse Total Blocking Time (median)', ms(tbt), '< 100 ms', tbt < 100, false)
      console.log('    report (the median run): test-results/lighthouse.html')
    } finally {
      await chrome.kill()
    }
  }
} finally {
  await browser?.close()
  await server.close()
  await floorServer?.close()
}

// ---------------------------------------------------------------------------------------------
if (only.has('coach')) {
  console.log('\n== The pitch coach')
  const coach = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench-coach.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  process.stdout.write(coach.stdout)
  process.stderr.write(coach.stderr)
  const line = coach.stdout.match(/median ([\d.]+) ms \(budget (\d+) ms\)/)
  record(
    'pitch coach, 10,000 words (median)',
    line ? `${line[1]} ms` : 'n/a',
    line ? `≤ ${line[2]} ms` : 'n/a',
    coach.status === 0,
    false,
  )
  figures.coach = { tenThousandWordsMedianMs: line ? Number(line[1]) : null }
  const compose = coach.stdout.match(
    /compose one answer set median ([\d.]+) ms \(budget (\d+) ms\)/,
  )
  figures.coach.composeMedianMs = compose ? Number(compose[1]) : null
  // The pass before it, while the engine still compiles the composer: no budget, printed so the
  // cost of a page's first compositions is seen too.
  const firstPass = coach.stdout.match(/first pass, engine still compiling, median ([\d.]+) ms/)
  figures.coach.composeFirstPassMedianMs = firstPass ? Number(firstPass[1]) : null
  record(
    'composer, first pass while the engine compiles (median)',
    firstPass ? `${firstPass[1]} ms` : 'n/a',
    'no budget',
    firstPass !== null,
    false,
  )
  record(
    'composer, one answer set (median)',
    compose ? `${compose[1]} ms` : 'n/a',
    compose ? `≤ ${compose[2]} ms` : 'n/a',
    compose !== null && Number(compose[1]) <= Number(compose[2]),
    false,
  )
}

cleanUp()

console.log('\n== Budgets')
const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...summary.map((row) => row[i].length)))
for (const row of summary)
  console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`)
console.log(`bench: ${failed ? 'an asserted budget is broken' : 'every asserted budget holds'}`)
figures.budgets = summary.map(([name, figure, budget, verdict, kind]) => ({
  name,
  figure,
  budget,
  verdict,
  kind,
}))
figures.failed = failed
mkdirSync(RESULTS, { recursive: true })
writeFileSync(join(RESULTS, 'bench.json'), `${JSON.stringify(figures, null, 2)}\n`)
console.log('bench: every figure in test-results/bench.json')
process.exit(failed ? 1 : 0)
