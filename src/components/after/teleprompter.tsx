import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { advanceScroll, scrollSpeed } from '@/domain/after/practice'
import { WORDS_PER_MINUTE, countWords } from '@/domain/text/text'
import { useAfterMessages } from '@/i18n/en-after'
import { browserScheduler, type Scheduler } from '@/lib/scheduler'
import { trapTabKey } from '../ui/modal-focus'

type TeleprompterProps = {
  title: string
  text: string
  onClose: () => void
  scheduler?: Scheduler
}

// How far one press moves the text by hand: about a line, and most of a screen.
const LINE_STEP_PX = 60
const PAGE_FRACTION = 0.8

/**
 * The chosen length in large type, scrolling at the speaking pace or by hand. A modal dialog:
 * focus starts on Play, Tab stays inside, Escape closes and focus returns to the opener.
 */
export function Teleprompter({
  title,
  text,
  onClose,
  scheduler = browserScheduler,
}: TeleprompterProps) {
  const enAfter = useAfterMessages()
  const t = enAfter.teleprompter
  const id = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const playRef = useRef<HTMLButtonElement>(null)
  // The exact (fractional) scroll position: browsers round scrollTop, which would lose the small
  // steps of a slow scroll.
  const position = useRef(0)
  const [isPlaying, setIsPlaying] = useState(false)
  const [isAtEnd, setIsAtEnd] = useState(false)
  const words = countWords(text)

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    playRef.current?.focus()
    return () => opener?.focus()
  }, [])

  useEffect(() => {
    const box = scrollRef.current
    if (!isPlaying || !box) return
    let last = scheduler.now()
    position.current = box.scrollTop
    return scheduler.everyFrame(() => {
      const now = scheduler.now()
      const distance = box.scrollHeight - box.clientHeight
      // A scroll by hand (wheel, touch) while playing: carry on from where the person put it.
      if (Math.abs(box.scrollTop - position.current) > 2) position.current = box.scrollTop
      position.current = advanceScroll(
        position.current,
        scrollSpeed(words, distance),
        now - last,
        distance,
      )
      last = now
      box.scrollTop = position.current
      if (position.current >= distance) {
        setIsPlaying(false)
        setIsAtEnd(true)
      }
    })
  }, [isPlaying, words, scheduler])

  function scrollTo(target: number) {
    const box = scrollRef.current
    if (!box) return
    const distance = Math.max(0, box.scrollHeight - box.clientHeight)
    position.current = Math.min(distance, Math.max(0, target))
    box.scrollTop = position.current
    setIsAtEnd(distance > 0 && position.current >= distance)
  }

  function scrollByAmount(delta: number) {
    scrollTo((scrollRef.current?.scrollTop ?? 0) + delta)
  }

  function page(): number {
    return (scrollRef.current?.clientHeight ?? 0) * PAGE_FRACTION
  }

  function togglePlay() {
    if (!isPlaying && isAtEnd) scrollTo(0)
    setIsAtEnd(false)
    setIsPlaying(!isPlaying)
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const onButton = event.target instanceof HTMLButtonElement
    const moves: Record<string, () => number> = {
      ArrowDown: () => LINE_STEP_PX,
      ArrowUp: () => -LINE_STEP_PX,
      PageDown: () => page(),
      PageUp: () => -page(),
    }
    const move = moves[event.key]
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
    } else if (move) {
      event.preventDefault()
      scrollByAmount(move())
    } else if (event.key === 'Home') {
      event.preventDefault()
      scrollTo(0)
    } else if (event.key === 'End') {
      event.preventDefault()
      scrollTo(Number.MAX_SAFE_INTEGER)
    } else if (event.key === ' ' && !onButton) {
      event.preventDefault()
      togglePlay()
    } else if (event.key === 'Tab') {
      trapTabKey(event, dialogRef.current)
    }
  }

  return (
    <div
      ref={dialogRef}
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-help`}
      className="teleprompter no-print"
      onKeyDown={handleKeyDown}
    >
      <div className="teleprompter-head">
        <h2 id={`${id}-title`} className="teleprompter-title">
          {title}
        </h2>
        <p id={`${id}-help`} className="teleprompter-help">
          {t.help} {t.pace(WORDS_PER_MINUTE)}
        </p>
      </div>
      <div ref={scrollRef} className="teleprompter-text" role="region" aria-label={t.textLabel}>
        {text.split(/\n+/u).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      <p className="teleprompter-status" role="status">
        {isAtEnd ? t.finished : ''}
      </p>
      <div className="teleprompter-controls">
        <button ref={playRef} type="button" className="button button-primary" onClick={togglePlay}>
          {isPlaying ? t.pause : t.play}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => scrollByAmount(-LINE_STEP_PX)}
        >
          {t.back}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => scrollByAmount(LINE_STEP_PX)}
        >
          {t.ahead}
        </button>
        <button type="button" className="button button-secondary" onClick={() => scrollTo(0)}>
          {t.restart}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </div>
  )
}
