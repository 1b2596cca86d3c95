// mailto: links (RFC 6068) that open the person's own mail app with a message ready to edit.
// Nothing is sent by the app: the mail app does that, if and when the person chooses.
import { toWellFormed } from '../text/text'

export type MailtoParts = {
  /** Addresses; empty leaves the recipient for the person to fill in. */
  to?: string
  subject?: string
  body?: string
}

/**
 * Builds the link. Every value is percent-encoded as UTF-8 (encodeURIComponent) and line breaks
 * become CRLF (%0D%0A), as RFC 6068 requires for the body. A lone surrogate becomes U+FFFD.
 */
export function buildMailto(parts: MailtoParts): string {
  // encodeURIComponent throws URIError on a lone surrogate: never let one through.
  const to = toWellFormed(parts.to ?? '')
  const subject = toWellFormed(parts.subject ?? '')
  const body = toWellFormed(parts.body ?? '')
  const fields: string[] = []
  if (subject !== '') fields.push(`subject=${encodeURIComponent(subject.replace(/[\r\n]+/g, ' '))}`)
  if (body !== '') fields.push(`body=${encodeURIComponent(body.replace(/\r\n|\r|\n/g, '\r\n'))}`)
  const query = fields.length > 0 ? `?${fields.join('&')}` : ''
  return `mailto:${encodeURIComponent(to.trim()).replace(/%40/g, '@').replace(/%2C/g, ',')}${query}`
}
