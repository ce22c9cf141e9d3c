import type { APIContext } from 'astro'
import { proxiedAddress } from '../security/requestAddress'

/**
 * The client's address for rate limiting: the socket's peer, or behind a trusted proxy the last `X-Forwarded-For`
 * entry (the one the proxy itself added; earlier entries are whatever the client claimed).
 */
export function clientAddress(context: Pick<APIContext, 'request' | 'clientAddress'>, trustProxy: boolean): string {
  const forwarded = trustProxy ? proxiedAddress(context.request.headers.get('x-forwarded-for')) : undefined
  if (forwarded) return forwarded
  try {
    return context.clientAddress
  } catch {
    return 'unknown'
  }
}

/**
 * True when a browser says the request comes from another site: `Sec-Fetch-Site` other than same-origin (or none,
 * typed by the user), or an `Origin` that is neither the site's public origin nor the one the request was sent to.
 *
 * @remarks Requests without either header (curl, servers) are not browsers acting for a third-party page.
 */
export function isCrossOrigin(request: Request, siteUrl: string): boolean {
  const fetchSite = request.headers.get('sec-fetch-site')
  if (fetchSite && !['same-origin', 'none'].includes(fetchSite)) return true
  const origin = request.headers.get('origin')
  if (origin === null) return false
  return origin !== new URL(siteUrl).origin && origin !== new URL(request.url).origin
}

/** A request body read within a size limit. */
export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true }

/** Reads at most `limit` bytes of a body; stops reading (and says so) as soon as it would be more. */
export async function readLimited(request: Request, limit: number): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > limit) return { ok: false, tooLarge: true }
  if (!request.body) return { ok: true, bytes: new Uint8Array() }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return { ok: false, tooLarge: true }
    }
    chunks.push(value)
  }
  return { ok: true, bytes: Buffer.concat(chunks) }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * The fields of a form (urlencoded or multipart) or JSON object body, as sent; null when it cannot be read as such
 * (bad UTF-8, broken JSON or multipart, files, a JSON value that is not an object).
 */
export async function parseFields(bytes: Uint8Array, contentType: string): Promise<Record<string, unknown> | null> {
  const parsed = await parseBody(bytes, contentType)
  return parsed && parsed.files.length === 0 ? parsed.fields : null
}

/** A body's fields and the files sent in its file field. */
export interface ParsedBody {
  fields: Record<string, unknown>
  files: { name: string; bytes: Uint8Array }[]
  /** Bytes of the text part: every field's name and value (UTF-8), what the text limit applies to. */
  textBytes: number
}

/**
 * Like `parseFields`, but a multipart body may also carry files in the field `fileField`; an empty file part (a file
 * input left empty sends one) is not a file. Null when the body cannot be read, or has files in any other field.
 */
export async function parseBody(bytes: Uint8Array, contentType: string, fileField = ''): Promise<ParsedBody | null> {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  const text = (fields: Record<string, unknown>): ParsedBody => ({ fields, files: [], textBytes: bytes.byteLength })
  try {
    if (type === 'application/json') {
      const value: unknown = JSON.parse(utf8.decode(bytes))
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? text(value as Record<string, unknown>) : null
    }
    if (type === 'application/x-www-form-urlencoded') {
      const decoded = utf8.decode(bytes)
      // A broken escape (`%E0%A4%A`) would otherwise become U+FFFD silently.
      decodeURIComponent(decoded.replace(/\+/g, ' '))
      return text(firstValues(new URLSearchParams(decoded)))
    }
    if (type === 'multipart/form-data') {
      const form = await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': contentType } }).formData()
      const strings: [string, string][] = []
      const files: ParsedBody['files'] = []
      let textBytes = 0
      for (const [name, value] of form.entries()) {
        if (typeof value === 'string') {
          // An empty file input may arrive as an empty text part.
          if (name === fileField && fileField && value === '') continue
          strings.push([name, value])
          textBytes += Buffer.byteLength(name) + Buffer.byteLength(value)
        } else if (name !== fileField || !fileField) return null
        else if (value.size > 0 || value.name !== '') files.push({ name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) })
      }
      return { fields: firstValues(strings), files, textBytes }
    }
  } catch {
    return null
  }
  return null
}

/** A repeated field keeps its first value, as a browser's single inputs would send. */
function firstValues(entries: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of entries) if (!(k in out) && k !== '__proto__') out[k] = v
  return out
}
