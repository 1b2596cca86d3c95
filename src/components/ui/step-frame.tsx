import { useEffect, useRef, type ReactNode } from 'react'
import { useMessages } from '@/i18n/use-messages'

export type ExampleLine = { label: string; text: string }

type StepFrameProps = {
  title: string
  intro?: string
  hint?: string
  example?: { situation: string; lines: ExampleLine[] } | undefined
  children: ReactNode
}

// The first step shown after page load keeps the browser's own focus; every later step
// moves focus to its heading so keyboard and screen-reader users land at the top of it.
let hasShownAStep = false

/** The frame every step sits in: its heading (focused when it appears), intro, hint, example. */
export function StepFrame({ title, intro, hint, example, children }: StepFrameProps) {
  const t = useMessages().app
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (hasShownAStep) headingRef.current?.focus()
    hasShownAStep = true
  }, [])

  return (
    <section className="step" aria-labelledby="step-heading">
      <h2 id="step-heading" ref={headingRef} tabIndex={-1} className="step-heading">
        {title}
      </h2>
      {intro && <p className="step-intro">{intro}</p>}
      <div className={hint || example ? 'step-body has-aside' : 'step-body'}>
        <div className="step-main">{children}</div>
        {(hint || example) && (
          <aside className="step-aside no-print" aria-label={t.hintHeading}>
            {hint && (
              <div className="hint">
                <h3 className="aside-heading">{t.hintHeading}</h3>
                <p>{hint}</p>
              </div>
            )}
            {example && example.lines.length > 0 && (
              <div className="example">
                <h3 className="aside-heading">{t.exampleHeading(example.situation)}</h3>
                <dl>
                  {example.lines.map((line) => (
                    <div key={line.label} className="example-line">
                      <dt>{line.label}</dt>
                      <dd>“{line.text}”</dd>
                    </div>
                  ))}
                </dl>
              </div>
            )}
          </aside>
        )}
      </div>
    </section>
  )
}
