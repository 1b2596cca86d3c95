// A course's brand colour turned into the app's three accent variables. Coaches pick colours
// for their logo, not for text: a light yellow would make white button labels unreadable. So
// the colour is kept where it is readable and darkened, in small steps, where it is not.

export type AccentPalette = {
  /** Borders and highlights: at least 3:1 against white (WCAG 1.4.11, non-text contrast). */
  accent: string
  /** Text on paper and the background of white button labels: at least 4.5:1 (WCAG 1.4.3). */
  accentStrong: string
  /** A pale wash behind selected options; dark text stays readable on it. */
  accentSoft: string
}

type Rgb = readonly [number, number, number]

const WHITE: Rgb = [255, 255, 255]
// The app's paper colour is a touch darker than white; text on it needs the same margin.
const PAPER: Rgb = [0xfb, 0xfa, 0xf7]
const SOFT_MIX = 0.12

function toRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as unknown as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(toRgb(a)), luminance(toRgb(b))]
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((i) => from[i]! + (to[i]! - from[i]!) * amount) as unknown as Rgb
}

/** The colour itself if it reaches `ratio` on every background, else the lightest darker shade that does. */
function darkenTo(rgb: Rgb, ratio: number, backgrounds: readonly string[]): string {
  for (let step = 0; step <= 20; step += 1) {
    const hex = toHex(mix(rgb, [0, 0, 0], step / 20))
    if (backgrounds.every((background) => contrastRatio(hex, background) >= ratio)) return hex
  }
  return '#000000'
}

/** `hex` must be a normalised #rrggbb colour (see parseHexColour). */
export function accentPalette(hex: string): AccentPalette {
  const rgb = toRgb(hex)
  const accentSoft = toHex(mix(rgb, WHITE, 1 - SOFT_MIX))
  const paper = [toHex(WHITE), toHex(PAPER)]
  return {
    accent: darkenTo(rgb, 3, paper),
    // Strong is also the text colour of selected options, which sit on the soft wash.
    accentStrong: darkenTo(rgb, 4.5, [...paper, accentSoft]),
    accentSoft,
  }
}
