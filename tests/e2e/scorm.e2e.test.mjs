// The SCORM 1.2 package in real Chromium against a real LMS runtime no one here wrote:
// scorm-again's Scorm12API as window.API on a host page that frames the unzipped package, as an
// LMS's player does. The package is the zip `npm run build:scorm` writes (SCORM_ZIP), or, when
// none is named, the same packaging run on the build the tests serve (E2E_DIST).
//
//   npm run test:e2e -- tests/e2e/scorm.e2e.test.mjs
//   SCORM_ZIP=release/why-card-scorm12.zip npm run test:e2e -- tests/e2e/scorm.e2e.test.mjs
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { after, before, test } from 'node:test'
import { strFromU8, unzipSync } from 'fflate'
import lzString from 'lz-string'
import { buildScormZip } from '../../scripts/build-scorm.mjs'
import { launchBrowser } from './support/browser.mjs'
import {
  STEP_FIELDS,
  STEP_IDS,
  WORKED_EXAMPLE,
  cardPitch,
  field,
  waitForStep,
  walkJourney,
} from './support/journey.mjs'
import { DIST_DIR, startStaticServer } from './support/static-server.mjs'

const TIMEOUT = 180_000
const SCORM_AGAIN = resolve('node_modules/scorm-again/dist/scorm12.min.js')
const LEARNER = 'Lovelace, Ada'
const EXAMPLE = { ...WORKED_EXAMPLE, name: undefined } // the name comes from the LMS
const CMI_TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/

// The LMS's player: creates the API before the lesson loads (with the data an LMS would have
// kept from an earlier session), records everything the lesson sets, then frames the package.
const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Course player</title>
<script src="./scorm12.min.js"></script></head>
<body><h1>Course player</h1>
<script>
  const init = window.__lmsInit || {}
  window.__received = []
  window.__commits = 0
  window.__finished = false
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 })
  if (init.saved) window.API.loadFromJSON(init.saved)
  window.API.on('LMSSetValue.cmi.*', (element, value) => window.__received.push([element, value]))
  window.API.on('LMSCommit', () => { window.__commits++ })
  window.API.on('LMSFinish', () => { window.__finished = true })
  if (init.failing) {
    // An LMS whose saves fail: every commit answers "false" with a general error.
    window.API.LMSCommit = () => 'false'
    window.API.LMSGetLastError = () => '101'
  }
  const frame = document.createElement('iframe')
  frame.title = 'Lesson'
  frame.src = 'package/index.html'
  frame.style.width = '100%'
  frame.style.height = '900px'
  document.body.append(frame)
</script></body></html>`

const BLOCK_STORAGE = `Object.defineProperty(window, 'localStorage', {
  get() { throw new DOMException('blocked', 'SecurityError') },
})`

let temp
let server
let browser
let zipEntries

before(async () => {
  temp = mkdtempSync(join(tmpdir(), 'why-card-scorm-e2e-'))
  let zipPath = process.env.SCORM_ZIP ? resolve(process.env.SCORM_ZIP) : null
  if (!zipPath) {
    zipPath = join(temp, 'why-card-scorm12.zip')
    buildScormZip({ dist: DIST_DIR, out: zipPath })
  }
  // Unzipped as an LMS does on import.
  zipEntries = unzipSync(new Uint8Array(readFileSync(zipPath)))
  const root = join(temp, 'course')
  for (const [name, data] of Object.entries(zipEntries)) {
    if (name.endsWith('/')) continue
    const target = join(root, 'package', name)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, data)
  }
  writeFileSync(join(root, 'player.html'), HOST_PAGE)
  writeFileSync(join(root, 'scorm12.min.js'), readFileSync(SCORM_AGAIN))
  server = await startStaticServer({ root, prefix: '/course/' })
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.close()
  if (temp) rmSync(temp, { recursive: true, force: true })
})

/** A fresh browser profile with the player open; returns the page and the lesson's frame. */
async function openInPlayer({ saved, failing = false, blockStorage = false } = {}) {
  const context = await browser.newContext()
  await context.addInitScript(
    (init) => {
      window.__lmsInit = init
    },
    { saved, failing },
  )
  if (blockStorage) await context.addInitScript(BLOCK_STORAGE)
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}player.html`)
  const frame = await (await page.waitForSelector('iframe')).contentFrame()
  await waitForStep(frame, saved ? (lastStepOf(saved) ?? 'start') : 'start')
  return { context, page, frame, errors }
}

function lastStepOf(saved) {
  return saved?.core?.lesson_location || null
}

/** Every value the lesson set, element by element (the last one wins). */
async function received(page) {
  const list = await page.evaluate(() => window.__received)
  return { list, last: Object.fromEntries(list) }
}

/** Makes the lesson's page go away (pagehide), as when the learner leaves the lesson. */
async function leaveLesson(page) {
  await page.evaluate(() => {
    document.querySelector('iframe').src = 'about:blank'
  })
  await page.waitForFunction(() => window.__finished === true, null, { timeout: 10_000 })
}

function decodeSuspendData(data) {
  assert.ok(
    data.startsWith('wc1.'),
    `suspend data starts with the format mark: ${data.slice(0, 20)}`,
  )
  return JSON.parse(lzString.decompressFromEncodedURIComponent(data.slice(4)))
}

/** Walks back from the card to the start, checking every answer of the worked example. */
async function expectEveryAnswer(frame, { name = 'Ada Lovelace' } = {}) {
  const expected = { ...WORKED_EXAMPLE, name }
  for (let i = STEP_IDS.length - 1; i >= 0; i--) {
    const step = STEP_IDS[i]
    await waitForStep(frame, step)
    for (const [key, label] of STEP_FIELDS[step] ?? []) {
      const want = expected[key] ?? ''
      assert.equal(await field(frame, label).inputValue(), want, `${step}: ${key}`)
    }
    if (step === 'stage') {
      const stage = frame.getByRole('radio', { name: new RegExp(`^${expected.stage}`) })
      assert.ok(await stage.isChecked(), 'stage chosen')
      for (const ask of expected.asks) {
        assert.ok(await frame.getByRole('checkbox', { name: ask, exact: true }).isChecked(), ask)
      }
    }
    if (step === 'start') {
      const situation = frame.getByRole('radio', { name: expected.situation, exact: true })
      assert.ok(await situation.isChecked(), 'situation chosen')
      break
    }
    await frame.getByRole('button', { name: 'Back', exact: true }).click()
  }
}

let savedByLms = null
let pitchOnCard = ''

test('the zip holds imsmanifest.xml at its root listing every file, one SCO at index.html', () => {
  const names = Object.keys(zipEntries).filter((n) => !n.endsWith('/'))
  assert.ok(names.includes('imsmanifest.xml'))
  assert.ok(names.includes('index.html'))
  const manifest = strFromU8(zipEntries['imsmanifest.xml'])
  assert.match(manifest, /<schemaversion>1\.2<\/schemaversion>/)
  assert.equal(manifest.match(/<organization\s/g)?.length, 1)
  assert.equal(manifest.match(/<item\s/g)?.length, 1)
  assert.equal(manifest.match(/<resource\s/g)?.length, 1)
  assert.match(manifest, /<resource [^>]*adlcp:scormtype="sco"[^>]*href="index\.html"/)
  const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => decodeURI(m[1]))
  assert.deepEqual(listed.sort(), names.filter((n) => n !== 'imsmanifest.xml').sort())
})

test(
  'walked in the LMS: completed at the card, location, session time and suspend data received',
  { timeout: TIMEOUT },
  async () => {
    const { context, page, frame, errors } = await openInPlayer({
      saved: { core: { student_name: LEARNER, entry: 'ab-initio' } },
    })
    // The LMS's name for the learner is offered on the card's name field.
    assert.equal(await field(frame, STEP_FIELDS.start[0][1]).inputValue(), 'Ada Lovelace')
    const statusOnStep = {}
    await walkJourney(frame, {
      example: EXAMPLE,
      onStep: async (step) => {
        await page.waitForFunction((id) => window.API.cmi.core.lesson_location === id, step, {
          timeout: 5000,
        })
        statusOnStep[step] = await page.evaluate(() => window.API.cmi.core.lesson_status)
      },
    })
    pitchOnCard = await cardPitch(frame)
    for (const step of STEP_IDS.slice(0, -1)) assert.equal(statusOnStep[step], 'incomplete', step)
    assert.equal(statusOnStep.card, 'completed')

    // Back to an earlier step: completed stays.
    await frame.getByRole('button', { name: 'Back', exact: true }).click()
    await waitForStep(frame, 'pitch')
    await page.waitForFunction(() => window.API.cmi.core.lesson_location === 'pitch')
    assert.equal(await page.evaluate(() => window.API.cmi.core.lesson_status), 'completed')
    await frame.getByRole('button', { name: /^Next$/ }).click()
    await waitForStep(frame, 'card')

    await leaveLesson(page)
    const { list, last } = await received(page)
    assert.equal(last['cmi.core.lesson_status'], 'completed')
    assert.equal(last['cmi.core.lesson_location'], 'card')
    assert.equal(last['cmi.core.exit'], 'suspend')
    assert.match(last['cmi.core.session_time'], CMI_TIMESPAN)
    assert.notEqual(last['cmi.core.session_time'], '0000:00:00.00')
    // The status never went back from completed.
    const statuses = list.filter(([e]) => e === 'cmi.core.lesson_status').map(([, v]) => v)
    assert.deepEqual([...new Set(statuses)], ['incomplete', 'completed'])

    const suspendData = last['cmi.suspend_data']
    assert.ok(suspendData.length <= 4096, `suspend data ${suspendData.length} chars`)
    const payload = decodeSuspendData(suspendData)
    assert.equal(payload.k, 'all')
    assert.equal(payload.d.stepId, 'card')
    assert.equal(payload.d.answers.problem, WORKED_EXAMPLE.problem)
    assert.equal(payload.d.answers.coreWord, WORKED_EXAMPLE.coreWord)
    assert.equal(payload.d.answers.name, 'Ada Lovelace')
    // What scorm-again itself holds (it validated every value on the way in).
    const cmi = await page.evaluate(() => JSON.parse(JSON.stringify(window.API.cmi)))
    assert.equal(cmi.core.lesson_status, 'completed')
    assert.equal(cmi.suspend_data, suspendData)
    const commits = await page.evaluate(() => window.__commits)
    assert.ok(commits >= 2 && commits < 40, `commits are debounced (${commits})`)
    assert.deepEqual(errors, [])
    console.log(
      `scorm: ${commits} commits, suspend_data ${suspendData.length} chars, session ${last['cmi.core.session_time']}`,
    )

    savedByLms = {
      core: {
        student_name: LEARNER,
        entry: 'resume',
        lesson_status: cmi.core.lesson_status,
        lesson_location: cmi.core.lesson_location,
      },
      suspend_data: cmi.suspend_data,
    }
    await context.close()
  },
)

test(
  'reopened in a fresh browser profile with the LMS data: every answer is there',
  { timeout: TIMEOUT },
  async () => {
    assert.ok(savedByLms, 'the walk above ran')
    const { context, frame, errors } = await openInPlayer({ saved: savedByLms })
    assert.equal(await cardPitch(frame), pitchOnCard)
    await expectEveryAnswer(frame)
    assert.deepEqual(errors, [])
    await context.close()
  },
)

test(
  'reopened with storage blocked: every answer is there, from the LMS alone',
  { timeout: TIMEOUT },
  async () => {
    assert.ok(savedByLms, 'the walk above ran')
    const { context, page, frame } = await openInPlayer({ saved: savedByLms, blockStorage: true })
    assert.equal(await cardPitch(frame), pitchOnCard)
    await expectEveryAnswer(frame)
    // A change made now still reaches the LMS.
    await field(frame, STEP_FIELDS.start[0][1]).fill('Ada K. Lovelace')
    await leaveLesson(page)
    const { last } = await received(page)
    assert.equal(decodeSuspendData(last['cmi.suspend_data']).d.answers.name, 'Ada K. Lovelace')
    assert.equal(last['cmi.core.lesson_status'], undefined, 'completed was not written again')
    await context.close()
  },
)

test(
  'an LMS whose saves fail: the lesson goes on and says once that progress may not be recorded',
  { timeout: TIMEOUT },
  async () => {
    const { context, frame, errors } = await openInPlayer({ failing: true })
    const alert = frame.getByText(/progress may not be recorded/)
    await alert.waitFor({ timeout: 10_000 })
    await walkJourney(frame, { example: WORKED_EXAMPLE })
    assert.equal(await alert.count(), 1)
    assert.deepEqual(errors, [])
    await context.close()
  },
)

test(
  'opened with no LMS at all: the app works as the static app',
  { timeout: TIMEOUT },
  async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors = []
    page.on('pageerror', (error) => errors.push(error.message))
    const before = server.requests.length
    await page.goto(`${server.url}package/index.html`)
    await walkJourney(page)
    assert.ok((await cardPitch(page)).length > 0)
    const requested = server.requests.slice(before)
    assert.ok(
      !requested.some((path) => /lms-lesson/.test(path)),
      `the LMS code is not loaded: ${requested.join(', ')}`,
    )
    assert.deepEqual(errors, [])
    await context.close()
  },
)
