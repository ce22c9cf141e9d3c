/**
 * What the site compresses, how, and which coding a request gets: shared by the build (`precompress.ts`), the
 * incremental publish (`publish/PatchRenderer.ts`) and the site server (`servePrecompressed.ts`,
 * `compressResponse.ts`).
 */
import zlib from 'node:zlib'

/** The content codings the site sends, in its order of preference when a client rates them equally. */
export const ENCODINGS = ['br', 'gzip'] as const
export type Encoding = (typeof ENCODINGS)[number]

/** The suffix of a file's precompressed copy in the build (`index.html.br`); nginx's `gzip_static` looks for `.gz`. */
export const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' }

/** Bodies smaller than this go out as they are: the coding's own framing and a round trip of CPU buy nothing. */
export const MIN_COMPRESSED_BYTES = 1024

/**
 * The extensions of the build's files that get precompressed copies (HTML, CSS, JS, SVG, XML, JSON, CSV, text), and
 * the type each is served with, the same as the build's static file server (`send`) gives the file itself.
 */
export const PRECOMPRESSED_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

/** Whether a file of the build gets precompressed copies, by its extension. */
export function isPrecompressible(file: string): boolean {
  const dot = file.lastIndexOf('.')
  return dot >= 0 && Object.hasOwn(PRECOMPRESSED_TYPES, file.slice(dot).toLowerCase())
}

/**
 * A URL path naming a precompressed copy itself (`/thu-tuc/index.html.br`): not a page of the site, answered 404 by
 * the site server and by nginx (`deploy/nginx/congkhai.conf` repeats this pattern).
 */
export const PRECOMPRESSED_COPY = /\.(html|css|js|svg|xml|json|csv|txt)\.(br|gz)$/i

/** Whether a response's `Content-Type` is text worth compressing on the fly (not images, archives, PDFs or streams). */
export function isCompressibleType(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (type === 'text/event-stream') return false
  return (
    type.startsWith('text/') ||
    ['application/json', 'application/javascript', 'application/xml', 'image/svg+xml'].includes(type) ||
    /^application\/[a-z0-9.+-]+\+(json|xml)$/.test(type)
  )
}

/**
 * The coding to answer with among `available`, by the request's `Accept-Encoding`; `undefined` for the body as it is.
 *
 * @remarks RFC 9110, 12.5.3: a coding is acceptable when listed (or covered by `*`) with a weight above 0; the highest
 * weight wins, brotli before gzip when they are equal (`x-gzip` is gzip). No header, an empty one, or only `identity`
 * means no coding. A weight that is not a number makes its entry unacceptable rather than guessed at.
 */
export function negotiateEncoding(header: string | string[] | undefined, available: readonly Encoding[] = ENCODINGS): Encoding | undefined {
  const value = Array.isArray(header) ? header.join(',') : header
  if (!value) return undefined
  const weights = new Map<string, number>()
  for (const entry of value.split(',')) {
    const [name, ...params] = entry.split(';')
    const coding = name!.trim().toLowerCase()
    if (!coding) continue
    let q = 1
    for (const param of params) {
      const [key, raw] = param.split('=').map((s) => s.trim())
      if (key?.toLowerCase() !== 'q') continue
      q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(raw ?? '') ? Number(raw) : 0
    }
    weights.set(coding === 'x-gzip' ? 'gzip' : coding, q)
  }
  let best: Encoding | undefined
  let bestWeight = 0
  for (const coding of available) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0
    if (weight > bestWeight) {
      best = coding
      bestWeight = weight
    }
  }
  return best
}

/**
 * Brotli's quality for a file of the build (its path in the client folder): the highest for the fingerprinted assets
 * under `/_astro/` (a handful of files every visitor fetches, cached for a year), a fast one for pages and data.
 *
 * @remarks Measured on the 10,000-document build's pages (25,187 of them, 567 MB of text; docs/benchmarks.md,
 * "Compression"): quality 5 leaves 25.5 % of the bytes, 6 leaves 25.4 % for a fifth more CPU, 11 about 23 % for some
 * fifty times the CPU (about eight and a half minutes of a core for one full build, against nine seconds). The build
 * and the incremental publish use the same settings, so a patched page's copies are byte for byte a full build's.
 */
export function brotliQualityFor(file: string): number {
  return /^_astro[\\/]/.test(file) ? 11 : 5
}

/** Brotli's window for a body of `size` bytes: no larger than the body, which spares the encoder a 4 MB table each time. */
const windowFor = (size: number) => Math.max(zlib.constants.BROTLI_MIN_WINDOW_BITS, Math.min(zlib.constants.BROTLI_MAX_WINDOW_BITS, Math.ceil(Math.log2(size + 1))))

/**
 * zlib's options for a precompressed copy of `file` (its path in the client folder, `size` bytes): gzip at level 6
 * (level 9 saved 0.2 % of the bytes for a third more CPU on the same pages).
 */
export function precompressOptions(encoding: Encoding, file: string, size: number): zlib.BrotliOptions | zlib.ZlibOptions {
  if (encoding === 'gzip') return { level: 6 }
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQualityFor(file),
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
      [zlib.constants.BROTLI_PARAM_LGWIN]: windowFor(size),
    },
  }
}

/**
 * zlib's options for a body compressed as it is answered: brotli at quality 4 (on the site's pages 26.8 % of the
 * bytes, against 25.5 % at 5, for about 15 % less CPU: some 0.7 ms of a core for a 50 kB page), gzip at level 6
 * (zlib's default).
 */
export function onTheFlyOptions(encoding: Encoding, size?: number): zlib.BrotliOptions | zlib.ZlibOptions {
  if (encoding === 'gzip') return { level: 6 }
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      ...(size ? { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size, [zlib.constants.BROTLI_PARAM_LGWIN]: windowFor(size) } : {}),
    },
  }
}

/** `Vary` with `Accept-Encoding` added to what a response already varies on. */
export function varyOnEncoding(current: string | number | readonly string[] | undefined): string {
  const names = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (names.some((name) => name === '*' || name.toLowerCase() === 'accept-encoding')) return names.join(', ')
  return [...names, 'Accept-Encoding'].join(', ')
}

/** An entity tag told apart per coding: `W/"1a-2b"` → `W/"1a-2b-br"`, so a cache never swaps one body for another. */
export function etagFor(etag: string, encoding: Encoding): string {
  return etag.replace(/"$/, `-${encoding}"`)
}
