import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useAfterMessages } from '@/i18n/en-after'
import './card-tabs.css'

const TABS = ['card', 'people'] as const
type TabId = (typeof TABS)[number]

type CardTabsProps = {
  card: ReactNode
  people: ReactNode
}

/**
 * "Your card" and "People I met" side by side (ARIA tabs: arrow keys, Home and End move between
 * tabs). Both panels stay rendered and the inactive one is hidden, so printing can still show the
 * card when the People tab is open; the tab bar and the people panel never print.
 */
export function CardTabs({ card, people }: CardTabsProps) {
  const enAfter = useAfterMessages()
  const t = enAfter.people
  const id = useId()
  const [selected, setSelected] = useState<TabId>('card')
  const tabRefs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({})
  const labels: Record<TabId, string> = { card: t.tabCard, people: t.tabPeople }
  const panels: Record<TabId, ReactNode> = { card, people }

  function select(tab: TabId) {
    setSelected(tab)
    tabRefs.current[tab]?.focus()
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.indexOf(selected)
    const targets: Record<string, number> = {
      ArrowRight: (index + 1) % TABS.length,
      ArrowLeft: (index - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    }
    const next = targets[event.key]
    if (next === undefined) return
    event.preventDefault()
    const tab = TABS[next]
    if (tab) select(tab)
  }

  return (
    <div className="card-tabs">
      <div
        role="tablist"
        aria-label={t.tabsLabel}
        className="card-tablist no-print"
        onKeyDown={handleKeyDown}
      >
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              tabRefs.current[tab] = element
            }}
            type="button"
            role="tab"
            id={`${id}-${tab}-tab`}
            aria-selected={selected === tab}
            aria-controls={`${id}-${tab}-panel`}
            tabIndex={selected === tab ? 0 : -1}
            className="card-tab"
            onClick={() => setSelected(tab)}
          >
            {labels[tab]}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={`${id}-${tab}-panel`}
          aria-labelledby={`${id}-${tab}-tab`}
          hidden={selected !== tab}
          tabIndex={0}
          className={
            tab === 'card' ? 'card-tab-panel card-tab-panel-card' : 'card-tab-panel no-print'
          }
        >
          {panels[tab]}
        </div>
      ))}
    </div>
  )
}
