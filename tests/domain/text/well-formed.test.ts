// Any string through every text builder comes out well formed (no lone surrogate), and the
// boundary where text enters the draft (sanitizing, the store) keeps only clean text.
import fc from 'fast-check'
import { peopleToCsv, formatCsv } from '@/domain/after/csv'
import { draftFollowUp, followUpBody, followUpEvents } from '@/domain/after/follow-up'
import { escapeText, formatCalendar } from '@/domain/after/ics'
import { buildMailto } from '@/domain/after/mailto'
import { sanitizePeople, type Person } from '@/domain/after/people'
import { sanitizeDraft, type Draft } from '@/domain/draft/draft'
import { serializeDraftFile } from '@/domain/draft/draft-file'
import { encodeShareLink } from '@/domain/draft/share-link'
import { emptyAnswers } from '@/domain/pitch/answers'
import { composePitch } from '@/domain/pitch/compose-pitch'
import { cleanText, isWellFormed, toWellFormed } from '@/domain/text/text'
import { createSafeStorage } from '@/lib/safe-storage'
import { createDraftStore, pickDraft } from '@/store/draft-store'
import { anyText } from '../../fixtures/draft-arbitrary'
import { composeEn } from '../../support/compose-en'
import { enAfter } from '@/i18n/en-after'

const inEnglish = { messages: enAfter.followUp }

const text = anyText(200)
const LONE = '\uD83D'

function person(fields: Partial<Person>): Person {
  return {
    id: 'p1',
    name: 'Grace',
    metAt: '',
    passion: '',
    suggestionKind: '',
    suggestion: '',
    followUpOn: '2026-01-02',
    done: false,
    ...fields,
  }
}

const anyPerson = fc
  .record({
    name: text,
    metAt: text,
    passion: text,
    suggestion: text,
    message: fc.option(text, { nil: undefined }),
    suggestionKind: fc.constantFrom('', 'book', 'expert', 'other' as const),
  })
  .map(({ message, ...rest }) =>
    person(message === undefined ? { ...rest, name: `x${rest.name}` } : { ...rest, message }),
  )

/** Every string anywhere inside a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings)
  return []
}

test('the helpers: lone surrogates become U+FFFD, pairs stay, bidi controls go', () => {
  expect(toWellFormed(`Hi Grace ${LONE}`)).toBe('Hi Grace \uFFFD')
  expect(toWellFormed('\uDC00a\uD83D\uDE00')).toBe('\uFFFDa\uD83D\uDE00')
  expect(cleanText('evil\u202Etxt.exe \u2066x\u2069 שלום\u200F')).toBe('eviltxt.exe x שלום\u200F')
  fc.assert(
    fc.property(text, (s) => {
      const clean = cleanText(s)
      expect(isWellFormed(clean)).toBe(true)
      expect(cleanText(clean)).toBe(clean)
      expect(clean.length).toBeLessThanOrEqual(s.length)
    }),
  )
})

test('the mailto builder never throws and gives a link that decodes', () => {
  expect(() => buildMailto({ body: `Hi Grace ${LONE}` })).not.toThrow()
  fc.assert(
    fc.property(text, text, text, (to, subject, body) => {
      const link = buildMailto({ to, subject, body })
      expect(() => decodeURIComponent(link)).not.toThrow()
    }),
  )
})

test('follow-up drafts, calendar files and CSV made from any text are well formed', () => {
  fc.assert(
    fc.property(anyPerson, text, (p, theme) => {
      const answers = { ...emptyAnswers(), theme, name: theme }
      const drafted = draftFollowUp(p, answers, inEnglish)
      expect(isWellFormed(drafted.subject)).toBe(true)
      expect(isWellFormed(drafted.body)).toBe(true)
      expect(isWellFormed(followUpBody(p, answers, inEnglish))).toBe(true)
      const calendar = formatCalendar(followUpEvents([p], answers, inEnglish), {
        stamp: new Date(0),
      })
      expect(isWellFormed(calendar)).toBe(true)
      expect(
        isWellFormed(
          peopleToCsv([p], {
            messages: enAfter.followUp,
            kindLabels: enAfter.people.suggestionKindsShort,
          }),
        ),
      ).toBe(true)
      expect(isWellFormed(formatCsv([[theme, p.name]]))).toBe(true)
      expect(isWellFormed(escapeText(theme))).toBe(true)
    }),
    { numRuns: 200 },
  )
})

test('every text that enters the draft (links, files, saved data) comes out clean', () => {
  const raw = fc.record({
    answers: fc.record({ problem: text, name: text, asks: fc.array(text, { maxLength: 3 }) }),
    pitchEdits: fc.record({ pitch: text, oneLiner: text }),
    people: fc.array(
      fc.record({ name: text, passion: text, message: text, suggestion: text, metAt: text }),
      { maxLength: 3 },
    ),
  })
  fc.assert(
    fc.property(raw, (input) => {
      const draft = sanitizeDraft(input)
      for (const s of strings(draft)) {
        expect(isWellFormed(s)).toBe(true)
        expect(s).toBe(cleanText(s))
      }
      for (const s of strings(composePitch(draft.answers, { messages: composeEn })))
        expect(isWellFormed(s)).toBe(true)
      expect(isWellFormed(serializeDraftFile(draft, '2026-01-01T00:00:00.000Z'))).toBe(true)
      expect(() => encodeShareLink(draft)).not.toThrow()
    }),
    { numRuns: 200 },
  )
})

test('the reported draft: a follow-up message ending in half an emoji', () => {
  const [grace] = sanitizePeople([{ id: 'g', name: 'Grace', message: `Hi Grace ${LONE}` }])
  expect(grace?.message).toBe('Hi Grace \uFFFD')
})

test('the store keeps only clean text, whatever is typed or pasted', () => {
  const store = createDraftStore({ key: 'k', storage: createSafeStorage(() => undefined) })
  fc.assert(
    fc.property(text, text, (a, b) => {
      const state = store.getState()
      state.setAnswers({ problem: a, asks: [b] })
      state.editPitch('pitch', b)
      state.savePerson(person({ name: `n${a}`, message: b }))
      state.updatePerson('p1', { passion: a })
      const draft: Draft = pickDraft(store.getState())
      for (const s of strings(draft)) expect(s).toBe(cleanText(s))
    }),
    { numRuns: 150 },
  )
})
