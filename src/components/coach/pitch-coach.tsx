import { useEffect, useId, useMemo, useState } from 'react'
import {
  reviewPitch,
  type CheckId,
  type CoachContext,
  type PitchCheck,
} from '../../domain/coach/coach'
import { useCoachMessages, type EnCoach } from '@/i18n/en-coach'
import './pitch-coach.css'

export type PitchCoachProps = {
  text: string
  context?: CoachContext
  /** How long typing must pause before the review runs again. */
  debounceMs?: number
  /** The heading level that fits where the coach is placed. */
  headingLevel?: 2 | 3 | 4
}

const DEFAULT_DEBOUNCE_MS = 250

export function PitchCoach({
  text,
  context,
  debounceMs = DEFAULT_DEBOUNCE_MS,
  headingLevel = 3,
}: PitchCoachProps) {
  const enCoach = useCoachMessages()
  const settledText = useDebouncedValue(text, debounceMs)
  const stage = context?.stage
  const situation = context?.situation
  const review = useMemo(
    () => reviewPitch(settledText, { stage, situation }, enCoach),
    [settledText, stage, situation, enCoach],
  )
  const headingId = useId()
  const Heading = `h${headingLevel}` as const
  const isEmpty = settledText.trim() === ''
  const failing = review.checks.filter((check) => !check.ok)

  return (
    <section className="coach" aria-labelledby={headingId}>
      <Heading id={headingId} className="coach-heading">
        {enCoach.heading}
      </Heading>
      <p className="coach-intro">{enCoach.intro}</p>
      <p role="status" className="coach-status">
        {statusText(isEmpty, failing.length, enCoach)}
      </p>
      {isEmpty ? null : (
        <>
          <p className="coach-summary">
            {fill(enCoach.summary, { words: review.wordCount, seconds: review.speakingSeconds })}
          </p>
          <ul className="coach-checklist" aria-label={enCoach.checklistLabel}>
            {review.checks.map((check) => (
              <CheckItem key={check.id} check={check} />
            ))}
          </ul>
          {failing.some((check) => check.spans.length > 0) ? (
            <figure className="coach-marked">
              <figcaption className="coach-marked-caption">{enCoach.highlightedHeading}</figcaption>
              <p className="coach-marked-text">
                {segment(settledText, failing).map((part) =>
                  part.checks.length === 0 ? (
                    <span key={part.start}>{part.text}</span>
                  ) : (
                    <mark key={part.start} className="coach-mark">
                      <span className="coach-visually-hidden">
                        {`${fill(enCoach.markPrefix, { checks: part.checks.map((id) => titleOf(id, enCoach)).join(', ') })} `}
                      </span>
                      {part.text}
                      <span className="coach-visually-hidden">{` (${enCoach.markSuffix})`}</span>
                    </mark>
                  ),
                )}
              </p>
            </figure>
          ) : null}
        </>
      )}
    </section>
  )
}

function CheckItem({ check }: { check: PitchCheck }) {
  const enCoach = useCoachMessages()
  if (check.notRead === true) {
    // A check that reads English says plainly that it could not read this pitch.
    return (
      <li className="coach-check coach-check-not-read">
        <span className="coach-check-state">{enCoach.state.notRead}</span>
        <span className="coach-visually-hidden">: </span>
        <span className="coach-check-title">{titleOf(check.id, enCoach)}</span>
        <p className="coach-check-message">{check.message}</p>
      </li>
    )
  }
  const state = check.ok ? enCoach.state.pass : enCoach.state.fail
  return (
    <li className={check.ok ? 'coach-check coach-check-pass' : 'coach-check coach-check-fail'}>
      <span className="coach-check-state">{state}</span>
      <span className="coach-visually-hidden">: </span>
      <span className="coach-check-title">{titleOf(check.id, enCoach)}</span>
      {/* A passing check needs no explanation on screen; a failing one says why and what next. */}
      {!check.ok && <p className="coach-check-message">{check.message}</p>}
    </li>
  )
}

function titleOf(id: CheckId, enCoach: EnCoach): string {
  return enCoach.checks[id].title
}

function statusText(isEmpty: boolean, failing: number, enCoach: EnCoach): string {
  if (isEmpty) return enCoach.status.empty
  if (failing === 0) return enCoach.status.allPass
  if (failing === 1) return enCoach.status.oneNeedsWork
  return fill(enCoach.status.manyNeedWork, { count: failing })
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  )
}

function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return settled
}

type Part = { start: number; text: string; checks: CheckId[] }

/**
 * Cuts the text at every span edge so overlapping highlights from different checks become
 * separate marks, each naming all the checks that cover it.
 */
function segment(text: string, checks: readonly PitchCheck[]): Part[] {
  const edges = new Set<number>([0, text.length])
  for (const check of checks) {
    for (const span of check.spans) {
      edges.add(Math.min(Math.max(span.start, 0), text.length))
      edges.add(Math.min(Math.max(span.end, 0), text.length))
    }
  }
  const cuts = [...edges].sort((a, b) => a - b)
  const parts: Part[] = []
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] ?? 0
    const end = cuts[i + 1] ?? start
    if (end <= start) continue
    const covering = checks
      .filter((check) => check.spans.some((span) => span.start <= start && span.end >= end))
      .map((check) => check.id)
    const previous = parts[parts.length - 1]
    if (previous !== undefined && sameChecks(previous.checks, covering)) {
      previous.text += text.slice(start, end)
    } else {
      parts.push({ start, text: text.slice(start, end), checks: covering })
    }
  }
  return parts
}

function sameChecks(a: readonly CheckId[], b: readonly CheckId[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}
