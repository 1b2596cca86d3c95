// Issue 16, in real Chromium against the built app: a bad character, a full disk, two tabs, a
// flooding course page and a big people log must not cost a word or freeze the page.
// Run: npm run test:e2e -- tests/e2e/hardening.e2e.test.mjs
// Callbacks passed to evaluate() run in the browser, hence the browser globals in them.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import lzString from 'lz-string'
import { launchBrowser } from './support/browser.mjs'
import { field, openApp, waitForStep } from './support/journey.mjs'
import { startStaticServer } from './support/static-server.mjs'

const ROOT = process.env.E2E_DIST ?? 'dist'
const TIMEOUT = 120_000
const KEY = 'why-card:draft'
const LONE = '\uD83D'
const { compressToEncodedURIComponent } = lzString

let server
let host
let browser

// The last step, with the pitch shared to the course page: where each ping used to recompose
// the pitch before answering.
const FLOOD_DRAFT = {
  answers: {
    name: 'Ada Lovelace',
    problem: 'adults without degrees get shut out of good jobs',
    belief: 'people are capable of far more than others think',
    betterWorld: 'anyone could show what they can do and be hired for it',
    theme: 'the strange things we do to prove ourselves',
    coreWord: 'potential',
  },
  stepId: 'card',
}

before(async () => {
  server = await startStaticServer({ root: ROOT, host: 'localhost' })
  const routes = {}
  host = await startStaticServer({ root: ROOT, host: '127.0.0.1', routes })
  routes['/flood.html'] = {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title>
<link rel="icon" href="data:,"></head><body><h1>Lesson</h1>
<iframe title="Why Card" style="width:100%;height:900px;border:0"
  src="${server.origin}/?embed=1&ns=flood&share=pitch&origin=${encodeURIComponent(host.origin)}${shareLink(FLOOD_DRAFT)}"></iframe>
<script>window.__replies = 0; addEventListener('message', () => { window.__replies++ })</script>
</body></html>`,
  }
  browser = await launchBrowser()
})

// Chromium on a loaded CI machine has crashed mid-file once in a while ("Target page, context or
// browser has been closed", crashpad in its log); a fresh browser for the next test keeps one
// crash from failing every test after it. The crashed test still fails, as it should.
async function liveBrowser() {
  if (!browser?.isConnected()) browser = await launchBrowser()
  return browser
}

after(async () => {
  await browser?.close()
  await Promise.all([server?.close(), host?.close()])
})

async function newPage(context) {
  const page = await context.newPage()
  const problems = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`))
  return { page, problems }
}

function savedDraft(state) {
  return JSON.stringify({ version: 1, state })
}

function shareLink(draft) {
  return `#draft=v1.${compressToEncodedURIComponent(JSON.stringify({ version: 1, draft }))}`
}

function person(i, extra = {}) {
  return {
    id: `p${i}`,
    name: `Person ${i}`,
    metAt: 'the climate meetup at the library',
    passion: 'repair cafés and the people who keep them going, '.repeat(4),
    suggestionKind: 'book',
    suggestion: 'The Repair Manifesto',
    followUpOn: '2026-01-02',
    done: false,
    message: `Hi Person ${i}, `.padEnd(1200, 'it was good to talk about repair. '),
    ...extra,
  }
}

test(
  'a shared draft with a lone surrogate in a follow-up message opens, and so does the message',
  { timeout: TIMEOUT },
  async () => {
    const context = await (await liveBrowser()).newContext()
    const { page, problems } = await newPage(context)
    const draft = {
      answers: { problem: 'libraries are closing', name: 'Ada' },
      stepId: 'card',
      people: [person(0, { name: 'Grace', message: `Hi Grace ${LONE}` })],
    }
    await page.goto(`${server.url}${shareLink(draft)}`)
    await waitForStep(page, 'card')
    await page.getByRole('tab', { name: 'People I met' }).click()
    await page.getByRole('button', { name: 'Follow-up message for Grace' }).click()
    const body = page.getByRole('textbox', { name: 'Follow-up message to Grace' })
    assert.equal(await body.inputValue(), 'Hi Grace \uFFFD')
    const href = await page.getByRole('link', { name: /mail/i }).first().getAttribute('href')
    assert.match(href ?? '', /^mailto:.*Hi%20Grace%20%EF%BF%BD/)
    // Reloading (the draft is saved now) opens the same working page, not an empty one.
    await page.reload()
    await waitForStep(page, 'card')
    assert.deepEqual(problems, [])
    await context.close()
  },
)

test('storage filled before load still shows the saved draft', { timeout: TIMEOUT }, async () => {
  const context = await (await liveBrowser()).newContext()
  const { page, problems } = await newPage(context)
  await openApp(page, server.url)
  const filled = await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key, value)
      let size = 1_000_000
      let n = 0
      while (size >= 1) {
        try {
          localStorage.setItem(`junk-${n++}`, 'x'.repeat(size))
        } catch {
          size = Math.floor(size / 2)
        }
      }
      try {
        localStorage.setItem('__why-card-probe__', '1')
        return false
      } catch {
        return true
      }
    },
    [
      KEY,
      savedDraft({ answers: { problem: 'words saved before the disk filled' }, stepId: 'problem' }),
    ],
  )
  assert.equal(filled, true, 'storage should be full')
  await page.reload()
  await waitForStep(page, 'problem')
  assert.equal(
    await field(page, 'The problem you care about').inputValue(),
    'words saved before the disk filled',
  )
  await page
    .getByRole('alert')
    .filter({ hasText: /could not be saved/ })
    .waitFor()
  assert.deepEqual(problems, [])
  await context.close()
})

test(
  'words typed while saving fails: a warning before unload, and Export to a file in the notice',
  { timeout: TIMEOUT },
  async () => {
    const context = await (await liveBrowser()).newContext()
    const { page, problems } = await newPage(context)
    await page.addInitScript(`const realSetItem = Storage.prototype.setItem
Storage.prototype.setItem = function (key, value) {
  if (window.__full && key !== '__why-card-probe__') throw new DOMException('full', 'QuotaExceededError')
  return realSetItem.call(this, key, value)
}`)
    await openApp(page, server.url)
    await page.getByRole('button', { name: 'Begin' }).click()
    await waitForStep(page, 'problem')
    const problem = field(page, 'The problem you care about')
    await problem.pressSequentially('saved words')
    await page.waitForTimeout(600)
    await page.evaluate(() => {
      window.__full = true
    })
    await problem.pressSequentially(' and words that are not')
    const notice = page.getByRole('alert').filter({ hasText: /could not be saved/ })
    await notice.waitFor()
    assert.equal(await notice.getByRole('button', { name: 'Export to a file' }).count(), 1)
    const dialog = new Promise((resolve) => page.once('dialog', resolve))
    await page.close({ runBeforeUnload: true })
    const shown = await Promise.race([
      dialog,
      new Promise((resolve) => setTimeout(() => resolve(null), 5000)),
    ])
    assert.equal(shown?.type(), 'beforeunload')
    await shown.dismiss()
    assert.deepEqual(problems, [])
    // The page was closed by the test itself; under load Chromium can finish tearing it down
    // before the context is closed (seen once in CI on 2026-12-01): only that error is let go.
    await context.close().catch((error) => {
      if (!/has been closed/u.test(String(error?.message))) throw error
    })
  },
)

// The browser's storage-event delay, made as long as the test needs. Installed before the app's
// own scripts: at the window, listeners run in the order they were added, so a gate added later
// would let the app hear each event first (and then again, replayed).
const STORAGE_EVENT_GATE = `
window.__heldStorageEvents = null
addEventListener('storage', (event) => {
  if (!event.isTrusted || window.__heldStorageEvents === null) return
  event.stopImmediatePropagation()
  window.__heldStorageEvents.push(event)
}, true)
window.__holdStorageEvents = () => { window.__heldStorageEvents = [] }
window.__releaseStorageEvents = () => {
  const held = window.__heldStorageEvents ?? []
  window.__heldStorageEvents = null
  for (const { key, oldValue, newValue, url, storageArea } of held) {
    dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, url, storageArea }))
  }
}
`

test(
  'two tabs writing within the same tick keep both tabs’ words',
  { timeout: TIMEOUT },
  async () => {
    const context = await (await liveBrowser()).newContext()
    await context.addInitScript(STORAGE_EVENT_GATE)
    const a = await newPage(context)
    await openApp(a.page, server.url)
    await a.page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [KEY, savedDraft({ answers: { problem: 'shared start' }, stepId: 'problem' })],
    )
    await a.page.reload()
    await waitForStep(a.page, 'problem')
    const b = await newPage(context)
    await openApp(b.page, server.url, { step: 'problem' })
    // The browser's storage-event delay, made long: each tab hears of the other's save only
    // after both have saved, as when both write within the same tick.
    for (const tab of [a.page, b.page]) await tab.evaluate(() => window.__holdStorageEvents())
    await field(a.page, 'The problem you care about').fill('words typed in A')
    await field(b.page, 'The problem you care about').fill('words typed in B')
    // Saves wait for a pause in typing; the page going away writes them at once.
    for (const tab of [a.page, b.page]) {
      await tab.evaluate(() => dispatchEvent(new Event('pagehide')))
    }
    for (const tab of [a.page, b.page]) await tab.evaluate(() => window.__releaseStorageEvents())
    await a.page.waitForTimeout(500)
    const kept = () =>
      a.page.evaluate(
        (key) => `${localStorage.getItem(key)} ${localStorage.getItem(`${key}:other-version`)}`,
        KEY,
      )
    let stored = await kept()
    assert.match(stored, /words typed in A/)
    assert.match(stored, /words typed in B/)
    // Neither tab lost its words silently: it shows them, or says the draft changed elsewhere.
    for (const [tab, words] of [
      [a.page, 'words typed in A'],
      [b.page, 'words typed in B'],
    ]) {
      const shows = await field(tab, 'The problem you care about').inputValue()
      const asks = await tab
        .getByRole('alert')
        .filter({ hasText: /changed in another tab/ })
        .count()
      assert.ok(shows === words || asks === 1, `a tab lost "${words}" without a word`)
    }
    // Whatever is chosen, both versions stay in this browser.
    for (const tab of [a.page, b.page]) {
      const load = tab.getByRole('button', { name: 'Load the newer version' })
      if ((await load.count()) > 0) await load.click()
    }
    await a.page.waitForTimeout(500)
    stored = await kept()
    assert.match(stored, /words typed in A/)
    assert.match(stored, /words typed in B/)
    assert.deepEqual([...a.problems, ...b.problems], [])
    await context.close()
  },
)

test(
  'a flood of 10,000 pings: a click still responds within a second',
  { timeout: TIMEOUT },
  async () => {
    const context = await (await liveBrowser()).newContext()
    const { page, problems } = await newPage(context)
    await page.goto(`${host.origin}/flood.html`)
    const frame = page.frameLocator('iframe')
    await frame.locator('#step-heading', { hasText: 'Your conversation card' }).waitFor()
    await page.waitForTimeout(500)
    const tab = frame.getByRole('tab', { name: 'People I met' })
    const box = await tab.boundingBox()
    assert.ok(box, 'the people tab is on screen')
    // Inside the frame: how long after the mouse the click was handled, and the next frame
    // (with the choice shown) began.
    const inFrame = page.frames().find((f) => f.url().startsWith(server.origin))
    await inFrame.evaluate(() => {
      window.__click = null
      const onClick = (event) => {
        const handled = performance.now() - event.timeStamp
        requestAnimationFrame(() => {
          window.__click = { handled, painted: performance.now() - event.timeStamp }
        })
      }
      addEventListener('click', onClick, { capture: true, once: true })
    })
    await page.evaluate((appOrigin) => {
      window.__replies = 0
      const target = document.querySelector('iframe').contentWindow
      for (let i = 0; i < 10_000; i++) {
        target.postMessage({ source: 'why-card-host', type: 'ping' }, appOrigin)
      }
    }, server.origin)
    const started = Date.now()
    // The mouse goes straight to the browser (no page script first), as a person's click does.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await frame.getByRole('tab', { name: 'People I met', selected: true }).waitFor()
    const elapsed = Date.now() - started
    const click = await inFrame.evaluate(() => window.__click)
    await page.waitForTimeout(300)
    const replies = await page.evaluate(() => window.__replies)
    console.log(
      `ping flood: the click was handled ${Math.round(click.handled)} ms after the mouse and ` +
        `shown in the frame after ${Math.round(click.painted)} ms (the test saw it after ` +
        `${elapsed} ms); ${replies} replies to 10,000 pings`,
    )
    assert.ok(click.painted < 1000, `the click was shown after ${click.painted} ms`)
    // What waits behind the flood (the test's own checks, a lazy step, a timer): seconds before,
    // about one now on a busy two-core machine; the browser's own cost per message remains.
    assert.ok(elapsed < 3500, `the page was busy for ${elapsed} ms`)
    assert.ok(replies < 100, `${replies} replies`)
    assert.deepEqual(problems, [])
    await context.close()
  },
)

test('pasting 10,000 words into the pitch says it was cut', { timeout: TIMEOUT }, async () => {
  const context = await (await liveBrowser()).newContext()
  const { page, problems } = await newPage(context)
  await openApp(page, server.url)
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, value),
    [
      KEY,
      savedDraft({
        answers: { problem: 'kids stop reading for fun', coreWord: 'wonder' },
        stepId: 'pitch',
      }),
    ],
  )
  await page.reload()
  await waitForStep(page, 'pitch')
  const pitch = page.getByRole('textbox', { name: /^30-second pitch/ })
  await pitch.selectText()
  // insertText is what a paste does to a textarea (it honours maxlength, unlike fill).
  await page.evaluate(
    (text) => document.execCommand('insertText', false, text),
    'word '.repeat(10_000),
  )
  assert.equal((await pitch.inputValue()).length, 2000)
  await page.getByText(/longer than 2000 characters, so the end was cut off/).waitFor()
  assert.deepEqual(problems, [])
  await context.close()
})

test(
  '500 people: typing a follow-up message stays under 16 ms of work a key',
  { timeout: TIMEOUT },
  async () => {
    const context = await (await liveBrowser()).newContext()
    const { page, problems } = await newPage(context)
    await openApp(page, server.url)
    const people = Array.from({ length: 500 }, (_, i) => person(i))
    const size = await page.evaluate(
      ([key, value]) => {
        localStorage.setItem(key, value)
        return value.length
      },
      [KEY, savedDraft({ answers: { problem: 'repair', name: 'Ada' }, stepId: 'card', people })],
    )
    await page.reload()
    await waitForStep(page, 'card')
    await page.getByRole('tab', { name: 'People I met' }).click()
    await page.getByRole('button', { name: 'Follow-up message for Person 250' }).click()
    const body = page.getByRole('textbox', { name: 'Follow-up message to Person 250' })
    await body.press('Control+End')
    // The keyboard types into the focused field (a locator would search 500 entries per key).
    await page.keyboard.type(' Warm', { delay: 40 })
    await page.evaluate(() => {
      // The work of each key's input event, from the first listener (window, capturing) to the
      // last (window, bubbling): the app's handler and its render run in between.
      window.__work = []
      let start = 0
      addEventListener('input', () => (start = performance.now()), true)
      addEventListener('input', () => window.__work.push(performance.now() - start))
      window.__keys = []
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (['keydown', 'keypress', 'input', 'keyup'].includes(entry.name)) {
            window.__keys.push({
              name: entry.name,
              duration: entry.duration,
              work: entry.processingEnd - entry.processingStart,
            })
          }
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: false })
    })
    await page.keyboard.type(' Thank you for the book tip!', { delay: 40 })
    await page.waitForTimeout(800)
    const slow = await page.evaluate(() => window.__keys)
    const work = (await page.evaluate(() => window.__work)).sort((x, y) => x - y)
    const at = (q) => work[Math.min(work.length - 1, Math.floor(q * work.length))]
    const worstDuration = Math.max(0, ...slow.map((e) => e.duration))
    console.log(
      `500 people (${(size / 1e6).toFixed(2)} MB saved): ${work.length} keys, input work ` +
        `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, worst ` +
        `${work[work.length - 1].toFixed(1)} ms; Event Timing: ${slow.length} key events over ` +
        `16 ms, worst duration ${worstDuration} ms`,
    )
    assert.ok(work.length >= 20, 'every key was measured')
    // The median key is well under a frame (it was about 180 ms before); the worst key leaves
    // room for a garbage collection on a busy machine.
    assert.ok(at(0.5) < 16, `the median key took ${at(0.5).toFixed(1)} ms of work`)
    assert.ok(work[work.length - 1] < 100, `a key took ${work[work.length - 1]} ms of work`)
    assert.match(await body.inputValue(), /Thank you for the book tip!$/)
    assert.deepEqual(problems, [])
    await context.close()
  },
)
