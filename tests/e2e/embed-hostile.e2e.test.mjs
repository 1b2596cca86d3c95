// embed.js on a course page that shows learner-written HTML: a placeholder's data-src must never
// run script in the course page, nor point the frame at an origin the page did not allow, and the
// DOM events embed.js fires carry only the protocol's fields with their own types.
// Run after a build: npm run test:e2e -- tests/e2e/embed-hostile.e2e.test.mjs
// Callbacks passed to evaluate() run in the browser, hence these globals.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { launchBrowser } from './support/browser.mjs'
import { startStaticServer } from './support/static-server.mjs'

const TIMEOUT = 60_000

// Each would run script in the course page (or frame a look-alike) if embed.js trusted it.
const HOSTILE_SOURCES = [
  'javascript:parent.__x=document.cookie//',
  'JavaScript:parent.__x=1//',
  ' \tjavascript:parent.__x=2//',
  'java\nscript:parent.__x=3//',
  'data:text/html,<script>parent.__x=4</script>',
  'vbscript:msgbox(1)',
  'blob:https://evil.example/0000',
]

let app
let host
let browser

function placeholders(sources) {
  return sources
    .map(
      (src, i) => `<div data-why-card data-ns="bad-${i}" data-src="${escapeAttribute(src)}"></div>`,
    )
    .join('\n')
}

function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

function page(body, scriptAttributes = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title>
<link rel="icon" href="data:,">
<script>document.cookie = 'session=secret'; window.__events = [];
document.addEventListener('why-card:step', (e) => window.__events.push(e.detail));</script></head>
<body><h1>Lesson</h1>${body}
<script src="${app.origin}/embed.js" ${scriptAttributes}></script></body></html>`
}

before(async () => {
  app = await startStaticServer({ host: 'localhost' })
  const routes = {}
  host = await startStaticServer({ host: '127.0.0.1', routes })
  const elsewhere = 'http://127.0.0.2:9' // an origin nobody allowed
  routes['/hostile.html'] = {
    body: page(
      placeholders([...HOSTILE_SOURCES, elsewhere + '/', host.origin + '/']) +
        `<div data-why-card data-ns="good" data-height="400"></div>`,
    ),
  }
  routes['/opt-in.html'] = {
    body: page(
      `<div data-why-card data-ns="listed" data-src="${host.origin}/app-copy/"></div>`,
      `data-allow-origins="${host.origin} javascript:alert(1)"`,
    ),
  }
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await Promise.all([app?.close(), host?.close()])
})

async function open(path) {
  const context = await browser.newContext()
  const tab = await context.newPage()
  const warnings = []
  const errors = []
  tab.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text())
    if (m.type() === 'error') errors.push(m.text())
  })
  tab.on('pageerror', (e) => errors.push(String(e)))
  let dialogs = 0
  tab.on('dialog', (d) => {
    dialogs += 1
    void d.dismiss()
  })
  await tab.goto(host.origin + path)
  return { context, tab, warnings, errors, dialogs: () => dialogs }
}

test(
  'a hostile data-src makes no frame and runs nothing in the course page; a plain placeholder still works',
  { timeout: TIMEOUT },
  async () => {
    const { context, tab, warnings, dialogs } = await open('/hostile.html')
    const good = tab.locator('[data-ns="good"] iframe')
    await good.waitFor()
    const frame = await (await good.elementHandle()).contentFrame()
    await frame.getByText(/Step 1 of 9/).waitFor()
    // Give any javascript: navigation time to run, had one been made.
    await tab.waitForTimeout(300)

    assert.equal(await tab.evaluate(() => window.__x), undefined)
    assert.equal(dialogs(), 0)
    assert.equal(await tab.locator('iframe').count(), 1, 'only the plain placeholder gets a frame')
    assert.equal(new URL(await good.getAttribute('src')).origin, app.origin)

    const refused = warnings.filter((w) => w.startsWith('Why Card: no frame made'))
    assert.equal(refused.length, HOSTILE_SOURCES.length + 2, warnings.join('\n'))
    assert.ok(refused.some((w) => /must be an http: or https: URL, not javascript:/.test(w)))
    assert.ok(refused.some((w) => /data-allow-origins/.test(w)))

    // A rescan (embed.js included twice) warns no more and mounts nothing new.
    await tab.evaluate(() => window.WhyCardEmbed.scan())
    assert.equal(await tab.locator('iframe').count(), 1)
    await context.close()
  },
)

test(
  'the script tag can allow another http(s) origin; a non-http entry in its list is ignored with a warning',
  { timeout: TIMEOUT },
  async () => {
    const { context, tab, warnings } = await open('/opt-in.html')
    const frame = tab.locator('[data-ns="listed"] iframe')
    await frame.waitFor({ state: 'attached' })
    assert.equal(new URL(await frame.getAttribute('src')).origin, host.origin)
    assert.ok(
      warnings.some((w) => /ignored "javascript:alert\(1\)"/.test(w)),
      warnings.join('\n'),
    )
    await context.close()
  },
)

test(
  'DOM events carry only the protocol fields, each with its own type, whatever the frame posts',
  { timeout: TIMEOUT },
  async () => {
    const { context, tab } = await open('/hostile.html')
    const handle = await tab.locator('[data-ns="good"] iframe').elementHandle()
    const frame = await handle.contentFrame()
    await frame.getByText(/Step 1 of 9/).waitFor()
    await frame.evaluate(() => {
      window.parent.postMessage(
        {
          source: 'why-card',
          type: 'step',
          index: '3',
          count: { valueOf: 9 },
          id: '<img src=x onerror=alert(1)>',
          why: 42,
          pitch: 'x'.repeat(30000),
          extra: 'never passed on',
        },
        '*',
      )
    })
    // The app's own step message has index 0; the forged one must arrive stripped of every field.
    await tab.waitForFunction(() => window.__events.some((e) => e.index !== 0))
    const forged = await tab.evaluate(() => window.__events.find((e) => e.index !== 0))
    assert.deepEqual(forged, { source: 'why-card', type: 'step' })
    await context.close()
  },
)
