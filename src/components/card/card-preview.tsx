import type { CardContent } from '@/domain/card/card-content'
import { useMessages } from '@/i18n/use-messages'

type CardPreviewProps = {
  content: CardContent
  /** A class that sets the faces' proportions for the chosen card size. */
  sizeClass?: string
}

/**
 * The card's two faces. The same element is what the browser prints: the print stylesheet hides
 * everything else and puts each face on its own page.
 */
export function CardPreview({ content, sizeClass = 'card-size-index-4x6' }: CardPreviewProps) {
  const t = useMessages()
  const { front, back } = content
  return (
    <div className={`card-faces ${sizeClass}`} role="group" aria-label={t.steps.card.previewLabel}>
      <article className="card-face card-front" aria-label={t.cardFace.front}>
        {front.name && <p className="card-name">{front.name}</p>}
        <h3 className="card-heading">{front.whyHeading}</h3>
        <p className="card-why">{front.oneLiner}</p>
        <h3 className="card-heading">{front.hookHeading}</h3>
        <p className="card-hook">{front.hook}</p>
        <h3 className="card-heading">{front.pitchHeading}</h3>
        <p className="card-pitch">{front.pitch}</p>
      </article>
      <article className="card-face card-back" aria-label={t.cardFace.back}>
        <p className="card-question">{back.openingQuestion}</p>
        <h3 className="card-heading">{back.listeningHeading}</h3>
        <ul className="card-list">
          {back.listeningPrompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
        <h3 className="card-heading">{back.invitationHeading}</h3>
        <p className="card-invitation">{back.invitation}</p>
        {back.asks.length > 0 && (
          <>
            <h3 className="card-heading">{back.asksHeading}</h3>
            <ul className="card-list">
              {back.asks.map((ask) => (
                <li key={ask}>{ask}</li>
              ))}
            </ul>
          </>
        )}
        <h3 className="card-heading">{back.notesHeading}</h3>
        <div className="card-notes">
          {back.notesLines.map((line) => (
            <p key={line} className="card-note-line">
              {line}
            </p>
          ))}
        </div>
      </article>
    </div>
  )
}
