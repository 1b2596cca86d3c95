// @vitest-environment node
import fc from 'fast-check'
import { accentPalette, contrastRatio } from '@/domain/embed/accent-palette'
import {
  describeLaunchWarning,
  parseHexColour,
  parseLaunchParams,
  parseOrigin,
} from '@/domain/embed/launch-params'

test('no query string gives every default and no warnings', () => {
  expect(parseLaunchParams('')).toEqual({
    embed: false,
    namespace: null,
    situation: null,
    accent: null,
    share: null,
    origin: null,
    warnings: [],
  })
})

test('a full course-page query string is read', () => {
  const params = parseLaunchParams(
    '?embed=1&ns=lesson-3&situation=work-project&accent=%237A3&share=pitch&origin=https%3A%2F%2Fcourses.example.com',
  )
  expect(params).toEqual({
    embed: true,
    namespace: 'lesson-3',
    situation: 'work-project',
    accent: '#77aa33',
    share: 'pitch',
    origin: 'https://courses.example.com',
    warnings: [],
  })
})

test('bad values fall back to their defaults, each with a warning', () => {
  const params = parseLaunchParams(
    '?embed=yes&ns=../../etc&situation=astronaut&accent=red&share=everything&origin=javascript:alert(1)',
  )
  expect(params).toMatchObject({
    embed: false,
    namespace: null,
    situation: null,
    accent: null,
    share: null,
    origin: null,
  })
  expect(params.warnings.map((w) => w.param)).toEqual([
    'embed',
    'ns',
    'situation',
    'accent',
    'share',
    'origin',
  ])
})

test('an empty value counts as not given, without a warning', () => {
  expect(parseLaunchParams('?accent=&ns=&origin=').warnings).toEqual([])
})

test('the accent may be written with or without #, in three or six digits', () => {
  expect(parseHexColour('#7a3')).toBe('#77aa33')
  expect(parseHexColour('7A3')).toBe('#77aa33')
  expect(parseHexColour('#2F6F73')).toBe('#2f6f73')
  expect(parseHexColour(' 2f6f73 ')).toBe('#2f6f73')
  for (const bad of ['#12', '#1234', '#12345', '#ggg', 'rgb(0,0,0)', 'red', '##123', '#1234567']) {
    expect(parseHexColour(bad)).toBeNull()
  }
})

test('an origin must be plainly http(s)://host[:port] and comes back as the browser writes it', () => {
  expect(parseOrigin('https://Courses.Example.com')).toBe('https://courses.example.com')
  expect(parseOrigin('https://courses.example.com/')).toBe('https://courses.example.com')
  expect(parseOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080')
  expect(parseOrigin('https://example.com:443')).toBe('https://example.com')
  for (const bad of [
    'null',
    '*',
    'example.com',
    'ftp://example.com',
    'data:text/html,hi',
    'javascript:alert(1)',
    'https://example.com/course',
    'https://example.com?x=1',
    'https://example.com#top',
    'https://user:pw@example.com',
    `https://${'a'.repeat(400)}.com`,
  ]) {
    expect(parseOrigin(bad)).toBeNull()
  }
})

test('a warning names the parameter, quotes a shortened value and says what was expected', () => {
  const [warning] = parseLaunchParams(`?accent=${'x'.repeat(500)}`).warnings
  expect(warning?.value).toHaveLength(60)
  const line = describeLaunchWarning(warning!)
  expect(line).toMatch(/^Why Card: ignored accent="x+"; expected a hex colour/)
  expect(line.length).toBeLessThan(200)
})

test('any query string parses without throwing into valid values', () => {
  const key = fc.constantFrom('embed', 'ns', 'situation', 'accent', 'share', 'origin', 'other')
  const query = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc
      .array(fc.tuple(key, fc.string({ unit: 'binary' })))
      .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
  )
  fc.assert(
    fc.property(query, (search) => {
      const params = parseLaunchParams(search)
      expect(typeof params.embed).toBe('boolean')
      expect(params.namespace === null || /^[\w-]{1,40}$/.test(params.namespace)).toBe(true)
      expect(params.accent === null || /^#[0-9a-f]{6}$/.test(params.accent)).toBe(true)
      expect([null, 'pitch']).toContain(params.share)
      expect(params.origin === null || /^https?:\/\/[^/?#]+$/.test(params.origin)).toBe(true)
      for (const warning of params.warnings) expect(warning.value.length).toBeLessThanOrEqual(60)
    }),
  )
})

test('a brand colour keeps its own shade where it is readable', () => {
  const palette = accentPalette('#2f6f73')
  expect(palette.accent).toBe('#2f6f73')
  expect(palette.accentStrong).toBe('#2f6f73')
})

test('a light brand colour is darkened until white labels and text on paper are readable', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
      const palette = accentPalette(`#${n.toString(16).padStart(6, '0')}`)
      expect(contrastRatio(palette.accentStrong, '#ffffff')).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(palette.accentStrong, '#fbfaf7')).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(palette.accentStrong, palette.accentSoft)).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(palette.accent, '#ffffff')).toBeGreaterThanOrEqual(3)
    }),
  )
  expect(accentPalette('#ffff00').accentStrong).not.toBe('#ffff00')
})
