import fc from 'fast-check'
import { emptyDraft, hasContent, type Draft } from '@/domain/draft/draft'
import {
  MAX_DRAFT_FILE_CHARS,
  buildDraftFile,
  parseDraftFile,
  serializeDraftFile,
} from '@/domain/draft/draft-file'
import { STORED_VERSION } from '@/domain/draft/migrations'
import { anyDraft, anyText } from '../../fixtures/draft-arbitrary'

const EXPORTED_AT = '2026-11-02T09:30:00.000Z'

function sampleDraft(): Draft {
  const draft = emptyDraft()
  draft.answers.problem = 'kids stop reading for fun'
  draft.answers.name = 'Ada'
  draft.stepId = 'pitch'
  return draft
}

test('an exported file names the app, its version and when it was made', () => {
  const file = JSON.parse(serializeDraftFile(sampleDraft(), EXPORTED_AT)) as unknown
  expect(file).toEqual({
    app: 'why-card',
    version: STORED_VERSION,
    exportedAt: EXPORTED_AT,
    draft: sampleDraft(),
  })
  expect(buildDraftFile(sampleDraft(), EXPORTED_AT).version).toBe(STORED_VERSION)
})

test('any valid draft survives export and import', () => {
  fc.assert(
    fc.property(anyDraft, (draft) => {
      const result = parseDraftFile(serializeDraftFile(draft, EXPORTED_AT))
      if (hasContent(draft)) expect(result).toEqual({ ok: true, draft })
      else expect(result).toEqual({ ok: false, reason: 'empty' })
    }),
    { numRuns: 150 },
  )
})

test('any string as a file is handled without throwing', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        anyText(500),
        fc.json(),
        fc.anything().map((v) => JSON.stringify(v) ?? ''),
      ),
      (text) => {
        const result = parseDraftFile(text)
        expect(typeof result.ok).toBe('boolean')
      },
    ),
    { numRuns: 500 },
  )
})

test('any value in the draft slot is read into a valid draft or refused, never thrown', () => {
  fc.assert(
    fc.property(fc.anything(), fc.anything(), (draft, version) => {
      const text = JSON.stringify({ app: 'why-card', version, draft }) ?? ''
      const result = parseDraftFile(text)
      if (result.ok) expect(hasContent(result.draft)).toBe(true)
    }),
    { numRuns: 300 },
  )
})

test('files that are not Why Card drafts are refused as malformed', () => {
  expect(parseDraftFile('{"app":"other","version":1,"draft":{}}')).toEqual({
    ok: false,
    reason: 'malformed',
  })
  expect(parseDraftFile('{"app":"why-card","version":"1","draft":{}}')).toEqual({
    ok: false,
    reason: 'malformed',
  })
  expect(parseDraftFile('{"app":"why-card","version":1,"draft":[]}')).toEqual({
    ok: false,
    reason: 'malformed',
  })
  expect(
    parseDraftFile('{"app":"why-card","version":1,"draft":{"answers":{"problem":"x"}'),
  ).toEqual({ ok: false, reason: 'malformed' })
  expect(parseDraftFile('<html><script>alert(1)</script>')).toEqual({
    ok: false,
    reason: 'malformed',
  })
})

test('an empty file or one with no answers is refused as empty', () => {
  expect(parseDraftFile('')).toEqual({ ok: false, reason: 'empty' })
  expect(parseDraftFile('{"app":"why-card","version":1,"draft":{}}')).toEqual({
    ok: false,
    reason: 'empty',
  })
})

test('a file from a newer version is refused as too new; an older one is migrated', () => {
  const future = JSON.stringify({
    app: 'why-card',
    version: STORED_VERSION + 1,
    draft: { answers: { problem: 'x' } },
  })
  expect(parseDraftFile(future)).toEqual({ ok: false, reason: 'too-new' })
  const old = JSON.stringify({
    app: 'why-card',
    version: 0,
    draft: { problem: 'libraries are closing' },
  })
  const result = parseDraftFile(old)
  expect(result.ok && result.draft.answers.problem).toBe('libraries are closing')
})

test('a file far larger than any draft is refused before it is parsed', () => {
  expect(parseDraftFile(' '.repeat(MAX_DRAFT_FILE_CHARS + 1))).toEqual({
    ok: false,
    reason: 'too-large',
  })
})

test('the copy kept from unreadable saved data can be imported by an app that reads it', () => {
  const saved = JSON.stringify({ version: 1, state: { answers: { problem: 'kept aside' } } })
  const result = parseDraftFile(saved)
  expect(result.ok && result.draft.answers.problem).toBe('kept aside')
})

test('a byte-order mark at the start of the file is ignored', () => {
  const result = parseDraftFile(`\ufeff${serializeDraftFile(sampleDraft(), EXPORTED_AT)}`)
  expect(result).toEqual({ ok: true, draft: sampleDraft() })
})
