// A number above the current version, however large, means "made by a newer version", never
// "damaged": 1e21 is not a safe integer, but it is still newer.
import { compressToEncodedURIComponent } from 'lz-string'
import { migrateStoredState } from '@/domain/draft/migrations'
import { decodeShareLink } from '@/domain/draft/share-link'
import { parseDraftFile } from '@/domain/draft/draft-file'

function link(payload: unknown): string {
  return `#draft=v1.${compressToEncodedURIComponent(JSON.stringify(payload))}`
}

const draft = { answers: { problem: 'from the future' } }

test.each([2, 1e21, Number.MAX_VALUE])(
  'a link with version %s is made by a newer version',
  (version) => {
    expect(decodeShareLink(link({ version, draft }))).toEqual({ ok: false, reason: 'too-new' })
    expect(migrateStoredState(draft, version)).toEqual({ ok: false, reason: 'too-new' })
  },
)

test('a file with version 1e21 is made by a newer version', () => {
  const file = JSON.stringify({ app: 'why-card', version: 1e21, draft })
  expect(parseDraftFile(file)).toEqual({ ok: false, reason: 'too-new' })
})

test('a fractional or negative version is damage, not the future', () => {
  expect(decodeShareLink(link({ version: 0.5, draft }))).toEqual({ ok: false, reason: 'malformed' })
  expect(decodeShareLink(link({ version: -1, draft }))).toEqual({ ok: false, reason: 'malformed' })
})
