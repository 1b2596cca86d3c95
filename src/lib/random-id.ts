/**
 * A short random id for a new entry (a person in the log). getRandomValues works on plain http
 * too, unlike randomUUID, so a copy served from a LAN address still works.
 */
export function createRandomId(): string {
  const bytes = new Uint8Array(12)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
