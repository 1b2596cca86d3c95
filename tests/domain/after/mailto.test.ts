import { buildMailto } from '@/domain/after/mailto'

test('subject and body are percent-encoded and line breaks become CRLF', () => {
  const link = buildMailto({
    subject: 'Good to meet you & thanks',
    body: 'Hi Zoë,\n\nLine two?\r\nLast = 100%',
  })
  expect(link).toBe(
    'mailto:?subject=Good%20to%20meet%20you%20%26%20thanks&body=Hi%20Zo%C3%AB%2C%0D%0A%0D%0ALine%20two%3F%0D%0ALast%20%3D%20100%25',
  )
})

test('decoding the link gives back exactly the subject and the body', () => {
  const subject = 'Über #1: a+b'
  const body = 'One\ntwo & three\n"four"'
  const url = new URL(buildMailto({ subject, body }))
  expect(url.protocol).toBe('mailto:')
  const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'))
  expect(params.get('subject')).toBe(subject)
  expect(params.get('body')).toBe(body.replace(/\n/g, '\r\n'))
})

test('a recipient is optional and a subject never breaks onto a new line', () => {
  expect(buildMailto({})).toBe('mailto:')
  expect(buildMailto({ to: 'ada@example.org', subject: 'a\nb' })).toBe(
    'mailto:ada@example.org?subject=a%20b',
  )
})
