import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import { ENCODINGS, etagFor, isPrecompressible, negotiateEncoding, PRECOMPRESSED_COPY, PRECOMPRESSED_TYPES, varyOnEncoding } from './encodings'
import { copyPath } from './precompress'

/**
 * What {@link servePrecompressed} did: answered the request itself, found a file of the build for the build's own
 * static file server to send as it is, or found no file (an on-demand route, or a 404).
 */
export type StaticOutcome = 'answered' | 'file' | 'none'

const stat = (file: string) => fs.statSync(file, { throwIfNoEntry: false })

/**
 * The build's file a URL path names, as the build's static file server (`@astrojs/node`, with `trailingSlash:
 * 'ignore'` and `build.format: 'directory'`) finds it: a folder is its `index.html`. Undefined for anything it
 * would not serve the same way (outside the folder, dot files, a file asked for with a trailing slash).
 */
function resolveFile(clientDir: string, urlPath: string): { file: string; stats: fs.Stats } | undefined {
  let decoded: string
  try {
    decoded = decodeURI(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.split('/').some((segment) => segment.startsWith('.'))) return undefined
  let file = path.join(clientDir, decoded)
  if (file !== clientDir && !file.startsWith(clientDir + path.sep)) return undefined
  let stats = stat(file)
  if (stats?.isDirectory()) {
    file = path.join(file, 'index.html')
    stats = stat(file)
  } else if (urlPath.endsWith('/')) return undefined
  return stats?.isFile() ? { file, stats } : undefined
}

/** Whether an `If-None-Match` or `If-Modified-Since` of the request still holds for the copy (RFC 9110, 13.1). */
function notModified(req: http.IncomingMessage, etag: string, mtime: Date): boolean {
  const ifNoneMatch = req.headers['if-none-match']
  if (ifNoneMatch) {
    const weak = (tag: string) => tag.trim().replace(/^W\//, '')
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => weak(tag) === weak(etag))
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '')
  return !Number.isNaN(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since
}

/**
 * Answers a GET or HEAD for a file of the live build with its brotli or gzip copy (`index.html.br`, written by the
 * build and by incremental publishes) when the request accepts that coding; otherwise leaves the file to the build's
 * static file server, with `Vary: Accept-Encoding` already set when it has copies.
 *
 * @remarks The copy goes out with the file's type, `Content-Encoding`, its own length, and an entity tag of its own
 * (the file's tag with the coding appended), so no cache hands one coding to a client that asked for the other. A
 * `Range` request gets the file itself (ranges of a compressed body would be ranges of bytes nobody can use alone).
 * A copy older than its file is stale and never sent. A URL naming a copy itself (`…/index.html.br`) is not a page:
 * it gets the site's 404 page. The copy is opened once and streamed from that descriptor, so a publish renaming a
 * new copy over it meanwhile cannot cut the answer short. The security headers are already on the response
 * (`security/guardResponse.ts`, called first by the host).
 */
export async function servePrecompressed(req: http.IncomingMessage, res: http.ServerResponse, clientDir: string): Promise<StaticOutcome> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return 'none'
  const urlPath = (req.url ?? '/').split(/[?#]/)[0]!
  if (PRECOMPRESSED_COPY.test(urlPath)) {
    await sendNotFound(req, res, clientDir)
    return 'answered'
  }
  const found = resolveFile(clientDir, urlPath)
  if (!found) return 'none'
  if (!isPrecompressible(found.file)) return 'file'
  const sent = await sendCopy(req, res, found.file, found.stats, 200)
  return sent ? 'answered' : 'file'
}

/** The site's 404 page (`404.html`, or its copy) with status 404. */
async function sendNotFound(req: http.IncomingMessage, res: http.ServerResponse, clientDir: string): Promise<void> {
  const file = path.join(clientDir, '404.html')
  const stats = stat(file)
  if (stats?.isFile() && (await sendCopy(req, res, file, stats, 404))) return
  if (stats?.isFile()) {
    res.writeHead(404, { 'content-type': PRECOMPRESSED_TYPES['.html'], 'content-length': stats.size })
    if (req.method === 'HEAD') res.end()
    else fs.createReadStream(file).on('error', () => res.destroy()).pipe(res)
    return
  }
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy trang (not found).\n')
}

/**
 * Sends the copy of `file` the request accepts, fresh (not older than the file); false when there is none to send,
 * with `Vary` set when the file has copies, for whoever answers instead.
 */
async function sendCopy(req: http.IncomingMessage, res: http.ServerResponse, file: string, stats: fs.Stats, status: number): Promise<boolean> {
  const fresh = ENCODINGS.filter((encoding) => (stat(copyPath(file, encoding))?.mtimeMs ?? -1) >= stats.mtimeMs)
  if (fresh.length === 0) return false
  res.setHeader('vary', varyOnEncoding(res.getHeader('vary')))
  const encoding = req.headers.range ? undefined : negotiateEncoding(req.headers['accept-encoding'], fresh)
  if (!encoding) return false
  let handle: fs.promises.FileHandle
  try {
    handle = await fs.promises.open(copyPath(file, encoding), 'r')
  } catch {
    // Removed since the look-up above (a publish waits at most a second for readers): the file itself is sent instead.
    return false
  }
  const copy = await handle.stat().catch(async (error: unknown) => {
    await handle.close()
    throw error
  })
  const etag = etagFor(`W/"${copy.size.toString(16)}-${copy.mtime.getTime().toString(16)}"`, encoding)
  const headers: http.OutgoingHttpHeaders = {
    etag,
    'last-modified': copy.mtime.toUTCString(),
    // As the build's static file server says (to a GET): fingerprinted assets for a year, the rest revalidated.
    'cache-control': /^\/_astro\//.test(req.url ?? '') ? 'public, max-age=31536000, immutable' : 'public, max-age=0',
  }
  if (status === 200 && notModified(req, etag, copy.mtime)) {
    await handle.close()
    res.writeHead(304, headers).end()
    return true
  }
  Object.assign(headers, {
    'content-type': PRECOMPRESSED_TYPES[path.extname(file).toLowerCase()],
    'content-encoding': encoding,
    'content-length': copy.size,
  })
  res.writeHead(status, headers)
  if (req.method === 'HEAD') {
    await handle.close()
    res.end()
    return true
  }
  const stream = handle.createReadStream()
  stream.on('error', () => res.destroy())
  res.once('close', () => stream.destroy())
  stream.pipe(res)
  return true
}
