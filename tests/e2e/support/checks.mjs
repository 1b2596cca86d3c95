// Checks that any browser test can run on a page (or a frame): axe-core for WCAG 2.2 A/AA,
// horizontal overflow, where focus is and whether it can be seen, screenshots, and the text and
// page sizes of a PDF (poppler-utils: pdftotext, pdfinfo, pdftoppm).
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/** Where screenshots, downloads and saved PDFs go (test-results/ is gitignored). */
export const RESULTS_DIR = join(ROOT, 'test-results')
export const SCREENSHOTS_DIR = join(RESULTS_DIR, 'screenshots')
export const DOWNLOADS_DIR = join(RESULTS_DIR, 'downloads')

// ---------------------------------------------------------------------------------------------
// axe-core

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/**
 * Runs axe-core on a page or frame with the WCAG 2.2 A/AA tags and returns its violations.
 * The app's CSP forbids inline scripts, so the injected tag needs a context created with
 * `bypassCSP: true`; without it, axe is evaluated through the DevTools protocol instead.
 */
export async function runAxe(target, { include, exclude, tags = AXE_TAGS } = {}) {
  const hasAxe = () => target.evaluate(() => typeof window.axe === 'object').catch(() => false)
  if (!(await hasAxe())) {
    await target.addScriptTag({ path: AXE_PATH }).catch(() => undefined)
    if (!(await hasAxe())) await target.evaluate(readFileSync(AXE_PATH, 'utf8'))
  }
  return target.evaluate(
    async ({ include, exclude, tags }) => {
      const context =
        include || exclude ? { include: include ?? [document], exclude: exclude ?? [] } : document
      const result = await window.axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      })
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        tags: v.tags.filter((t) => /^wcag/.test(t)),
        nodes: v.nodes.map((n) => ({
          target: n.target.join(' '),
          html: n.html.length > 200 ? `${n.html.slice(0, 200)}…` : n.html,
          summary: n.failureSummary,
        })),
      }))
    },
    { include, exclude, tags },
  )
}

/** A readable report of axe violations: rule, impact, help link, and each element with the fix. */
export function formatViolations(violations, where = '') {
  if (violations.length === 0) return `${where}: no axe violations`
  const lines = [`${where}: ${violations.length} axe violation(s)`]
  for (const v of violations) {
    lines.push(`  [${v.impact}] ${v.id}: ${v.help} (${v.tags.join(', ')})`, `    ${v.helpUrl}`)
    for (const node of v.nodes) {
      lines.push(`    - ${node.target}`, `      ${node.html}`)
      for (const line of (node.summary ?? '').split('\n'))
        if (line.trim()) lines.push(`        ${line.trim()}`)
    }
  }
  return lines.join('\n')
}

// ---------------------------------------------------------------------------------------------
// Layout

/**
 * Whether the document scrolls sideways, and which elements stick out past the viewport's right
 * edge (deepest first, at most 8), to say what to fix.
 */
export async function horizontalOverflow(target) {
  return target.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    const width = root.clientWidth
    const offenders = []
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0) continue
      if (rect.right > width + 0.5) {
        const name =
          el.tagName.toLowerCase() +
          (el.id ? `#${el.id}` : '') +
          [...el.classList].map((c) => `.${c}`).join('')
        offenders.push(`${name} (right edge ${Math.round(rect.right)}px)`)
      }
    }
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: width,
      overflows: root.scrollWidth > width,
      offenders: offenders.slice(-8),
    }
  })
}

// ---------------------------------------------------------------------------------------------
// Focus

/**
 * The focused element: what it is, its accessible name (approximately: label, aria-label or
 * text), and how its focus shows (outline, box-shadow) and whether it is inside the viewport.
 */
export async function focusInfo(target) {
  return target.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body || el === document.documentElement)
      return { tag: 'body', name: '', visible: false }
    const style = getComputedStyle(el)
    const rect = el.getBoundingClientRect()
    const labelled = el.getAttribute('aria-labelledby')
    const name = (
      el.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      el.labels?.[0]?.textContent ??
      el.textContent ??
      ''
    )
      .replace(/\s+/g, ' ')
      .trim()
    const outlineWidth = parseFloat(style.outlineWidth) || 0
    const hasOutline =
      style.outlineStyle !== 'none' &&
      outlineWidth >= 2 &&
      style.outlineColor !== 'rgba(0, 0, 0, 0)'
    const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    const inViewport =
      rect.width > 0 &&
      rect.height > 0 &&
      rect.bottom > 0 &&
      rect.right > 0 &&
      rect.top < innerHeight &&
      rect.left < innerWidth
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: el.getAttribute('type') ?? '',
      role: el.getAttribute('role') ?? '',
      name,
      checked: 'checked' in el ? el.checked : undefined,
      value: 'value' in el ? el.value : undefined,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
      indicator: hasOutline || hasShadow,
      inViewport,
      visible: (hasOutline || hasShadow) && inViewport,
    }
  })
}

export function describeFocus(info) {
  const what = `${info.tag}${info.type ? `[type=${info.type}]` : ''}${info.id ? `#${info.id}` : ''}`
  return `${what} "${info.name.slice(0, 60)}" (outline: ${info.outline ?? 'n/a'}, box-shadow: ${info.boxShadow ?? 'n/a'}, in viewport: ${info.inViewport})`
}

// ---------------------------------------------------------------------------------------------
// Screenshots

/** Saves a full-page screenshot as test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true })
  const path = join(SCREENSHOTS_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage, animations: 'disabled' })
  return path
}

// ---------------------------------------------------------------------------------------------
// PDF (poppler-utils)

function poppler(tool, args) {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    if (error.code === 'ENOENT')
      throw new Error(`${tool} is missing. Install it with: apt-get install -y poppler-utils`)
    throw error
  }
}

/** Collapses whitespace and unifies quotes, so texts from a page and from a PDF compare. */
export function normaliseText(text) {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The PDF's text (pdftotext), whitespace-normalised. Words hyphenated at a line end are joined. */
export function pdfText(file) {
  const raw = poppler('pdftotext', ['-enc', 'UTF-8', file, '-'])
  return normaliseText(raw.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2'))
}

/** The PDF's pages (pdfinfo): [{ width, height }] in points (72 a inch). */
export function pdfPages(file) {
  const info = poppler('pdfinfo', ['-f', '1', '-l', '9999', file])
  return [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }))
}

/** Renders every page of a PDF to PNGs (pdftoppm) next to the screenshots; returns the prefix. */
export function pdfToPngs(file, name, { dpi = 72 } = {}) {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true })
  const prefix = join(SCREENSHOTS_DIR, name)
  poppler('pdftoppm', ['-png', '-r', String(dpi), file, prefix])
  return prefix
}
