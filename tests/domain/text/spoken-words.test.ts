import fc from 'fast-check'
import { shortenSpoken, spokenWords } from '@/domain/text/spoken-words'

test('two Chinese or Japanese characters take an English word’s time; spaced text counts its words', () => {
  expect(spokenWords('我外婆在老家一个人住。')).toBe(5)
  expect(spokenWords('Mi abuela vivía sola.')).toBe(4)
})

test('text without spaces is cut at its sentences, else at a pause, to what the words take to say', () => {
  const text =
    'お正月に帰省したら、駄菓子屋が閉まっていた。おばちゃんは去年亡くなったと母から聞いた。'
  expect(shortenSpoken(text, 40)).toBe(text)
  expect(shortenSpoken(text, 12)).toBe('お正月に帰省したら、駄菓子屋が閉まっていた。')
  // One sentence longer than the room: to its last pause that fits, without the pause mark.
  expect(shortenSpoken(text, 6)).toBe('お正月に帰省したら')
})

test('a cut never says more than was typed, and keeps what fits', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 60 }), (text, max) => {
      const cut = shortenSpoken(text, max)
      expect(text.includes(cut.trim()) || text.trim().startsWith(cut)).toBe(true)
    }),
  )
})

// (From spent persona set 56: a Thai pitch of some 160 words was counted as 25, by its spaces,
// and ran over two minutes.)
test('Thai, Lao, Khmer and Burmese count their words, not their spaces', () => {
  // Nine Thai words, one space: "my grandmother lives alone in the village / every day".
  const thai = 'ยายของฉันอยู่คนเดียวที่หมู่บ้าน ทุกวัน'
  expect(spokenWords(thai)).toBeGreaterThanOrEqual(4)
  expect(spokenWords(thai)).toBeLessThanOrEqual(6)
  // Cut at a space, its pause, to what fits.
  expect(shortenSpoken(thai, 3)).toBe('ยายของฉันอยู่คนเดียวที่หมู่บ้าน')
})
