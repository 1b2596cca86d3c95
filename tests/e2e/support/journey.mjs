// The journey through the built app, shared by every browser test: the steps in order, the worked
// example from the product notes, and `walkJourney(page)`, which fills every step by label and
// role the way a person would (pointer and typing), stopping at any step you name.
//
//   import { openApp, walkJourney, WORKED_EXAMPLE } from './support/journey.mjs'
//   await openApp(page, server.url)
//   await walkJourney(page, { onStep: async (step) => { ... } })   // ends on the card
//
// Selectors are the words on screen (roles and accessible names), so a test fails when a person
// would be lost, not when a class name changes.

import WORKED from '../../fixtures/worked-example.json' with { type: 'json' }

/** The nine steps, in order, with the heading each one shows (and focuses) when it appears. */
export const STEPS = [
  { id: 'start', title: 'Networking for connection, not transactions' },
  { id: 'problem', title: 'What keeps pulling at you?' },
  { id: 'moves', title: 'When did you see it up close?' },
  { id: 'belief', title: 'What do you believe that others may not, yet?' },
  { id: 'better-world', title: 'If it worked, what would be different?' },
  { id: 'stage', title: 'Where are you right now?' },
  { id: 'thread', title: 'What is the human experience under it?' },
  { id: 'pitch', title: 'Your why pitch' },
  { id: 'card', title: 'Your conversation card' },
]

export const STEP_IDS = STEPS.map((s) => s.id)

export function stepTitle(id) {
  const step = STEPS.find((s) => s.id === id)
  if (!step) throw new Error(`Unknown step "${id}". Steps: ${STEP_IDS.join(', ')}`)
  return step.title
}

/**
 * The worked example of the product notes, as a person might type it (lower-case start, trailing
 * full stop), plus a name for the card and one ask. Blank answers are left out on purpose.
 */
// The answers come from the one fixture every test shares; the labels are what a person clicks.
export const WORKED_EXAMPLE = {
  ...Object.fromEntries(Object.entries(WORKED).filter(([, value]) => value !== '')),
  situation: 'Starting a cause or non-profit',
  stage: 'I’m narrowing in on a solution',
}

/** What the worked example's card carries whatever the composer's wording. */
export const OPENING_QUESTION = 'So, what are you passionate about?'
export const EXAMPLE_PDF_NAME = 'ada-lovelace-why-card.pdf'

/**
 * The text fields of each step: [answer key, the start of the field's accessible name].
 * Optional fields' names end in " (optional)", so names are matched by their start.
 */
export const STEP_FIELDS = {
  start: [['name', 'Your name, for the card']],
  problem: [
    ['problem', 'The problem you care about'],
    ['affected', 'Who lives with it?'],
  ],
  moves: [
    ['spark', 'The moment it became personal'],
    ['whyNow', 'Why you, and why now?'],
  ],
  belief: [
    ['belief', 'What you believe'],
    ['mistake', 'The mistake the world keeps making about it'],
  ],
  'better-world': [
    ['betterWorld', 'What would be different'],
    ['forWhom', 'For whom?'],
    ['workOn', 'What you are working on, in a few words'],
  ],
  thread: [
    ['theme', 'The universal thread'],
    ['coreWord', 'Your core word'],
  ],
}

/** Next's label on each step (the start step says Begin, or "Continue with my draft"). */
export const NEXT_LABEL = /^(Begin|Continue with my draft|Next)$/

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A field by the start of its accessible name (so "(optional)" after it does not matter). */
export function field(page, label) {
  return page.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(label)}`) })
}

/** The step shown now, by its heading, or null while a step is still loading. */
export async function currentStep(page) {
  const heading = page.locator('#step-heading')
  if ((await heading.count()) === 0) return null
  const text = (await heading.textContent())?.trim()
  return STEPS.find((s) => s.title === text)?.id ?? null
}

/** Waits until the step's heading is on screen (lazy steps show "Loading…" first). */
export async function waitForStep(page, id, { timeout = 15_000 } = {}) {
  const title = stepTitle(id)
  await page
    .locator('#step-heading', { hasText: title })
    .waitFor({ state: 'visible', timeout })
    .catch(async (error) => {
      const shown = await page
        .locator('main')
        .innerText()
        .catch(() => '(no main)')
      throw new Error(
        `Step "${id}" ("${title}") did not appear. The page shows:\n${shown.slice(0, 600)}`,
        {
          cause: error,
        },
      )
    })
}

/** Loads the app at `url` (a static server's url, with any query) and waits for a step heading. */
export async function openApp(page, url, { step = 'start' } = {}) {
  await page.goto(url)
  if (step) await waitForStep(page, step)
}

/** Fills one step with `example` by label and role, without moving on. */
export async function fillStep(page, id, example = WORKED_EXAMPLE) {
  if (id === 'start') {
    await page.getByRole('radio', { name: example.situation, exact: true }).check()
  }
  if (id === 'stage') {
    // A stage's name is its label followed by its description.
    await page.getByRole('radio', { name: new RegExp(`^${escapeRegExp(example.stage)}`) }).check()
    for (const ask of example.asks ?? []) {
      await page.getByRole('checkbox', { name: ask, exact: true }).check()
    }
  }
  for (const [key, label] of STEP_FIELDS[id] ?? []) {
    const value = example[key]
    if (value !== undefined) await field(page, label).fill(value)
  }
}

/** Presses the step's Next (or Begin) and waits for the following step. */
export async function nextStep(page, from) {
  const index = STEP_IDS.indexOf(from)
  const to = STEP_IDS[index + 1]
  if (!to) throw new Error(`"${from}" is the last step`)
  await page.getByRole('button', { name: NEXT_LABEL }).click()
  await waitForStep(page, to)
  return to
}

/**
 * Walks from the step shown now to `until` (default: the card), filling each step with `example`.
 * `onStep(id)` runs on every step reached, the first one included, before it is filled.
 * Returns the id of the step it stopped on.
 */
export async function walkJourney(page, { example = WORKED_EXAMPLE, until = 'card', onStep } = {}) {
  let id = await currentStep(page)
  if (!id) {
    await waitForStep(page, 'start')
    id = 'start'
  }
  const last = STEP_IDS.indexOf(until)
  if (last < 0) throw new Error(`Unknown step "${until}"`)
  for (;;) {
    if (onStep) await onStep(id)
    if (STEP_IDS.indexOf(id) >= last) return id
    await fillStep(page, id, example)
    id = await nextStep(page, id)
  }
}

/** The 30-second pitch as the card shows it (what the PDF and the print must carry). */
export async function cardPitch(page) {
  return (await page.locator('.card-front .card-pitch').innerText()).trim()
}
