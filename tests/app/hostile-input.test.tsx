/* eslint-disable testing-library/no-node-access -- the point here is the DOM the hostile text
   produced: no elements or attributes were created, and each text node holds the exact words. */
import { act, fireEvent, screen, within } from '@testing-library/react'
import { App } from '@/app/app'
import { FIELD_LIMITS, TEXT_FIELDS, clampText } from '@/domain/pitch/answers'
import { PITCH_EDIT_LIMIT, hasContent, sanitizeDraft } from '@/domain/draft/draft'
import { parseDraftFile, serializeDraftFile } from '@/domain/draft/draft-file'
import { normalizeText } from '@/domain/text/text'
import { cleanText } from '@/domain/text/text'
import { PITCH_PARTS } from '@/domain/pitch/pitch-parts'
import { decodeShareLink, encodeShareLink } from '@/domain/draft/share-link'
import type { AppStores } from '@/store/app-store'
import { HOSTILE_INPUTS } from '../fixtures/hostile-inputs'
import { createTestStores, renderWithStores } from '../support/render-with-stores'

const ACTIVE = 'script, img, svg, iframe, a, style, object, embed, link, video, audio, form'

function expectInert(container: HTMLElement) {
  expect(container.querySelectorAll(ACTIVE)).toHaveLength(0)
  for (const element of container.querySelectorAll('*')) {
    const handlers = [...element.attributes].filter((attr) =>
      attr.name.toLowerCase().startsWith('on'),
    )
    expect(handlers).toEqual([])
  }
}

let stores: AppStores
beforeEach(() => {
  stores = createTestStores()
  stores.drafts.setState({ ...stores.drafts.getInitialState(), stepId: 'start' }, true)
})

test('the corpus holds at least thirty hostile inputs', () => {
  expect(HOSTILE_INPUTS.length).toBeGreaterThanOrEqual(30)
})

test('every hostile input typed as a name and as a pitch shows literally on the card, creating nothing', async () => {
  renderWithStores(<App />, stores)
  // Typed into the fields as a person would paste them; what the fields keep is what the card gets.
  const nameField = await screen.findByLabelText(/your name, for the card/i)
  const typed = HOSTILE_INPUTS.map(({ text }) => {
    fireEvent.change(nameField, { target: { value: text } })
    // A single-line field drops line breaks, as the browser does; only what is not text
    // (lone surrogates, bidirectional controls) is cleaned.
    expect(stores.drafts.getState().answers.name).toBe(
      cleanText(clampText(text.replace(/[\r\n]/g, ''), FIELD_LIMITS.name)),
    )
    return { name: stores.drafts.getState().answers.name, pitch: '' }
  })

  act(() => stores.drafts.getState().goToStep('pitch'))
  // The pitch step loads on demand; the first load in a test run can take a few seconds.
  const pitchField = await screen.findByLabelText(/^30-second pitch/i, {}, { timeout: 8000 })
  HOSTILE_INPUTS.forEach(({ text }, i) => {
    fireEvent.change(pitchField, { target: { value: text } })
    // A textarea's value has \n line ends, whatever was pasted.
    expect(stores.drafts.getState().pitchEdits.pitch).toBe(
      cleanText(text.replace(/\r\n?/g, '\n')).slice(0, PITCH_EDIT_LIMIT),
    )
    const entry = typed[i]
    if (entry) entry.pitch = stores.drafts.getState().pitchEdits.pitch ?? ''
  })

  act(() => stores.drafts.getState().goToStep('card'))
  const preview = await screen.findByRole('group', { name: /card preview/i }, { timeout: 8000 })
  for (const { name, pitch } of typed) {
    act(() => {
      stores.drafts.getState().setAnswers({ name })
      stores.drafts.getState().editPitch('pitch', pitch)
    })
    const front = within(preview).getByRole('article', { name: /front/i })
    if (normalizeText(name) !== '')
      expect(front.querySelector('.card-name')?.textContent).toBe(normalizeText(name))
    expect(front.querySelector('.card-pitch')?.textContent).toBe(normalizeText(pitch))
    expectInert(preview)
  }
  expect(document.querySelectorAll('script')).toHaveLength(0)
})

// Kept exactly, except what is not text: a lone surrogate becomes U+FFFD and bidirectional
// controls are dropped (cleanText), so nothing built from the words can throw or read backwards.
test('every hostile input typed into the answer fields is kept exactly, up to the limit', async () => {
  stores.drafts.setState({ stepId: 'problem' })
  renderWithStores(<App />, stores)
  const problem = await screen.findByLabelText(/the problem you care about/i)
  const affected = screen.getByLabelText(/who lives with it/i)
  // The app's own links and forms; typed text must not add any.
  const before = document.body.querySelectorAll(ACTIVE).length
  for (const { text } of HOSTILE_INPUTS) {
    fireEvent.change(problem, { target: { value: text } })
    fireEvent.change(affected, { target: { value: text } })
    expect(problem).toHaveValue(clampText(text, FIELD_LIMITS.problem).replace(/\r\n?/g, '\n'))
    expect(stores.drafts.getState().answers).toMatchObject({
      problem: cleanText(clampText(text, FIELD_LIMITS.problem).replace(/\r\n?/g, '\n')),
      affected: cleanText(clampText(text, FIELD_LIMITS.affected).replace(/\r\n?/g, '\n')),
    })
  }
  expect(document.body.querySelectorAll(ACTIVE)).toHaveLength(before)
})

test.each(HOSTILE_INPUTS)(
  '$name in every field survives a share link and an export unchanged',
  ({ text }) => {
    const draft = sanitizeDraft({
      answers: {
        ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, text])),
        asks: [text, text],
      },
      pitchEdits: Object.fromEntries(PITCH_PARTS.map((part) => [part, text])),
      stepId: 'card',
    })
    const link = decodeShareLink(`#${encodeShareLink(draft)}`)
    const file = parseDraftFile(serializeDraftFile(draft, '2026-11-02T00:00:00.000Z'))
    if (hasContent(draft)) {
      expect(link).toEqual({ ok: true, draft })
      expect(file).toEqual({ ok: true, draft })
    } else {
      expect(link).toEqual({ ok: false, reason: 'empty' })
    }
  },
)
