// Packages the static build as a SCORM 1.2 lesson (one SCO) that course platforms import:
//
//   npm run build:scorm                  builds the app, writes release/why-card-scorm12.zip
//   node scripts/build-scorm.mjs --dist=dist --out=some.zip   packages an existing build
//
// The zip holds the build as it is plus imsmanifest.xml at its root: schemaversion 1.2, one
// organization, one item, one resource (adlcp:scormtype="sco", href index.html) listing every
// file. The ADL schema files (.xsd) are not shipped and the manifest names no schemaLocation, as
// most packages do: LMSs read the manifest without validating against them.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { zipSync } from 'fflate'

import { buildIntoTemp } from './build-into-temp.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const DEFAULT_ZIP = join(ROOT, 'release', 'why-card-scorm12.zip')
export const ENTRY = 'index.html'
export const MANIFEST = 'imsmanifest.xml'

const TITLE = 'Why Card'
const ITEM_TITLE = 'Why Card: your why pitch and conversation card'
// A fixed time for every entry: the same build gives the same zip.
const MTIME = new Date('2020-01-01T00:00:00Z')
// Already compressed: stored as they are.
const STORED = /\.(png|jpe?g|gif|webp|woff2?|zip|gz)$/i

const xml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Paths inside the package, '/'-separated, sorted, as hrefs (each segment URL-encoded). */
function listFiles(dist) {
  const out = []
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else out.push(relative(dist, full).split(sep).join('/'))
    }
  }
  walk(dist)
  return out.sort()
}

const href = (path) => path.split('/').map(encodeURIComponent).join('/')

/** The manifest for a package holding `files` (paths relative to its root). */
export function buildManifest(files, { version = '1.0' } = {}) {
  const fileLines = files
    .filter((f) => f !== MANIFEST)
    .map((f) => `      <file href="${xml(href(f))}"/>`)
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="why-card-scorm12" version="${xml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="why-card-org">
    <organization identifier="why-card-org">
      <title>${xml(TITLE)}</title>
      <item identifier="why-card-item" identifierref="why-card-sco" isvisible="true">
        <title>${xml(ITEM_TITLE)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="why-card-sco" type="webcontent" adlcp:scormtype="sco" href="${ENTRY}">
${fileLines}
    </resource>
  </resources>
</manifest>
`
}

/** Zips the build in `dist` with its manifest into `out`; returns the list of packaged files. */
export function buildScormZip({ dist, out = DEFAULT_ZIP, version }) {
  const files = listFiles(dist).filter((f) => f !== MANIFEST)
  if (!files.includes(ENTRY)) throw new Error(`build-scorm: no ${ENTRY} in ${dist}`)
  const entries = {
    [MANIFEST]: [new TextEncoder().encode(buildManifest(files, { version })), { level: 9 }],
  }
  for (const file of files) {
    const data = new Uint8Array(readFileSync(join(dist, ...file.split('/'))))
    entries[file] = [data, { level: STORED.test(file) ? 0 : 9 }]
  }
  const zip = zipSync(entries, { mtime: MTIME })
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, zip)
  return [MANIFEST, ...files]
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const arg = (name) =>
    process.argv
      .slice(2)
      .find((a) => a.startsWith(`--${name}=`))
      ?.slice(name.length + 3)
  const given = arg('dist')
  const dist = given ? resolve(given) : buildIntoTemp('scorm')
  const out = resolve(arg('out') ?? DEFAULT_ZIP)
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  try {
    const files = buildScormZip({ dist, out, version })
    const size = statSync(out).size
    console.log(
      `scorm: ${relative(process.cwd(), out)}: ${files.length} files, ${(size / 1024).toFixed(1)} KB`,
    )
  } finally {
    if (!given) rmSync(dist, { recursive: true, force: true })
  }
}
