// @vitest-environment node
import { Document, Page, Text, pdf } from '@react-pdf/renderer'
import { fitsItsPages } from '@/pdf/render-card-pdf'

const LONG = Array.from(
  { length: 60 },
  () => 'Every word of the card is printed, none is clipped.',
).join(' ')

async function layoutOf(text: string, wrap: boolean): Promise<unknown> {
  let layout: unknown
  const keep = (result: { blob?: Blob; _INTERNAL__LAYOUT__DATA_?: unknown }) => {
    layout = result._INTERNAL__LAYOUT__DATA_
  }
  await pdf(
    <Document onRender={keep}>
      <Page size="A6" wrap={wrap} style={{ minHeight: 419.53, padding: 20, fontSize: 12 }}>
        <Text>{text}</Text>
      </Page>
    </Document>,
  ).toBlob()
  return layout
}

test('a page laid out once whose content runs past its end does not pass as fitting', async () => {
  expect(fitsItsPages(await layoutOf(LONG, false))).toBe(false)
  expect(fitsItsPages(await layoutOf('A short card.', false))).toBe(true)
  // With the page-breaking pass the overflow went on to more pages, each within its own.
  expect(fitsItsPages(await layoutOf(LONG, true))).toBe(true)
  expect(fitsItsPages(undefined)).toBe(false)
})
