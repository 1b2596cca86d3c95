import { useEffect, useId, useState } from 'react'
import {
  PRACTICE_LENGTHS,
  PRACTICE_TARGETS,
  compareToTarget,
  isValidAttempt,
  toAttemptSeconds,
  type PracticeLength,
} from '@/domain/after/practice'
import { countWords, speakingSeconds } from '@/domain/text/text'
import { useAfterMessages, type AfterMessages } from '@/i18n/en-after'
import { browserScheduler, type Scheduler } from '@/lib/scheduler'
import { ContextLabel } from '../ui/context-label'
import { useDrafts } from '@/store/app-stores-context'
import { Teleprompter } from './teleprompter'
import './practice-panel.css'

type PracticePanelProps = {
  texts: Record<PracticeLength, string>
  scheduler?: Scheduler
}

type Running = { length: PracticeLength; startedAt: number }

// The visible clock moves in whole seconds; a few ticks a second keep it from lagging.
const TICK_MS = 250

function describeResult(
  seconds: number,
  length: PracticeLength,
  t: AfterMessages['practice'],
): string {
  const { target } = compareToTarget(seconds, length)
  return t.result(seconds, target)
}

/**
 * Read-aloud practice: a stopwatch per pitch length with the last few times, and a teleprompter.
 * Only durations are kept; nothing is recorded or sent.
 */
export function PracticePanel({ texts, scheduler = browserScheduler }: PracticePanelProps) {
  const enAfter = useAfterMessages()
  const t = enAfter.practice
  const headingId = useId()
  const practice = useDrafts((s) => s.practice)
  const recordAttempt = useDrafts((s) => s.recordAttempt)
  const clearAttempts = useDrafts((s) => s.clearAttempts)
  const [running, setRunning] = useState<Running | null>(null)
  const [now, setNow] = useState(0)
  const [announcement, setAnnouncement] = useState('')
  const [prompter, setPrompter] = useState<PracticeLength | null>(null)

  useEffect(() => {
    if (!running) return
    return scheduler.every(TICK_MS, () => setNow(scheduler.now()))
  }, [running, scheduler])

  function stop(current: Running) {
    const seconds = toAttemptSeconds(scheduler.now() - current.startedAt)
    const label = t.lengths[current.length]
    if (isValidAttempt(seconds)) {
      recordAttempt(current.length, seconds)
      setAnnouncement(t.announce(label, describeResult(seconds, current.length, t)))
    } else {
      setAnnouncement(t.tooShort(label))
    }
  }

  function toggle(length: PracticeLength) {
    if (running) stop(running)
    if (running?.length === length) {
      setRunning(null)
      return
    }
    const startedAt = scheduler.now()
    setNow(startedAt)
    setRunning({ length, startedAt })
  }

  return (
    <section className="practice no-print" aria-labelledby={headingId}>
      <h3 id={headingId} className="practice-heading">
        {t.heading}
      </h3>
      <p className="field-description">{t.intro}</p>
      <ul className="practice-list">
        {PRACTICE_LENGTHS.map((length) => (
          <li key={length}>
            <PracticeRow
              length={length}
              text={texts[length]}
              attempts={practice[length] ?? []}
              elapsedSeconds={
                running?.length === length
                  ? Math.floor(Math.max(0, now - running.startedAt) / 1000)
                  : null
              }
              onToggle={() => toggle(length)}
              onClear={() => clearAttempts(length)}
              onOpenTeleprompter={() => setPrompter(length)}
            />
          </li>
        ))}
      </ul>
      <p className="practice-status" role="status">
        {announcement}
      </p>
      {prompter && (
        <Teleprompter
          title={enAfter.teleprompter.title(t.lengths[prompter])}
          text={texts[prompter]}
          scheduler={scheduler}
          onClose={() => setPrompter(null)}
        />
      )}
    </section>
  )
}

type PracticeRowProps = {
  length: PracticeLength
  text: string
  attempts: readonly number[]
  /** Whole seconds on the running stopwatch; null when this length is not being timed. */
  elapsedSeconds: number | null
  onToggle: () => void
  onClear: () => void
  onOpenTeleprompter: () => void
}

function PracticeRow({
  length,
  text,
  attempts,
  elapsedSeconds,
  onToggle,
  onClear,
  onOpenTeleprompter,
}: PracticeRowProps) {
  const enAfter = useAfterMessages()
  const t = enAfter.practice
  const id = useId()
  const label = t.lengths[length]
  const words = countWords(text)
  const isRunning = elapsedSeconds !== null
  return (
    <div role="group" aria-labelledby={`${id}-label`} className="practice-row">
      <h4 id={`${id}-label`} className="practice-label">
        {label}
      </h4>
      <p className="practice-target">
        {words > 0
          ? t.target(PRACTICE_TARGETS[length], words, speakingSeconds(words))
          : t.emptyText}
      </p>
      <div className="practice-controls">
        <button
          type="button"
          className={isRunning ? 'button button-primary' : 'button button-secondary'}
          onClick={onToggle}
        >
          <ContextLabel
            visible={isRunning ? t.stop : t.start}
            full={isRunning ? t.stopFull(label) : t.startFull(label)}
          />
        </button>
        <span role="timer" className="practice-clock">
          {isRunning ? `${t.running}${t.elapsed(elapsedSeconds)}` : ''}
        </span>
        {words > 0 && (
          <button type="button" className="button button-secondary" onClick={onOpenTeleprompter}>
            <ContextLabel visible={t.openTeleprompter} full={t.teleprompterFull(label)} />
          </button>
        )}
      </div>
      {attempts.length > 0 ? (
        <div className="practice-attempts">
          <ol aria-label={t.attemptsLabel(label)} className="practice-attempt-list">
            {attempts.map((seconds, i) => (
              <li key={i}>{describeResult(seconds, length, t)}</li>
            ))}
          </ol>
          <button type="button" className="link-button" onClick={onClear}>
            <ContextLabel visible={t.clearAttempts} full={t.clearFull(label)} />
          </button>
        </div>
      ) : (
        <p className="practice-none">{t.noAttempts}</p>
      )}
    </div>
  )
}
