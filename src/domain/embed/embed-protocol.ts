// The messages an embedded Why Card posts to the course page around it, and the few it accepts.
// Pure: the browser adapter (lib/embed-bridge.ts) does the posting and listening.
//
// Privacy rule: a message carries the person's words only when the embed opted in with
// share=pitch, and such a message goes only to a known origin, never to '*'.
// Content-free messages (ready, resize, step, and complete without texts) may go to '*' when
// no origin is known (no origin= parameter, and the browser gave no referrer or ancestor
// origin). They say only how tall the page is and which step of nine is showing, which any
// page can already infer from the iframe's size; without them a host that strips referrers
// could not auto-size the frame. Incoming messages are accepted only from a known origin.
import { isStepId, type StepId } from '../draft/draft'
import type { SharePolicy } from './launch-params'
import { parseOrigin } from './launch-params'

export const MESSAGE_SOURCE = 'why-card'
export const HOST_SOURCE = 'why-card-host'
export const PROTOCOL_VERSION = 1

/** Heights the app reports, in CSS pixels; embed.js clamps to the same range. */
export const HEIGHT_LIMITS = { min: 200, max: 20000 } as const

export type ReadyMessage = {
  source: typeof MESSAGE_SOURCE
  type: 'ready'
  version: typeof PROTOCOL_VERSION
  count: number
}
export type ResizeMessage = { source: typeof MESSAGE_SOURCE; type: 'resize'; height: number }
export type StepMessage = {
  source: typeof MESSAGE_SOURCE
  type: 'step'
  index: number
  id: StepId
  count: number
}
export type CompleteMessage = {
  source: typeof MESSAGE_SOURCE
  type: 'complete'
  /** The one-sentence why; only with share=pitch. */
  why?: string
  /** The 30-second pitch; only with share=pitch. */
  pitch?: string
}
export type EmbedMessage = ReadyMessage | ResizeMessage | StepMessage | CompleteMessage

/** What a host page may send: "ping" asks for the current step and height again. */
export type HostMessage = { source: typeof HOST_SOURCE; type: 'ping' }

export function buildReadyMessage(count: number): ReadyMessage {
  return { source: MESSAGE_SOURCE, type: 'ready', version: PROTOCOL_VERSION, count }
}

export function buildResizeMessage(height: number): ResizeMessage {
  const whole = Number.isFinite(height) ? Math.ceil(height) : HEIGHT_LIMITS.min
  return { source: MESSAGE_SOURCE, type: 'resize', height: clampHeight(whole) }
}

export function buildStepMessage(id: StepId, index: number, count: number): StepMessage {
  return { source: MESSAGE_SOURCE, type: 'step', index, id, count }
}

export type PitchTexts = { oneLiner: string; pitch: string }

/** The texts go in only when the embed asked for them with share=pitch. */
export function buildCompleteMessage(share: SharePolicy, texts: PitchTexts): CompleteMessage {
  const message: CompleteMessage = { source: MESSAGE_SOURCE, type: 'complete' }
  if (share === 'pitch') {
    message.why = texts.oneLiner
    message.pitch = texts.pitch
  }
  return message
}

export function carriesContent(message: EmbedMessage): boolean {
  return message.type === 'complete' && (message.why !== undefined || message.pitch !== undefined)
}

export function clampHeight(height: number): number {
  return Math.min(HEIGHT_LIMITS.max, Math.max(HEIGHT_LIMITS.min, height))
}

export type OriginClues = {
  /** The origin= launch parameter, already validated. */
  originParam: string | null
  /** location.ancestorOrigins[0] where the browser has it (Chromium, Safari), else null. */
  ancestorOrigin: string | null
  /** document.referrer: the host page's URL or origin, or '' when the host withheld it. */
  referrer: string
}

/**
 * Where messages go: the origin the embed named, else the parent's origin as the browser
 * reports it, else the referrer's origin; null when none of them is a usable http(s) origin.
 */
export function chooseTargetOrigin(clues: OriginClues): string | null {
  if (clues.originParam) return clues.originParam
  const ancestor = clues.ancestorOrigin ? parseOrigin(clues.ancestorOrigin) : null
  if (ancestor) return ancestor
  return originOfUrl(clues.referrer)
}

function originOfUrl(url: string): string | null {
  if (url === '') return null
  try {
    const parsed = new URL(url)
    return parseOrigin(parsed.origin)
  } catch {
    return null
  }
}

/**
 * The targetOrigin argument for postMessage, or null when the message must not be sent:
 * content needs a known origin; content-free messages fall back to '*'.
 */
export function postTargetFor(message: EmbedMessage, targetOrigin: string | null): string | null {
  if (targetOrigin) return targetOrigin
  return carriesContent(message) ? null : '*'
}

/**
 * An incoming message event's data and origin, checked: only from the known host origin and
 * only the shapes in HostMessage. Everything else (other scripts' messages, other origins,
 * extra fields) is ignored.
 */
export function parseHostMessage(
  data: unknown,
  eventOrigin: string,
  targetOrigin: string | null,
): HostMessage | null {
  if (targetOrigin === null || eventOrigin !== targetOrigin) return null
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null
  const record = data as Record<string, unknown>
  if (record.source !== HOST_SOURCE || record.type !== 'ping') return null
  if (Object.keys(record).some((key) => key !== 'source' && key !== 'type')) return null
  return { source: HOST_SOURCE, type: 'ping' }
}

/**
 * For host pages written in TypeScript: checks a message event's data against the protocol.
 * (embed.js carries the same checks in plain JavaScript.)
 */
export function parseEmbedMessage(data: unknown): EmbedMessage | null {
  if (typeof data !== 'object' || data === null) return null
  const r = data as Record<string, unknown>
  if (r.source !== MESSAGE_SOURCE) return null
  const isCount = (v: unknown): v is number =>
    typeof v === 'number' && Number.isSafeInteger(v) && v > 0
  switch (r.type) {
    case 'ready':
      return r.version === PROTOCOL_VERSION && isCount(r.count) ? buildReadyMessage(r.count) : null
    case 'resize':
      return typeof r.height === 'number' && Number.isFinite(r.height)
        ? buildResizeMessage(r.height)
        : null
    case 'step':
      return isStepId(r.id) &&
        typeof r.index === 'number' &&
        Number.isSafeInteger(r.index) &&
        r.index >= 0 &&
        isCount(r.count) &&
        r.index < r.count
        ? buildStepMessage(r.id, r.index, r.count)
        : null
    case 'complete': {
      const message: CompleteMessage = { source: MESSAGE_SOURCE, type: 'complete' }
      if (typeof r.why === 'string') message.why = r.why
      if (typeof r.pitch === 'string') message.pitch = r.pitch
      return message
    }
    default:
      return null
  }
}
