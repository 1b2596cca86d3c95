import fc from 'fast-check'
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'
import { ASK_LIMIT, FIELD_LIMITS, MAX_ASKS, TEXT_FIELDS } from '@/domain/pitch/answers'
import { decompressUriSafe } from '@/domain/draft/bounded-decompress'
import {
  PITCH_EDIT_LIMIT,
  emptyDraft,
  hasContent,
  sanitizeDraft,
  type Draft,
} from '@/domain/draft/draft'
import { PITCH_PARTS } from '@/domain/pitch/pitch-parts'
import { STORED_VERSION } from '@/domain/draft/migrations'
import { isShareFragment } from '@/domain/draft/share-fragment'
import { MAX_LINK_CHARS, decodeShareLink, encodeShareLink } from '@/domain/draft/share-link'
import { anyDraft, anyText } from '../../fixtures/draft-arbitrary'

function sampleDraft(): Draft {
  const draft = emptyDraft()
  draft.answers.problem = 'adults without degrees get shut out of good jobs.'
  draft.answers.coreWord = 'potential'
  draft.answers.asks = ['Partners to build it with']
  draft.pitchEdits = { pitch: 'My own words.' }
  draft.stepId = 'card'
  return draft
}

function linkFor(payload: unknown): string {
  return `draft=v1.${compressToEncodedURIComponent(JSON.stringify(payload))}`
}

test('a draft survives the trip through a link, with or without the leading #', () => {
  const draft = sampleDraft()
  const fragment = encodeShareLink(draft)
  expect(fragment).toMatch(/^draft=v1\.[A-Za-z0-9+\-$]+$/)
  expect(isShareFragment(`#${fragment}`)).toBe(true)
  expect(decodeShareLink(fragment)).toEqual({ ok: true, draft })
  expect(decodeShareLink(`#${fragment}`)).toEqual({ ok: true, draft })
})

test('the link codec round-trips any valid draft', () => {
  fc.assert(
    fc.property(anyDraft, (draft) => {
      const result = decodeShareLink(encodeShareLink(draft))
      if (hasContent(draft)) expect(result).toEqual({ ok: true, draft })
      else expect(result).toEqual({ ok: false, reason: 'empty' })
    }),
    { numRuns: 150 },
  )
})

test('the largest possible draft, in hard-to-compress text, still fits in a link', () => {
  // Every field full of varied CJK, astral and control characters: the worst case for lz-string.
  let seed = 7
  const noisy = (length: number) =>
    Array.from({ length }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return String.fromCharCode(0x4e00 + (seed % 20000))
    }).join('')
  const draft = emptyDraft()
  for (const field of TEXT_FIELDS) draft.answers[field] = noisy(FIELD_LIMITS[field])
  draft.answers.asks = Array.from({ length: MAX_ASKS }, () => noisy(ASK_LIMIT))
  for (const part of PITCH_PARTS) draft.pitchEdits[part] = noisy(PITCH_EDIT_LIMIT)
  const fragment = encodeShareLink(draft)
  expect(fragment.length).toBeLessThan(MAX_LINK_CHARS)
  expect(decodeShareLink(fragment)).toEqual({ ok: true, draft })
})

test('any string as a link is handled without throwing', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        anyText(400),
        anyText(400).map((s) => `draft=v1.${s}`),
        anyText(400).map((s) => `#draft=v${s}`),
      ),
      (text) => {
        const result = decodeShareLink(text)
        expect(typeof result.ok).toBe('boolean')
      },
    ),
    { numRuns: 500 },
  )
})

test('a link cut short at any point is refused, never half-loaded', () => {
  const draft = sampleDraft()
  const fragment = encodeShareLink(draft)
  for (let end = 'draft=v1.'.length; end < fragment.length; end++) {
    const result = decodeShareLink(fragment.slice(0, end))
    // Only the padding bits of the last character can go without losing anything.
    if (result.ok) expect(result.draft).toEqual(draft)
    else expect(result.reason).toMatch(/malformed|empty/)
  }
})

test('a link with characters changed on the way is refused or read as a valid draft, never thrown', () => {
  const fragment = encodeShareLink(sampleDraft())
  fc.assert(
    fc.property(fc.nat(fragment.length - 10), fc.constantFrom(...'AZaz09+-$'), (offset, ch) => {
      const i = 'draft=v1.'.length + offset
      const tampered = fragment.slice(0, i) + ch + fragment.slice(i + 1)
      const result = decodeShareLink(tampered)
      if (result.ok) expect(result.draft).toEqual(sanitizeDraft(result.draft))
    }),
  )
})

test('a link that is not ours, or carries nothing, says so', () => {
  expect(decodeShareLink('')).toEqual({ ok: false, reason: 'empty' })
  expect(decodeShareLink('#step-heading')).toEqual({ ok: false, reason: 'empty' })
  expect(isShareFragment('#step-heading')).toBe(false)
  expect(decodeShareLink('#draft=v1.')).toEqual({ ok: false, reason: 'empty' })
  expect(decodeShareLink(linkFor({ version: STORED_VERSION, draft: { answers: {} } }))).toEqual({
    ok: false,
    reason: 'empty',
  })
  expect(decodeShareLink('#draft=hello')).toEqual({ ok: false, reason: 'malformed' })
  expect(decodeShareLink('#draft=v1.%E0%A4%A')).toEqual({ ok: false, reason: 'malformed' })
})

test('links from a newer app, in format or in draft version, are refused as too new', () => {
  expect(decodeShareLink('#draft=v2.abc')).toEqual({ ok: false, reason: 'too-new' })
  const future = linkFor({ version: STORED_VERSION + 1, draft: { answers: { problem: 'later' } } })
  expect(decodeShareLink(future)).toEqual({ ok: false, reason: 'too-new' })
})

test('an older draft version in a link is migrated like saved data', () => {
  const old = linkFor({
    version: 0,
    draft: { problem: 'libraries are closing', coreWord: 'belonging' },
  })
  const result = decodeShareLink(old)
  expect(result.ok && result.draft.answers).toMatchObject({
    problem: 'libraries are closing',
    coreWord: 'belonging',
  })
})

test('payloads of the wrong shape are malformed, and wrong field types fall back to defaults', () => {
  expect(decodeShareLink(linkFor([1, 2]))).toEqual({ ok: false, reason: 'malformed' })
  expect(decodeShareLink(linkFor({ draft: { answers: { problem: 'x' } } }))).toEqual({
    ok: false,
    reason: 'malformed',
  })
  expect(decodeShareLink(`draft=v1.${compressToEncodedURIComponent('{not json')}`)).toEqual({
    ok: false,
    reason: 'malformed',
  })
  const odd = decodeShareLink(
    linkFor({
      version: 1,
      draft: {
        answers: { problem: 'kept', belief: 42, asks: 'nope', stage: 'evil' },
        stepId: '<script>',
      },
    }),
  )
  expect(odd.ok && odd.draft).toMatchObject({
    answers: { problem: 'kept', belief: '', asks: [], stage: 'vague' },
    stepId: 'start',
  })
})

test('an oversized link is refused before it is decompressed', () => {
  expect(decodeShareLink(`draft=v1.${'A'.repeat(MAX_LINK_CHARS + 1)}`)).toEqual({
    ok: false,
    reason: 'too-large',
  })
})

test('a small link that would expand into a huge text is stopped while decompressing', () => {
  // lz-string turns a long run of one character into a few bytes: a million characters here.
  const bomb = compressToEncodedURIComponent('a'.repeat(1_000_000))
  expect(bomb.length).toBeLessThan(10_000)
  const started = performance.now()
  expect(decodeShareLink(`draft=v1.${bomb}`)).toEqual({ ok: false, reason: 'too-large' })
  expect(performance.now() - started).toBeLessThan(1000)
})

test('the bounded decompressor reads exactly what lz-string reads', () => {
  fc.assert(
    fc.property(anyText(300), (text) => {
      const packed = compressToEncodedURIComponent(text)
      const ours = decompressUriSafe(packed, 10_000)
      if (text === '') expect(ours.ok).toBe(false)
      else expect(ours).toEqual({ ok: true, text: decompressFromEncodedURIComponent(packed) })
    }),
    { numRuns: 300 },
  )
})
