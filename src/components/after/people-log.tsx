import { memo, useCallback, useEffect, useId, useRef, useState } from 'react'
import type { Answers } from '@/domain/pitch/answers'
import { peopleToCsv } from '@/domain/after/csv'
import { draftFollowUp, followUpEvents } from '@/domain/after/follow-up'
import { formatCalendar } from '@/domain/after/ics'
import { buildMailto } from '@/domain/after/mailto'
import {
  defaultFollowUpDate,
  sortPeople,
  toIsoDate,
  type PeopleOrder,
  type Person,
} from '@/domain/after/people'
import { useAfterMessages } from '@/i18n/en-after'
import { copyText } from '@/lib/clipboard'
import { downloadText } from '@/lib/download'
import { createRandomId } from '@/lib/random-id'
import { useAppStores, useDrafts } from '@/store/app-stores-context'
import { SectionErrorBoundary } from '../draft/section-error-boundary'
import { ContextLabel } from '../ui/context-label'
import { PersonForm, type PersonFormValues } from './person-form'
import './people-log.css'

type PeopleLogProps = {
  /** The current moment; injected so tests can fix "today". */
  now?: () => Date
  /** How long the Undo offer stays after a delete (it also stays while it has focus). */
  undoMs?: number
  createId?: () => string
}

type Removed = { person: Person; index: number }

function blankPerson(today: Date): PersonFormValues {
  return {
    name: '',
    metAt: '',
    passion: '',
    suggestionKind: '',
    suggestion: '',
    followUpOn: defaultFollowUpDate(today),
    done: false,
  }
}

function formatDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  const date = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1)
  return date.toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
}

/**
 * The people met at events, each with a follow-up date and a message drafted around what they
 * care about. Kept in the draft like every answer; exports to a calendar and a spreadsheet.
 */
export function PeopleLog({
  now = () => new Date(),
  undoMs = 10_000,
  createId = createRandomId,
}: PeopleLogProps) {
  const enAfter = useAfterMessages()
  const t = enAfter.people
  const id = useId()
  const { drafts } = useAppStores()
  const people = useDrafts((s) => s.people)
  const answers = useDrafts((s) => s.answers)
  const savePerson = useDrafts((s) => s.savePerson)
  const removePerson = useDrafts((s) => s.removePerson)
  const restorePerson = useDrafts((s) => s.restorePerson)
  const [order, setOrder] = useState<PeopleOrder>('follow-up')
  const [editingId, setEditingId] = useState<string | null>(null)
  const [removed, setRemoved] = useState<Removed | null>(null)
  const [status, setStatus] = useState('')
  // Remounting the add form clears it, counters included.
  const [addFormKey, setAddFormKey] = useState(0)
  // The id of an element to focus after the next render (set by handlers, not state: it is not
  // something to show).
  const focusAfterRender = useRef<string | null>(null)
  const undoRef = useRef<HTMLDivElement>(null)
  const sorted = sortPeople(people, order)
  const todayIso = toIsoDate(now())

  const editButtonId = (personId: string) => `${id}-edit-${personId}`

  // After a delete, undo or save the focused element may be gone: put focus somewhere useful.
  useEffect(() => {
    if (focusAfterRender.current === null) return
    document.getElementById(focusAfterRender.current)?.focus()
    focusAfterRender.current = null
  })

  useEffect(() => {
    if (!removed) return
    let timer: ReturnType<typeof setTimeout>
    const expire = () => {
      // Never pull the Undo button away from someone who is on it.
      if (undoRef.current?.contains(document.activeElement)) timer = setTimeout(expire, undoMs)
      else setRemoved(null)
    }
    timer = setTimeout(expire, undoMs)
    return () => clearTimeout(timer)
  }, [removed, undoMs])

  function handleAdd(values: PersonFormValues) {
    savePerson({ ...values, id: createId(), done: false })
    setStatus(t.added(values.name.trim()))
    setAddFormKey((k) => k + 1)
  }

  // Stable across renders, so typing in one entry re-renders that entry only (500 people).
  const handleRemove = useCallback(
    (person: Person) => {
      const index = drafts.getState().people.findIndex((p) => p.id === person.id)
      removePerson(person.id)
      setRemoved({ person, index })
      setStatus('')
      focusAfterRender.current = `${id}-undo`
    },
    [id, drafts, removePerson],
  )
  const handleEdit = useCallback((personId: string) => setEditingId(personId), [])

  function handleUndo() {
    if (!removed) return
    restorePerson(removed.person, removed.index)
    setStatus(t.restored(removed.person.name))
    setRemoved(null)
    focusAfterRender.current = editButtonId(removed.person.id)
  }

  function exportCalendar() {
    const events = followUpEvents(sortPeople(people), answers, { messages: enAfter.followUp })
    if (events.length === 0) {
      setStatus(t.nothingToExport)
      return
    }
    downloadText(formatCalendar(events, { stamp: now() }), t.icsFileName, 'text/calendar')
    setStatus(t.exportedIcs(events.length))
  }

  function exportCsv() {
    // The byte-order mark tells Excel the file is UTF-8, so "Zoë" does not come out as "ZoÃ«".
    const csv = peopleToCsv(sorted, {
      messages: enAfter.followUp,
      kindLabels: t.suggestionKindsShort,
    })
    downloadText(`\ufeff${csv}`, t.csvFileName, 'text/csv')
    setStatus(t.exportedCsv(people.length))
  }

  return (
    <section className="people-log" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="people-heading">
        {t.heading}
      </h3>
      <p className="step-intro">{t.intro}</p>

      <PersonForm
        key={addFormKey}
        heading={t.addHeading}
        defaultValues={blankPerson(now())}
        submitLabel={t.add}
        onSubmit={handleAdd}
      />

      <p className="status-line" role="status">
        {status}
      </p>
      <div ref={undoRef} className="people-undo" role="status">
        {removed && (
          <p className="notice notice-info people-undo-notice">
            {t.removed(removed.person.name)}{' '}
            <button
              id={`${id}-undo`}
              type="button"
              className="button button-secondary"
              onClick={handleUndo}
            >
              {t.undo}
            </button>
          </p>
        )}
      </div>

      <div className="people-list-head">
        <h4 className="people-count">{t.count(people.length)}</h4>
        {people.length > 1 && (
          <div className="people-order">
            <label htmlFor={`${id}-order`} className="field-label">
              {t.sortLabel}
            </label>
            <select
              id={`${id}-order`}
              className="field-input"
              value={order}
              onChange={(event) => setOrder(event.target.value === 'added' ? 'added' : 'follow-up')}
            >
              <option value="follow-up">{t.sortByDate}</option>
              <option value="added">{t.sortByAdded}</option>
            </select>
          </div>
        )}
      </div>

      {sorted.length === 0 ? (
        <p className="people-empty">{t.empty}</p>
      ) : (
        <ul className="people-list" aria-label={t.listLabel}>
          {sorted.map((person) => (
            <li key={person.id} className="people-item">
              {editingId === person.id ? (
                <PersonForm
                  heading={t.editHeading(person.name)}
                  defaultValues={person}
                  submitLabel={t.save}
                  showDone
                  focusOnMount
                  onSubmit={(values) => {
                    savePerson({ ...person, ...values })
                    setEditingId(null)
                    setStatus(t.saved(values.name.trim()))
                    focusAfterRender.current = editButtonId(person.id)
                  }}
                  onCancel={() => {
                    setEditingId(null)
                    focusAfterRender.current = editButtonId(person.id)
                  }}
                />
              ) : (
                <PersonEntry
                  person={person}
                  answers={answers}
                  isDue={!person.done && person.followUpOn <= todayIso}
                  editButtonId={editButtonId(person.id)}
                  onEdit={handleEdit}
                  onRemove={handleRemove}
                />
              )}
            </li>
          ))}
        </ul>
      )}

      {people.length > 0 && (
        <div className="people-export">
          <h4 className="people-export-heading">{t.exportHeading}</h4>
          <div className="card-actions">
            <button type="button" className="button button-secondary" onClick={exportCalendar}>
              {t.exportIcs}
            </button>
            <button
              type="button"
              className="button button-secondary"
              aria-describedby={`${id}-csv-hint`}
              onClick={exportCsv}
            >
              {t.exportCsv}
            </button>
          </div>
          <p id={`${id}-csv-hint`} className="field-description">
            {t.exportCsvHint}
          </p>
        </div>
      )}
    </section>
  )
}

type PersonEntryProps = {
  person: Person
  answers: Answers
  isDue: boolean
  editButtonId: string
  onEdit: (personId: string) => void
  onRemove: (person: Person) => void
}

// Memoised: an entry renders again only when its own person (or the answers) changed.
const PersonEntry = memo(function PersonEntry({
  person,
  answers,
  isDue,
  editButtonId,
  onEdit,
  onRemove,
}: PersonEntryProps) {
  const enAfter = useAfterMessages()
  const t = enAfter.people
  const id = useId()
  const updatePerson = useDrafts((s) => s.updatePerson)
  const [isMessageOpen, setIsMessageOpen] = useState(false)
  const suggestion = [
    person.suggestionKind === '' ? '' : t.suggestionKindsShort[person.suggestionKind],
    person.suggestion.trim(),
  ]
    .filter(Boolean)
    .join(': ')
  return (
    <article className={person.done ? 'person is-done' : 'person'} aria-labelledby={`${id}-name`}>
      <div className="person-head">
        <h5 id={`${id}-name`} className="person-name">
          {person.name}
        </h5>
        {person.done ? (
          <span className="badge person-badge-done">{t.doneBadge}</span>
        ) : (
          isDue && <span className="badge">{t.dueBadge}</span>
        )}
      </div>
      <dl className="person-facts">
        {person.metAt.trim() !== '' && (
          <div>
            <dt>{t.metAtLabel}</dt>
            <dd>{person.metAt}</dd>
          </div>
        )}
        {person.passion.trim() !== '' && (
          <div>
            <dt>{t.passionLabel}</dt>
            <dd>{person.passion}</dd>
          </div>
        )}
        {suggestion !== '' && (
          <div>
            <dt>{t.suggestedLabel}</dt>
            <dd>{suggestion}</dd>
          </div>
        )}
        <div>
          <dt>{t.followUpLabel}</dt>
          <dd>
            <time dateTime={person.followUpOn}>{formatDay(person.followUpOn)}</time>
          </dd>
        </div>
      </dl>
      <div className="person-actions">
        <span className="person-done">
          <input
            id={`${id}-done`}
            type="checkbox"
            checked={person.done}
            onChange={(event) => updatePerson(person.id, { done: event.target.checked })}
          />
          <label htmlFor={`${id}-done`}>
            <ContextLabel visible={t.done} full={t.doneFull(person.name)} />
          </label>
        </span>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={isMessageOpen}
          aria-controls={`${id}-message`}
          onClick={() => setIsMessageOpen(!isMessageOpen)}
        >
          <ContextLabel visible={t.messageToggle} full={t.messageToggleFull(person.name)} />
        </button>
        <button
          id={editButtonId}
          type="button"
          className="button button-secondary"
          onClick={() => onEdit(person.id)}
        >
          <ContextLabel visible={t.edit} full={t.editFull(person.name)} />
        </button>
        <button
          type="button"
          className="link-button person-remove"
          onClick={() => onRemove(person)}
        >
          <ContextLabel visible={t.remove} full={t.removeFull(person.name)} />
        </button>
      </div>
      <div id={`${id}-message`} hidden={!isMessageOpen}>
        {isMessageOpen && (
          <SectionErrorBoundary>
            <FollowUpMessage person={person} answers={answers} />
          </SectionErrorBoundary>
        )}
      </div>
    </article>
  )
})

function FollowUpMessage({ person, answers }: { person: Person; answers: Answers }) {
  const enAfter = useAfterMessages()
  const t = enAfter.people
  const id = useId()
  const updatePerson = useDrafts((s) => s.updatePerson)
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const drafted = draftFollowUp(person, answers, { messages: enAfter.followUp })
  const body = person.message ?? drafted.body

  async function handleCopy() {
    setCopyStatus((await copyText(body)) ? 'copied' : 'failed')
  }

  return (
    <div className="follow-up">
      <label htmlFor={`${id}-body`} className="field-label">
        {t.messageLabel(person.name)}
      </label>
      <p id={`${id}-hint`} className="field-description">
        {t.messageHint}
      </p>
      <p className="follow-up-subject">
        <span className="follow-up-subject-label">{t.subjectLabel}:</span> {drafted.subject}
      </p>
      <textarea
        id={`${id}-body`}
        className="field-input"
        rows={10}
        value={body}
        aria-describedby={`${id}-hint`}
        onChange={(event) => updatePerson(person.id, { message: event.target.value })}
      />
      <div className="card-actions">
        <button type="button" className="button button-secondary" onClick={handleCopy}>
          {t.copy}
        </button>
        <a
          className="button button-secondary"
          href={buildMailto({ subject: drafted.subject, body })}
        >
          {t.mail}
        </a>
        {person.message !== undefined && (
          <button
            type="button"
            className="link-button"
            onClick={() => updatePerson(person.id, { message: undefined })}
          >
            {t.redraft}
          </button>
        )}
      </div>
      <p className="status-line" role="status">
        {copyStatus === 'copied' ? t.copied : copyStatus === 'failed' ? t.copyFailed : ''}
      </p>
    </div>
  )
}
