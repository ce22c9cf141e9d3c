import type http from 'node:http'
import zlib from 'node:zlib'
import { etagFor, isCompressibleType, MIN_COMPRESSED_BYTES, negotiateEncoding, onTheFlyOptions, varyOnEncoding, type Encoding } from './encodings'

/** A body up to this size is compressed whole and sent with its length; a longer one is compressed as it streams. */
const WHOLE_BODY_LIMIT = 256 * 1024

type Callback = (error?: Error | null) => void
type WriteArgs = [chunk?: unknown, encoding?: unknown, callback?: unknown]

/** A chunk given to `write` or `end` as bytes of its own, and the callback given with it. */
function chunkOf([chunk, encoding, callback]: WriteArgs): { bytes?: Buffer; callback?: Callback } {
  if (typeof chunk === 'function') return { callback: chunk as Callback }
  if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding]
  const bytes =
    chunk === undefined || chunk === null
      ? undefined
      : typeof chunk === 'string'
        ? Buffer.from(chunk, (encoding as BufferEncoding | undefined) ?? 'utf8')
        : Buffer.from(chunk as Uint8Array)
  return { bytes, callback: callback as Callback | undefined }
}

const compressor = (encoding: Encoding, size?: number) =>
  encoding === 'br' ? zlib.createBrotliCompress(onTheFlyOptions('br', size) as zlib.BrotliOptions) : zlib.createGzip(onTheFlyOptions('gzip') as zlib.ZlibOptions)

/**
 * Compresses the answer about to be written to `res` with brotli or gzip, as the request accepts, when it is text of
 * at least 1 kB; otherwise sends it as it comes. Call it before the handler writes anything.
 *
 * @remarks For the site server's dynamic answers (`/api/search`, `/tim-kiem`, the feedback pages, the 404 page): the
 * build's files have copies made once (`servePrecompressed.ts`). The answer is held until it is complete or reaches
 * 256 kB, then compressed whole (with its length) or as a stream; its head goes out through the `writeHead` the
 * handler would have called (the security headers' wrapper, `security/guardResponse.ts`, included). Left as they are:
 * answers to anything but GET and HEAD (a POST answer may hold what only its sender should read, beside input an
 * attacker chose: compressing both together is how BREACH reads secrets through TLS), ranges, answers already
 * encoded or marked `no-transform`, and anything not text. `Vary: Accept-Encoding` goes on every answer whose coding
 * depended on the request's, and an entity tag gets the coding appended.
 */
export function compressResponse(req: http.IncomingMessage, res: http.ServerResponse): void {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range) return
  const encoding = negotiateEncoding(req.headers['accept-encoding'])
  const original = { writeHead: res.writeHead, write: res.write, end: res.end }
  /** Calls the response's own method (its overloads read as one). */
  const call = (method: keyof typeof original, ...args: unknown[]) => (original[method] as (...a: unknown[]) => unknown).apply(res, args)
  let head: { status: number; reason?: string; headers?: http.OutgoingHttpHeaders } | undefined
  const held: Buffer[] = []
  let size = 0

  const restore = () => {
    Object.assign(res, original)
    delete (res as { headersSent?: boolean }).headersSent
  }
  /** A header as it will go out: given to `writeHead`, or set before. */
  const header = (name: string) => {
    const key = head?.headers && Object.keys(head.headers).find((k) => k.toLowerCase() === name)
    return key ? head!.headers![key] : res.getHeader(name)
  }
  const setHeader = (name: string, value: string | number | undefined) => {
    for (const key of Object.keys(head?.headers ?? {})) if (key.toLowerCase() === name) delete head!.headers![key]
    if (value === undefined) res.removeHeader(name)
    else res.setHeader(name, value)
  }
  const sendHead = () => {
    if (head?.reason !== undefined) res.statusMessage = head.reason
    const status = head?.status ?? res.statusCode
    if (head?.headers) call('writeHead', status, head.headers)
    else call('writeHead', status)
  }
  const compressible = () => {
    const status = head?.status ?? res.statusCode
    if (status < 200 || status === 204 || status === 206 || status === 304) return false
    if (header('content-encoding') || header('content-range')) return false
    if (/no-transform/i.test(String(header('cache-control') ?? ''))) return false
    return isCompressibleType(String(header('content-type') ?? ''))
  }
  /** Marks the answer as varying with `Accept-Encoding`, and as encoded with `coding` when given. */
  const encodeHead = (coding: Encoding | undefined, length?: number) => {
    setHeader('vary', varyOnEncoding(header('vary') as string | undefined))
    if (!coding) return
    setHeader('content-encoding', coding)
    setHeader('content-length', length)
    const etag = header('etag')
    if (etag) setHeader('etag', etagFor(String(etag), coding))
  }
  /** Sends what is held, and lets the rest through, unchanged. */
  const passThrough = (varies: boolean) => {
    if (varies) encodeHead(undefined)
    restore()
    sendHead()
    if (size > 0) call('write', Buffer.concat(held))
  }

  res.writeHead = function (status: number, ...rest: unknown[]) {
    const reason = typeof rest[0] === 'string' ? (rest.shift() as string) : undefined
    if (Array.isArray(rest[0])) {
      // Raw header lists are not read here: such an answer goes out as it is.
      restore()
      return call('writeHead', status, ...(reason === undefined ? [] : [reason]), ...rest) as http.ServerResponse
    }
    head = { status, reason, headers: rest[0] as http.OutgoingHttpHeaders | undefined }
    return res
  } as typeof res.writeHead
  // As node:http says once `writeHead` is called, though the head is held: a handler failing half-way then destroys
  // the answer (Astro's does) instead of ending it with an error text under the status it gave first.
  Object.defineProperty(res, 'headersSent', { configurable: true, get: () => head !== undefined })

  res.write = function (...args: WriteArgs) {
    const { bytes, callback } = chunkOf(args)
    if (bytes) {
      held.push(bytes)
      size += bytes.byteLength
    }
    if (callback) process.nextTick(callback)
    if (size > WHOLE_BODY_LIMIT) {
      if (compressible() && encoding) stream(encoding)
      else passThrough(compressible())
    }
    return true
  } as typeof res.write

  res.end = function (...args: WriteArgs) {
    const { bytes, callback } = chunkOf(args)
    if (bytes) {
      held.push(bytes)
      size += bytes.byteLength
    }
    if (!compressible() || size < MIN_COMPRESSED_BYTES || !encoding) {
      passThrough(compressible() && size >= MIN_COMPRESSED_BYTES)
      return call('end', callback) as http.ServerResponse
    }
    const body = Buffer.concat(held)
    const done = (error: Error | null, compressed: Buffer) => {
      if (error) return res.destroy(error)
      encodeHead(encoding, compressed.byteLength)
      restore()
      sendHead()
      call('end', compressed, callback)
    }
    if (encoding === 'br') zlib.brotliCompress(body, onTheFlyOptions('br', size) as zlib.BrotliOptions, done)
    else zlib.gzip(body, onTheFlyOptions('gzip') as zlib.ZlibOptions, done)
    return res
  } as typeof res.end

  /** Compresses what is held and the rest of the answer as it comes. */
  function stream(coding: Encoding): void {
    const zip = compressor(coding)
    encodeHead(coding, undefined)
    sendHead()
    zip.on('data', (chunk: Buffer) => {
      if (!call('write', chunk)) zip.pause()
    })
    res.on('drain', () => zip.resume())
    zip.once('end', () => call('end'))
    zip.once('error', (error) => res.destroy(error))
    res.once('close', () => zip.destroy())
    zip.write(Buffer.concat(held))
    held.length = 0
    res.write = function (...args: WriteArgs) {
      const { bytes, callback } = chunkOf(args)
      return bytes ? zip.write(bytes, callback) : (callback?.(), true)
    } as typeof res.write
    res.end = function (...args: WriteArgs) {
      const { bytes, callback } = chunkOf(args)
      if (callback) zip.once('end', () => process.nextTick(callback))
      if (bytes) zip.end(bytes)
      else zip.end()
      return res
    } as typeof res.end
  }
}
