// A tiny static file server for the built app, on 127.0.0.1 or localhost, for browser tests.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'

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

/**
 * Serves `root` (default: dist/) under an optional path prefix, e.g. '/course/why-card/'.
 * `headers` are added to every response (a CSP header, CORS for sandboxed iframes...).
 * Every request path is recorded in `requests`, so tests can assert what was fetched.
 */
export async function startStaticServer({ root = 'dist', host = '127.0.0.1', port = 0, prefix = '/', headers = {}, routes = {} } = {}) {
  const base = resolve(root)
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
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers })
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
    close: () => new Promise((ok) => server.close(() => ok())),
  }
}
