// A tiny static file server for the built app, on 127.0.0.1 or localhost, for browser tests.
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
}

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/

/**
 * The built app the tests serve: dist/, or the folder named by E2E_DIST (scripts/e2e.mjs builds
 * into a private folder so that runs in the same tree do not clobber each other's build).
 */
export const DIST_DIR = process.env.E2E_DIST || 'dist'

/**
 * Serves `root` (default: DIST_DIR) under an optional path prefix, e.g. '/course/why-card/'.
 * `headers` are added to every response (a CSP header, CORS for sandboxed iframes...).
 * Every request path is recorded in `requests`, so tests can assert what was fetched.
 * `compress: true` gzips text files for clients that accept it, as a real static host does
 * (the benchmarks and Lighthouse use it; tests need not).
 */
export async function startStaticServer({
  root = DIST_DIR,
  host = '127.0.0.1',
  port = 0,
  prefix = '/',
  headers = {},
  routes = {},
  compress = false,
} = {}) {
  const base = resolve(root)
  if (root === DIST_DIR && !existsSync(join(base, 'index.html'))) {
    throw new Error(
      `No built app in ${base}. Run \`npm run test:e2e\` (it builds first) or \`npm run build\`.`,
    )
  }
  const requests = []
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`)
    requests.push(url.pathname + url.search)
    const route = routes[url.pathname]
    if (route) {
      res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...headers })
      res.end(route.body)
      return
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found')
      return
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length))
    if (rel === '' || rel.endsWith('/')) rel += 'index.html'
    const file = normalize(join(base, rel))
    if (!file.startsWith(base)) {
      res.writeHead(403).end('forbidden')
      return
    }
    try {
      const info = await stat(file)
      if (!info.isFile()) throw new Error('not a file')
      const type = TYPES[extname(file)] ?? 'application/octet-stream'
      let body = await readFile(file)
      const extra = {}
      if (
        compress &&
        COMPRESSIBLE.test(type) &&
        /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
      ) {
        body = gzipSync(body)
        extra['content-encoding'] = 'gzip'
        extra.vary = 'accept-encoding'
      }
      res.writeHead(200, {
        'content-type': type,
        'content-length': body.length,
        ...extra,
        ...headers,
      })
      res.end(body)
    } catch {
      res.writeHead(404).end('not found')
    }
  })
  await new Promise((ok) => server.listen(port, host, ok))
  const address = server.address()
  const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`
  return {
    origin,
    url: origin + prefix,
    requests,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok())
        server.closeAllConnections?.()
      }),
  }
}
