// The browser side of the embed protocol (domain/embed/embed-protocol.ts): posts to the page that
// frames the app, reports the content height as it changes, and listens for the host's few
// messages. Does nothing at all when the app is not in a frame.
import {
  buildResizeMessage,
  chooseTargetOrigin,
  parseHostMessage,
  postTargetFor,
  type EmbedMessage,
  type HostMessage,
} from '@/domain/embed/embed-protocol'
import { isFramed } from './frame'

/**
 * Whether an <a download> is likely to work here. Browsers give no way to read an iframe's
 * sandbox flags, and a blocked download fails silently (only a console line in Chromium), so
 * this is a best guess: a frame with an opaque origin ('null') is sandboxed without
 * allow-same-origin, and hosts that strip that token rarely grant allow-downloads. Outside a
 * frame, and in a frame with a real origin, downloads are assumed to work; a sandbox with
 * allow-same-origin but without allow-downloads cannot be told apart, which is why an embedded
 * app should always offer the other ways (new tab, print) too.
 */
export function canProbablyDownload(win: Window = window): boolean {
  if (!isFramed(win)) return true
  return win.origin !== 'null'
}

// Long enough for a new tab to load the PDF, short enough not to keep it in memory all session.
const OPEN_URL_LIFETIME_MS = 60_000

/**
 * Opens a Blob (the card's PDF) in a new tab, for frames where downloads are blocked; the
 * browser's PDF viewer has its own save and print buttons. There is no way to know whether it
 * worked: Chromium 156 returns null from window.open in a cross-site frame even when the tab
 * opened, and a popup of a sandboxed frame inherits the sandbox (without
 * allow-popups-to-escape-sandbox it shows an error page instead of the PDF). Offer it next to
 * the other ways, never as the only one.
 */
export function openBlobInNewTab(blob: Blob, win: Window = window): void {
  const url = URL.createObjectURL(blob)
  try {
    win.open(url, '_blank')
  } catch {
    // Blocked outright: the other ways (print, copy) are on screen next to this one.
  }
  win.setTimeout(() => URL.revokeObjectURL(url), OPEN_URL_LIFETIME_MS)
}

export type EmbedBridge = {
  /** Where messages go; null when no origin is known (then only content-free messages go, to '*'). */
  readonly targetOrigin: string | null
  /** Posts to the parent; returns false when the message was held back (content, no origin). */
  post(message: EmbedMessage): boolean
  /** The content's height in CSS pixels, as the host should size the frame. */
  measureHeight(): number
  /** Posts `resize` now and whenever the content's height changes; returns a stop function. */
  observeHeight(): () => void
  /** Valid host messages, coalesced: at most one call per animation frame. */
  onHostMessage(listener: (message: HostMessage) => void): () => void
}

function ancestorOrigin(win: Window): string | null {
  // location.ancestorOrigins exists in Chromium and Safari only, and the host can hide it
  // with a referrer policy: then the list holds 'null'.
  try {
    const list = win.location.ancestorOrigins
    return list && list.length > 0 ? (list[0] ?? null) : null
  } catch {
    return null
  }
}

/** A bridge to the framing page, or null when the app is not framed. */
export function createEmbedBridge(options: {
  originParam: string | null
  win?: Window & typeof globalThis
}): EmbedBridge | null {
  const win = options.win ?? window
  if (!isFramed(win)) return null
  const parent = win.parent
  const doc = win.document
  const targetOrigin = chooseTargetOrigin({
    originParam: options.originParam,
    ancestorOrigin: ancestorOrigin(win),
    referrer: doc.referrer,
  })

  function post(message: EmbedMessage): boolean {
    const target = postTargetFor(message, targetOrigin)
    if (target === null) return false
    try {
      parent.postMessage(message, target)
      return true
    } catch {
      // A detached or navigating parent: the host will ask again (ping) or size by default.
      return false
    }
  }

  function measureHeight(): number {
    // The root element's box, not scrollHeight: scrollHeight never drops below the frame's own
    // height, so a frame sized by it could grow but never shrink back on a shorter step.
    const root = doc.documentElement
    return Math.max(root.getBoundingClientRect().height, doc.body?.scrollHeight ?? 0)
  }

  function observeHeight(): () => void {
    let last = -1
    const report = () => {
      const message = buildResizeMessage(measureHeight())
      if (message.height === last) return
      last = message.height
      post(message)
    }
    report()
    if (typeof win.ResizeObserver !== 'function') {
      // Very old browsers: the frame keeps the height the coach gave it, which still works.
      return () => undefined
    }
    const observer = new win.ResizeObserver(report)
    observer.observe(doc.documentElement)
    if (doc.body) observer.observe(doc.body)
    return () => observer.disconnect()
  }

  function onHostMessage(listener: (message: HostMessage) => void): () => void {
    // A host may send thousands of pings at once (a bug, or a hostile page): the answer is the
    // same for all of them, so they are coalesced and answered at most once per frame.
    let pending: HostMessage | null = null
    let cancel: (() => void) | null = null
    function deliver() {
      cancel = null
      const message = pending
      pending = null
      if (message) listener(message)
    }
    function schedule(): () => void {
      // A hidden frame gets no animation frames; a timer still answers (browsers slow it down).
      if (typeof win.requestAnimationFrame === 'function' && doc.visibilityState !== 'hidden') {
        const id = win.requestAnimationFrame(deliver)
        return () => win.cancelAnimationFrame(id)
      }
      const id = win.setTimeout(deliver, 16)
      return () => win.clearTimeout(id)
    }
    function handle(event: MessageEvent) {
      // Only the framing page itself, from the origin we post to, in a shape we know.
      if (event.source !== parent || event.origin !== targetOrigin) return
      // An answer is already on its way: the data (read lazily, at a cost) need not be read.
      if (cancel !== null) return
      const message = parseHostMessage(event.data, event.origin, targetOrigin)
      if (!message) return
      pending = message
      cancel ??= schedule()
    }
    win.addEventListener('message', handle)
    return () => {
      win.removeEventListener('message', handle)
      cancel?.()
      cancel = null
      pending = null
    }
  }

  return { targetOrigin, post, measureHeight, observeHeight, onHostMessage }
}
