/**
 * Short visible words for sighted users ("Edit") and the full phrase for screen readers ("Edit
 * Grace Hopper"), so a list of identical buttons stays tellable apart. The full phrase starts with
 * the visible words (WCAG label in name); each is one text node, so no engine drops a space.
 */
export function ContextLabel({ visible, full }: { visible: string; full: string }) {
  return (
    <>
      <span aria-hidden="true">{visible}</span>
      <span className="visually-hidden">{full}</span>
    </>
  )
}
