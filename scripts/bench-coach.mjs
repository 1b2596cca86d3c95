// Times the pitch coach on a 10,000-word paste: median of several runs against a 50 ms budget.
// Plain JS run by Node, loading the TypeScript source through Vite's own module loader, so no
// extra runner is needed: `node scripts/bench-coach.mjs`.
import { performance } from 'node:perf_hooks'
import { createServer } from 'vite'

const RUNS = 15
const WARM_UPS = 3
const BUDGET_MS = 50
const TARGET_WORDS = 10_000

// A realistic mix: connection-led sentences, trade talk, buzzwords, questions, first person.
const SENTENCES = [
  "It's about potential, really.",
  'We all know the strange things we do to prove ourselves.',
  "Who among us hasn't been underestimated at least once?",
  "I'm looking for new clients and my rates start at £40 per hour.",
  'We leverage best-in-class synergies to deliver scalable solutions.',
  'So I am working on a way for anyone to show what they can do, so that families can plan.',
  'Could I pick your brain over coffee about the budget?',
  'I think my work is my best idea and I want people to notice it.',
]

function buildText(words) {
  const parts = []
  let count = 0
  for (let i = 0; count < words; i++) {
    const sentence = SENTENCES[i % SENTENCES.length]
    parts.push(sentence)
    count += sentence.split(/\s+/).length
  }
  return parts.join(' ')
}

const server = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
  optimizeDeps: { noDiscovery: true, include: [] },
})
try {
  const { reviewPitch } = await server.ssrLoadModule('/src/domain/coach/coach.ts')
  const { countWords } = await server.ssrLoadModule('/src/domain/text/text.ts')
  const text = buildText(TARGET_WORDS)
  const words = countWords(text)
  for (let i = 0; i < WARM_UPS; i++) reviewPitch(text)
  const times = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    reviewPitch(text, { stage: 'narrowing', situation: 'cause' })
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]
  const verdict = median <= BUDGET_MS ? 'OK' : 'OVER BUDGET'
  console.log(
    `coach: review ${words} words median ${median.toFixed(1)} ms (budget ${BUDGET_MS} ms) ${verdict}`,
  )
  console.log(
    `coach: ${RUNS} runs, fastest ${times[0].toFixed(1)} ms, slowest ${times[times.length - 1].toFixed(1)} ms`,
  )
  process.exitCode = median <= BUDGET_MS ? 0 : 1
} finally {
  await server.close()
}
