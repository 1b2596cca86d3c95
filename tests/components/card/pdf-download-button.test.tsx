import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { emptyAnswers } from '@/domain/pitch/answers'
import { buildCardContent, type CardContent } from '@/domain/card/card-content'
import { PdfDownloadButton } from '@/components/card/pdf-download-button'
import { renderCardPdf } from '@/pdf/render-card-pdf'
import { en } from '@/i18n/en'

// Only the engine's module boundary is replaced; the button itself runs for real.
vi.mock('@/pdf/render-card-pdf', () => ({
  renderCardPdf: vi.fn(),
  preloadCardPdf: vi.fn(),
}))

const renderPdf = vi.mocked(renderCardPdf)

function content(name = 'Ada Lovelace'): CardContent {
  return buildCardContent(
    { ...emptyAnswers(), name, asks: ['Partners to build it with'] },
    {
      hook: 'It’s about potential.',
      pitch: 'It’s about potential, really.',
      story: '',
      oneLiner: 'I work on good jobs for everyone.',
      invitation: 'Who should I be building this with?',
    },
    en,
  )
}

function deferred<T>() {
  let resolve: (value: T) => void = () => {}
  let reject: (reason: unknown) => void = () => {}
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

// The download is a click on a temporary <a download>; record it instead of letting jsdom try
// to navigate.
let downloads: string[] = []
function recordDownload(event: MouseEvent) {
  if (event.target instanceof HTMLAnchorElement) {
    event.preventDefault()
    downloads.push(event.target.download)
  }
}

beforeEach(() => {
  renderPdf.mockReset()
  downloads = []
  document.addEventListener('click', recordDownload)
  URL.createObjectURL = vi.fn(() => 'blob:why-card')
  URL.revokeObjectURL = vi.fn()
})

afterEach(() => {
  document.removeEventListener('click', recordDownload)
})

test('the Download button shows progress and cannot be pressed twice while the PDF is made', async () => {
  const user = userEvent.setup()
  const pending = deferred<Blob>()
  renderPdf.mockReturnValue(pending.promise)
  render(<PdfDownloadButton content={content()} size="a6" fileName="ada-lovelace-why-card.pdf" />)

  await user.click(screen.getByRole('button', { name: 'Download PDF' }))
  const busy = await screen.findByRole('button', { name: /making your pdf/i })
  expect(busy).toHaveAttribute('aria-disabled', 'true')
  await user.click(busy)
  expect(renderPdf).toHaveBeenCalledTimes(1)
  expect(renderPdf).toHaveBeenCalledWith(content(), 'a6')

  pending.resolve(new Blob(['%PDF-1.3'], { type: 'application/pdf' }))
  expect(await screen.findByRole('button', { name: 'Download PDF' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  )
  expect(screen.getByRole('status')).toHaveTextContent('ada-lovelace-why-card.pdf')
  expect(downloads).toEqual(['ada-lovelace-why-card.pdf'])
  expect(URL.createObjectURL).toHaveBeenCalledTimes(1)
})

test('a failing render shows the error, and Retry tries again', async () => {
  const user = userEvent.setup()
  renderPdf.mockRejectedValueOnce(new Error('font failed to load'))
  renderPdf.mockResolvedValueOnce(new Blob(['%PDF-1.3'], { type: 'application/pdf' }))
  render(<PdfDownloadButton content={content()} size="index-4x6" fileName="why-card.pdf" />)

  await user.click(screen.getByRole('button', { name: 'Download PDF' }))
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(
    'The PDF could not be made. Try again, or print the card instead.',
  )
  expect(screen.getByRole('button', { name: 'Download PDF' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  )

  await user.click(screen.getByRole('button', { name: 'Retry' }))
  expect(await screen.findByRole('status')).toHaveTextContent('Your PDF is ready: why-card.pdf')
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  expect(renderPdf).toHaveBeenCalledTimes(2)
  expect(downloads).toEqual(['why-card.pdf'])
})

test('characters the PDF font cannot draw are named next to the button', () => {
  render(<PdfDownloadButton content={content('Ada 😀')} size="a6" fileName="ada-why-card.pdf" />)
  const button = screen.getByRole('button', { name: 'Download PDF' })
  expect(button).toHaveAccessibleDescription(/cannot draw this character: “😀”/)
})
