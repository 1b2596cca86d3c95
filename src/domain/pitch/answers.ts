// The person's answers: the one model every part of the app reads from.
// Pure data and pure functions: no React, storage or browser globals here.

export const SITUATIONS = ['job', 'business', 'work-project', 'cause', 'creative'] as const
export type Situation = (typeof SITUATIONS)[number]

export const STAGES = ['vague', 'convening', 'narrowing', 'growing'] as const
export type Stage = (typeof STAGES)[number]

export type Answers = {
  situation: Situation
  stage: Stage
  /** The asks the person ticked or wrote for their stage. */
  asks: string[]
  name: string
  problem: string
  affected: string
  spark: string
  whyNow: string
  belief: string
  mistake: string
  betterWorld: string
  forWhom: string
  /** What the person is working on, in a few words ("opening good jobs to …"). */
  workOn: string
  theme: string
  coreWord: string
}

export type TextField = Exclude<keyof Answers, 'situation' | 'stage' | 'asks'>

export const TEXT_FIELDS = [
  'name',
  'problem',
  'affected',
  'spark',
  'whyNow',
  'belief',
  'mistake',
  'betterWorld',
  'forWhom',
  'workOn',
  'theme',
  'coreWord',
] as const satisfies readonly TextField[]

/**
 * Longest text each field keeps. Long enough for a thoughtful answer, short enough that the
 * pitch stays speakable and the card stays one page.
 */
export const FIELD_LIMITS: Record<TextField, number> = {
  name: 80,
  problem: 400,
  affected: 200,
  spark: 500,
  whyNow: 300,
  belief: 300,
  mistake: 300,
  betterWorld: 400,
  forWhom: 200,
  workOn: 160,
  theme: 160,
  coreWord: 40,
}
export const ASK_LIMIT = 160
export const MAX_ASKS = 8

export function emptyAnswers(): Answers {
  return {
    situation: 'cause',
    stage: 'vague',
    asks: [],
    name: '',
    problem: '',
    affected: '',
    spark: '',
    whyNow: '',
    belief: '',
    mistake: '',
    betterWorld: '',
    forWhom: '',
    workOn: '',
    theme: '',
    coreWord: '',
  }
}

export function isSituation(value: unknown): value is Situation {
  return typeof value === 'string' && (SITUATIONS as readonly string[]).includes(value)
}

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value)
}

/** Cuts a text to its field's limit without splitting a surrogate pair. */
export function clampText(text: string, limit: number): string {
  if (text.length <= limit) return text
  const chars = Array.from(text)
  let out = ''
  for (const ch of chars) {
    if (out.length + ch.length > limit) break
    out += ch
  }
  return out
}

/**
 * Reads untrusted data (storage, a link, a file) into valid Answers: unknown keys dropped,
 * wrong types replaced by defaults, texts clamped to their limits. Never throws.
 */
export function sanitizeAnswers(input: unknown): Answers {
  const base = emptyAnswers()
  if (typeof input !== 'object' || input === null) return base
  const record = input as Record<string, unknown>
  const out: Answers = { ...base }
  if (isSituation(record.situation)) out.situation = record.situation
  if (isStage(record.stage)) out.stage = record.stage
  for (const field of TEXT_FIELDS) {
    const value = record[field]
    if (typeof value === 'string') out[field] = clampText(value, FIELD_LIMITS[field])
  }
  if (Array.isArray(record.asks)) {
    out.asks = record.asks
      .filter((ask): ask is string => typeof ask === 'string' && ask.trim() !== '')
      .slice(0, MAX_ASKS)
      .map((ask) => clampText(ask, ASK_LIMIT))
  }
  return out
}
