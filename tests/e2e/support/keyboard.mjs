// Moving through a page with the keyboard alone, checking at every stop that focus can be seen.
import assert from 'node:assert/strict'
import { describeFocus, focusInfo } from './checks.mjs'

function matches(info, want) {
  if (typeof want === 'function') return want(info)
  if (want.tag && info.tag !== want.tag) return false
  if (want.type && info.type !== want.type) return false
  if (want.name instanceof RegExp) return want.name.test(info.name)
  if (typeof want.name === 'string')
    return info.name === want.name || info.name.startsWith(want.name)
  return true
}

/** Fails unless something is focused, with a focus indicator, inside the viewport. */
export function assertFocusVisible(info, where = '') {
  assert.notEqual(info.tag, 'body', `${where}: focus was lost (nothing focused)`)
  assert.ok(info.indicator, `${where}: no visible focus indicator on ${describeFocus(info)}`)
  assert.ok(
    info.inViewport,
    `${where}: the focused element is outside the viewport: ${describeFocus(info)}`,
  )
}

/**
 * Presses a key and checks where focus went and that it shows. Returns the new focus info.
 * `allowBody` lets focus leave the page (Tab past the last element).
 */
export async function press(page, key, { where = key, allowBody = false } = {}) {
  await page.keyboard.press(key)
  const info = await focusInfo(page)
  if (!(allowBody && info.tag === 'body')) assertFocusVisible(info, `${where} (after ${key})`)
  return info
}

/**
 * Presses Tab (or Shift+Tab with `reverse`) until the focused element matches `want`
 * ({ name: string (a prefix) | RegExp, tag?, type? } or a predicate on focusInfo), checking on the
 * way that every stop shows its focus. Returns the matching element's focus info.
 */
export async function tabTo(page, want, { reverse = false, max = 60, where = 'Tab' } = {}) {
  const key = reverse ? 'Shift+Tab' : 'Tab'
  const seen = []
  for (let i = 0; i < max; i++) {
    const info = await press(page, key, { where })
    seen.push(`${info.tag}${info.type ? `[${info.type}]` : ''} "${info.name.slice(0, 40)}"`)
    if (matches(info, want)) return info
  }
  throw new Error(
    `${where}: ${key} never reached ${JSON.stringify(want.name ?? want)}; focus went:\n  ${seen.join('\n  ')}`,
  )
}

/** Waits until the element with `id` has focus (focus moves in an effect after a render). */
export async function waitForFocus(page, id, { timeout = 5_000 } = {}) {
  try {
    await page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout })
  } catch {
    const info = await focusInfo(page)
    assert.fail(`focus did not move to #${id}; it is on ${describeFocus(info)}`)
  }
}
