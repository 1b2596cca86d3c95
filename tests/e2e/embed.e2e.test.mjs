// Course-page embeds in real Chromium: a host page on one origin (127.0.0.1) embeds the built
// app from another (localhost), through embed.js or a plain sandboxed iframe.
// Run after a build: npx vite build && node --test tests/e2e/embed.e2e.test.mjs
// Callbacks passed to evaluate() run in the browser, hence these globals.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { CHROMIUM_ARGS, launchBrowser } from './support/browser.mjs'
import { WORKED_EXAMPLE } from './support/journey.mjs'
import { startStaticServer } from './support/static-server.mjs'

const TIMEOUT = 120_000

// Every answer typed in the journey (none may appear in a message without share=pitch) is the
// product notes' worked example, shared with the other browser tests.
const ANSWERS = WORKED_EXAMPLE
const ANSWER_WORDS = [
  'Lovelace',
  'degrees',
  'college',
  'electronics',
  'capable',
  'write people off',
  'hired',
  'prove ourselves',
  'potential',
]

// Playwright turns Chrome's third-party storage partitioning off (playwright #32230); Chromium
// then denies localStorage to every cross-site frame, which real Chrome does not. The last
// --disable-features wins, so this repeats Playwright's list without ThirdPartyStoragePartitioning.
const REAL_CHROME_STORAGE =
  '--disable-features=' +
  [
    'AvoidUnnecessaryBeforeUnloadCheckSync',
    'DestroyProfileOnBrowserClose',
    'HttpsUpgrades',
    'HttpsFirstBalancedModeAutoEnable',
    'LensOverlay',
    'MediaRouter',
    'PaintHolding',
    'AvoidCorsURLLoaderRestartOnRedirect',
    'OptimizationHints',
    'NetworkTimeServiceQuerying',
    'AimEnabled',
    'PreconnectToSearch',
  ].join(',')

let app
let sandboxedApp
let host
let browser

// Records, in the host page, every message a frame posts and every DOM event embed.js fires.
const COLLECTOR = `
window.__messages = []
window.__events = []
window.addEventListener('message', (event) => {
  window.__messages.push({ origin: event.origin, data: event.data })
})
for (const type of ['ready', 'resize', 'step', 'complete']) {
  document.addEventListener('why-card:' + type, (event) => {
    window.__events.push({ ns: event.target.getAttribute('data-ns'), type, detail: event.detail })
  })
}
`

function hostPage(body, appOrigin) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title><link rel="icon" href="data:,">
<script src="/collector.js"></script></head>
<body><h1>Lesson</h1>${body}
<script src="${appOrigin}/embed.js"></script></body></html>`
}

before(async () => {
  app = await startStaticServer({ host: 'localhost' })
  // Without allow-same-origin the frame's origin is opaque, so its module scripts are
  // cross-origin requests and need CORS.
  sandboxedApp = await startStaticServer({
    host: 'localhost',
    headers: { 'Access-Control-Allow-Origin': '*' },
  })
  const routes = {
    '/collector.js': { type: 'text/javascript', body: COLLECTOR },
    '/course.html': {
      body: hostPage(
        '<div data-why-card data-ns="e2e-course" data-height="600"></div>',
        app.origin,
      ),
    },
    '/shared.html': {
      body: hostPage(
        '<div data-why-card data-ns="e2e-shared" data-share="pitch" data-accent="#7a3b9c"></div>',
        app.origin,
      ),
    },
    '/two.html': {
      body: hostPage(
        `<div data-why-card data-ns="e2e-left" data-accent="bogus" data-height="500"></div>
         <div data-why-card data-ns="e2e-right" data-situation="job" data-height="500"></div>`,
        app.origin,
      ),
    },
  }
  host = await startStaticServer({ host: '127.0.0.1', routes })
  const sandboxed = `<iframe title="Why Card" style="width:100%;height:900px;border:0"
    sandbox="allow-scripts allow-forms allow-popups allow-modals allow-downloads"
    src="${sandboxedApp.origin}/?embed=1&ns=e2e-sandbox&origin=${encodeURIComponent(host.origin)}"></iframe>`
  routes['/sandboxed.html'] = { body: hostPage(sandboxed, app.origin) }
  browser = await launchBrowser({ args: [...CHROMIUM_ARGS, REAL_CHROME_STORAGE] })
})

after(async () => {
  await browser?.close()
  await Promise.all([app?.close(), sandboxedApp?.close(), host?.close()])
})

async function openHostPage(path, viewport = { width: 1000, height: 800 }) {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  const consoleLines = []
  page.on('console', (message) =>
    consoleLines.push({ type: message.type(), text: message.text(), url: message.location().url }),
  )
  page.on('pageerror', (error) => consoleLines.push({ type: 'pageerror', text: String(error) }))
  await page.goto(host.origin + path)
  return { context, page, consoleLines }
}

async function waitFor(check, what, timeout = 5000) {
  const end = Date.now() + timeout
  let last
  while (Date.now() < end) {
    last = await check()
    if (last === true) return
    await new Promise((ok) => setTimeout(ok, 50))
  }
  assert.fail(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`)
}

async function frameOf(page, index = 0) {
  const handle = await page.locator('iframe').nth(index).elementHandle()
  await handle.scrollIntoViewIfNeeded()
  return handle.contentFrame()
}

async function expectStep(frame, n) {
  try {
    await frame.getByText(new RegExp(`Step ${n} of 9`)).waitFor()
  } catch (error) {
    // Say what the frame showed instead, so a failure on another machine can be read from its log.
    const shown = await frame
      .locator('body')
      .innerText({ timeout: 2000 })
      .catch((e) => `(unreadable: ${e.message})`)
    throw new Error(`${error.message}\nThe frame showed instead:\n${shown.slice(0, 600)}`, {
      cause: error,
    })
  }
  // Steps load lazily: wait for the step itself, not the "Loading…" placeholder.
  await frame.locator('main #step-heading').waitFor()
}

/**
 * Waits until no frame on the host page moves or resizes and the page does not scroll for a
 * quarter of a second: one frame's resize, or the focus its new step takes, moves the frames
 * below it, and a click aimed at a moving button lands beside it.
 */
async function waitForStillLayout(page) {
  let last = ''
  let stillSince = Date.now()
  const end = Date.now() + 5000
  while (Date.now() < end) {
    const layout = await page.evaluate(() =>
      JSON.stringify([
        scrollY,
        [...document.querySelectorAll('iframe')].map((f) => {
          const { top, height } = f.getBoundingClientRect()
          return [Math.round(top), Math.round(height)]
        }),
      ]),
    )
    if (layout !== last) {
      last = layout
      stillSince = Date.now()
    } else if (Date.now() - stillSince >= 250) return
    await new Promise((ok) => setTimeout(ok, 25))
  }
}

async function clickNext(frame) {
  await frame.getByRole('button', { name: /^(next|begin|continue with my draft)$/i }).click()
}

/** The worked example from the product notes, step by step; `atEachStep(n)` runs on every step. */
async function walkJourney(frame, atEachStep = async () => {}) {
  await expectStep(frame, 1)
  await atEachStep(1)
  await frame.getByRole('radio', { name: /starting a cause/i }).check()
  await frame.getByLabel(/your name/i).fill(ANSWERS.name)
  await clickNext(frame)

  await expectStep(frame, 2)
  await atEachStep(2)
  await frame.getByLabel(/the problem you care about/i).fill(ANSWERS.problem)
  await frame.getByLabel(/who lives with it/i).fill(ANSWERS.affected)
  await clickNext(frame)

  await expectStep(frame, 3)
  await atEachStep(3)
  await frame.getByLabel(/the moment it became personal/i).fill(ANSWERS.spark)
  await clickNext(frame)

  await expectStep(frame, 4)
  await atEachStep(4)
  await frame.getByLabel(/what you believe/i).fill(ANSWERS.belief)
  await frame.getByLabel(/the mistake/i).fill(ANSWERS.mistake)
  await clickNext(frame)

  await expectStep(frame, 5)
  await atEachStep(5)
  await frame.getByLabel(/^what would be different/i).fill(ANSWERS.betterWorld)
  await clickNext(frame)

  await expectStep(frame, 6)
  await atEachStep(6)
  await frame.getByRole('radio', { name: /narrowing in on a solution/i }).check()
  await frame.getByRole('checkbox', { name: /partners to build it with/i }).check()
  await clickNext(frame)

  await expectStep(frame, 7)
  await atEachStep(7)
  await frame.getByLabel(/the universal thread/i).fill(ANSWERS.theme)
  await frame.getByLabel(/your core word/i).fill(ANSWERS.coreWord)
  await clickNext(frame)

  await expectStep(frame, 8)
  await atEachStep(8)
  await clickNext(frame)

  await expectStep(frame, 9)
  await frame.getByRole('heading', { level: 2, name: /your conversation card/i }).waitFor()
  await atEachStep(9)
}

/** The frame is exactly as tall as its content: nothing hidden behind an inner scrollbar, no gap. */
async function expectFrameFitsContent(page, frame, index = 0) {
  let sizes
  await waitFor(async () => {
    const outer = await page
      .locator('iframe')
      .nth(index)
      .evaluate((el) => el.getBoundingClientRect().height)
    const inner = await frame.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      clientHeight: document.documentElement.clientHeight,
      content: document.documentElement.getBoundingClientRect().height,
    }))
    sizes = { outer, ...inner }
    return (
      (inner.scrollHeight <= inner.clientHeight &&
        Math.abs(outer - inner.clientHeight) <= 1 &&
        Math.abs(inner.clientHeight - Math.ceil(inner.content)) <= 1) ||
      sizes
    )
  }, 'the frame to fit its content')
  return sizes.outer
}

function whyCardMessages(messages) {
  return messages.filter((m) => m.data && m.data.source === 'why-card')
}

test(
  'the frame follows its content on every step, and ready, step and complete arrive in order without answer text',
  { timeout: TIMEOUT },
  async () => {
    const { context, page, consoleLines } = await openHostPage('/course.html')
    const frame = await frameOf(page)
    const heights = []
    await walkJourney(frame, async () => heights.push(await expectFrameFitsContent(page, frame)))

    // It grows and shrinks: steps differ in height, and the frame is never left at the coach's 600 px.
    assert.ok(new Set(heights).size >= 4, `heights should vary across steps: ${heights}`)
    assert.ok(
      heights.some((h, i) => i > 0 && h < heights[i - 1]),
      `the frame should also shrink: ${heights}`,
    )

    const messages = await waitForMessages(page, (all) =>
      all.some((m) => m.data.type === 'complete'),
    )
    for (const message of messages) assert.equal(message.origin, app.origin)
    const types = messages.map((m) => m.data.type).filter((t) => t !== 'resize')
    assert.equal(types[0], 'ready')
    assert.deepEqual(
      messages.filter((m) => m.data.type === 'step').map((m) => [m.data.index, m.data.count]),
      [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => [i, 9]),
    )
    assert.deepEqual(
      messages.filter((m) => m.data.type === 'step').map((m) => m.data.id),
      ['start', 'problem', 'moves', 'belief', 'better-world', 'stage', 'thread', 'pitch', 'card'],
    )
    assert.equal(types.at(-1), 'complete')
    assert.ok(messages.some((m) => m.data.type === 'resize' && Number.isInteger(m.data.height)))

    const everything = JSON.stringify(messages)
    for (const word of ANSWER_WORDS)
      assert.ok(!everything.includes(word), `a message carried "${word}"`)
    const complete = messages.find((m) => m.data.type === 'complete')
    assert.deepEqual(Object.keys(complete.data).sort(), ['source', 'type'])

    // embed.js passes the same messages on as DOM events on the placeholder.
    const events = await page.evaluate(() => window.__events)
    assert.deepEqual(
      events.filter((e) => e.type === 'step').map((e) => e.detail.index),
      [0, 1, 2, 3, 4, 5, 6, 7, 8],
    )
    assert.ok(events.every((e) => e.ns === 'e2e-course'))
    assert.equal(events.filter((e) => e.type === 'complete').length, 1)
    assert.deepEqual(
      consoleLines.filter((l) => l.type === 'error' || l.type === 'pageerror'),
      [],
    )
    await context.close()
  },
)

async function waitForMessages(page, isDone) {
  let messages = []
  await waitFor(async () => {
    messages = whyCardMessages(await page.evaluate(() => window.__messages))
    return isDone(messages) || messages.length
  }, 'the messages')
  return messages
}

test(
  'with share=pitch, complete carries the one-sentence why and the pitch, and the accent is the course colour',
  { timeout: TIMEOUT },
  async () => {
    const { context, page } = await openHostPage('/shared.html')
    const frame = await frameOf(page)
    await expectStep(frame, 1)
    const accent = await frame.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
    )
    assert.equal(accent, '#7a3b9c')
    await walkJourney(frame)

    const messages = await waitForMessages(page, (all) =>
      all.some((m) => m.data.type === 'complete'),
    )
    const complete = messages.find((m) => m.data.type === 'complete').data
    assert.match(complete.why, /because I believe people are capable of far more than others think/)
    assert.match(complete.pitch, /potential/)
    assert.ok(complete.pitch.split(/\s+/).length >= 30, complete.pitch)
    // Only complete carries words; the step messages before it stay content-free.
    const before = JSON.stringify(messages.filter((m) => m.data.type !== 'complete'))
    for (const word of ANSWER_WORDS)
      assert.ok(!before.includes(word), `a step message carried "${word}"`)

    const event = (await page.evaluate(() => window.__events)).find((e) => e.type === 'complete')
    assert.equal(event.detail.why, complete.why)
    assert.equal(event.detail.pitch, complete.pitch)
    await context.close()
  },
)

test(
  'two embeds with different ns keep separate drafts across a reload',
  { timeout: TIMEOUT },
  async () => {
    const { context, page, consoleLines } = await openHostPage('/two.html', {
      width: 1000,
      height: 1400,
    })
    const left = await frameOf(page, 0)
    const right = await frameOf(page, 1)

    // The preset situation applies to a fresh draft only in the embed that asked for it.
    await expectStep(right, 1)
    assert.equal(await right.getByRole('radio', { name: /looking for a job/i }).isChecked(), true)
    await expectStep(left, 1)
    assert.equal(await left.getByRole('radio', { name: /starting a cause/i }).isChecked(), true)

    for (const [frame, text] of [
      [left, 'the left lesson problem'],
      [right, 'the right lesson problem'],
    ]) {
      await waitForStillLayout(page)
      await clickNext(frame)
      await expectStep(frame, 2)
      await frame.getByLabel(/the problem you care about/i).fill(text)
    }
    for (const [frame, key, text] of [
      [left, 'why-card:draft:e2e-left', 'the left lesson problem'],
      [right, 'why-card:draft:e2e-right', 'the right lesson problem'],
    ]) {
      await waitFor(
        async () =>
          (await frame.evaluate((k) => localStorage.getItem(k) ?? '', key)).includes(text),
        `${key} to be saved`,
      )
    }

    await page.reload()
    const leftAgain = await frameOf(page, 0)
    const rightAgain = await frameOf(page, 1)
    await expectStep(leftAgain, 2)
    await expectStep(rightAgain, 2)
    assert.equal(
      await leftAgain.getByLabel(/the problem you care about/i).inputValue(),
      'the left lesson problem',
    )
    assert.equal(
      await rightAgain.getByLabel(/the problem you care about/i).inputValue(),
      'the right lesson problem',
    )

    // The bad accent was ignored with one console warning per page load, not a crash.
    const warnings = consoleLines.filter(
      (l) => l.type === 'warning' && l.text.includes('ignored accent='),
    )
    assert.equal(warnings.length, 2, JSON.stringify(consoleLines))
    assert.deepEqual(
      consoleLines.filter((l) => l.type === 'pageerror'),
      [],
    )
    await context.close()
  },
)

test(
  'with storage blocked inside a sandboxed frame, the whole journey completes and the notice shows',
  { timeout: TIMEOUT },
  async () => {
    const { context, page, consoleLines } = await openHostPage('/sandboxed.html')
    const frame = await frameOf(page)
    await frame
      .getByRole('alert')
      .filter({ hasText: /not letting the page save/i })
      .waitFor()
    assert.equal(await frame.evaluate(() => self.origin), 'null')

    await walkJourney(frame)
    const preview = frame.getByRole('group', { name: /card preview/i })
    await preview.getByText('Ada Lovelace').waitFor()
    await preview
      .getByText(/potential/)
      .first()
      .waitFor()
    // The notice is still there for the person to read: it was shown once, not repeated.
    assert.equal(await frame.getByText(/not letting the page save/i).count(), 1)

    // Messages still reach the host page, from the frame's opaque origin.
    const messages = await waitForMessages(page, (all) =>
      all.some((m) => m.data.type === 'complete'),
    )
    assert.ok(messages.every((m) => m.origin === 'null'))
    assert.deepEqual(
      consoleLines.filter((l) => l.type === 'pageerror'),
      [],
    )
    await context.close()
  },
)
