// Loads the app's TypeScript source in Node through Vite's own module loader, so scripts need no
// other runner: `const source = await openSource(); await source.load('/src/…'); await source.close()`.
import { createServer } from 'vite'

export async function openSource() {
  const server = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  return { load: (path) => server.ssrLoadModule(path), close: () => server.close() }
}
