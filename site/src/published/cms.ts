import type { FeedbackInput, FeedbackIntake, FeedbackIntakeAnswer, FeedbackLookup } from '@congkhai/contracts/feedback'
import type { PreviewableCollection, PreviewLink } from '@congkhai/contracts/preview'
import { parsePublishLogEntry, PUBLISH_LOG_COLLECTION, type PublicCollection, type PublishLogEntry } from '@congkhai/contracts/publish'
import type { Agency, Field, LegalDocument, Media, News, NewsCategory, Page, ProcessingReport, Procedure, QualityProcess, Question, SiteSetting } from '@congkhai/cms/payload-types'
import { siteConfig } from '../config'
import type { Locale } from '../i18n/locale'

export type { Agency, Field, LegalDocument, Media, News, NewsCategory, Page, ProcessingReport, Procedure, QualityProcess, Question, SiteSetting }

type PublicDoc = { 'legal-documents': LegalDocument; procedures: Procedure; news: News; questions: Question; pages: Page; 'quality-processes': QualityProcess }

/** Collections the site lists in full at build time. */
export type ListedCollection = keyof PublicDoc

/**
 * The language to read localized fields in; a missing translation falls back to Vietnamese (the CMS default).
 * `all` gives each localized field as `{ vi: …, en: … }`: see `inLocale` in `translation.ts`.
 */
export interface ReadOptions {
  locale?: Locale | 'all'
}

function localeQuery({ locale }: ReadOptions): string {
  return locale ? `&locale=${locale}` : ''
}

/**
 * The fields of related legal documents and procedures the pages show (number, title, slug, validity; code, name).
 *
 * @remarks At depth 1 the CMS otherwise embeds every related document whole, with its full text and its own
 * relations: one list page of 200 legal documents weighed 25 MB at 1,000 documents (1.2 MB with this), and the
 * site build spent most of its time waiting for those lists (`npm run bench:build`).
 */
export const POPULATE = [
  ...['number', 'title', 'slug', 'validity', 'documentType', 'issuedDate'].map((field) => `populate[legal-documents][${field}]=true`),
  ...['code', 'name'].map((field) => `populate[procedures][${field}]=true`),
].join('&')

/** The name of a related taxonomy document (field, agency, category) when the relation was populated. */
export function nameOf(related: number | { name?: string | null } | null | undefined): string | undefined {
  return typeof related === 'object' && related !== null ? (related.name ?? undefined) : undefined
}

/** The CMS answered with something other than success. */
export class CmsError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body?: unknown,
  ) {
    super(message)
  }
}

/**
 * The headers of every read of published content: the build's CMS account (`BUILD_API_KEY`).
 *
 * @remarks That account reads exactly what an anonymous visitor may (the CMS's access rules, not this code, decide
 * what is public), without the CMS's caps on anonymous reads, which a build reading every document would exceed. The
 * site's other key (`SITE_API_KEY`) only delivers and looks up feedback; a preview reads with its signed link alone.
 */
const buildKey = () => ({ authorization: `users API-Key ${siteConfig.BUILD_API_KEY}` })

async function request<T>(path: string, init: RequestInit = {}, base: string = siteConfig.CMS_URL): Promise<T> {
  const url = new URL(`/api${path}`, base)
  let res: Response
  try {
    res = await fetch(url, { ...init, signal: init.signal ?? AbortSignal.timeout(15_000) })
  } catch (err) {
    throw new CmsError(`CMS unreachable at ${url.origin}: ${(err as Error).message}`, 503)
  }
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text()
  if (!res.ok) throw new CmsError(`CMS ${init.method ?? 'GET'} ${url.pathname} answered ${res.status}`, res.status, body)
  return body as T
}

/**
 * Documents per request when the build reads a whole collection: fewer, larger requests cost the CMS less per
 * document, and a URL of 500 ids stays short (about 3 kB).
 */
const LIST_CHUNK_SIZE = 500

/** List requests the build sends the CMS at once; the rest wait their turn. */
const LIST_READS_AT_ONCE = 2
let listReads = 0
const waitingReads: (() => void)[] = []

/**
 * One list request of a build, read with a generous timeout, at most `LIST_READS_AT_ONCE` at a time, and tried again
 * once when the CMS could not be reached.
 *
 * @remarks A build starts every page's data loading together; without a bound, a few dozen heavy list requests
 * land on the CMS's single Node process at once, each then takes longer than the 15 s an on-demand page may wait,
 * and the build fails although the CMS is healthy (seen at 1,000 documents on a busy machine). Asked uncompressed:
 * the CMS is beside the site, and gzipping 76 MB of JSON at 10,000 documents cost the CMS 1.5–2.8 s of CPU and the
 * reads 1.5–3 s of their 10–11 s.
 */
async function listPage<T>(path: string): Promise<T> {
  if (listReads >= LIST_READS_AT_ONCE) await new Promise<void>((resolve) => waitingReads.push(resolve))
  listReads++
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request<T>(path, { signal: AbortSignal.timeout(120_000), headers: { 'accept-encoding': 'identity', ...buildKey() } })
      } catch (err) {
        if (attempt >= 2 || !(err instanceof CmsError) || err.status !== 503) throw err
        await new Promise((resolve) => setTimeout(resolve, 1000))
      }
    }
  } finally {
    listReads--
    waitingReads.shift()?.()
  }
}

/**
 * Every published document of a collection, as an anonymous reader sees it, in the CMS's order for `sort`.
 *
 * @remarks Reads with the build's account, which sees what an anonymous reader sees (see `buildKey`). First the ids
 * alone, sorted by the CMS; then the documents by id, `LIST_CHUNK_SIZE` a request, put back in that order. Pages of
 * a sorted list (`limit` and `page`) cost PostgreSQL more the further they go: for each page it builds every
 * document before the page's offset too, relationships and translations included. At 10,000 documents (one request
 * after another, in a dev harness) reading by pages of 500 took 17 s and 6–8 s of PostgreSQL's CPU; by ids 10 s and
 * 1.5 s. A document unpublished between the two reads is left out; one published meanwhile waits for its publish.
 */
export async function listPublished<C extends ListedCollection, T = PublicDoc[C]>(
  collection: C,
  sort = '-createdAt',
  options: ReadOptions = {},
  each: (doc: PublicDoc[C]) => T = (doc) => doc as T,
): Promise<T[]> {
  const { docs: order } = await listPage<{ docs: { id: number }[] }>(`/${collection}?pagination=false&select[id]=true&depth=0&sort=${encodeURIComponent(sort)}`)
  const ids = order.map((doc) => doc.id)
  // Each answer is made into what is kept as it comes (`each`): an answer read whole is several times what is kept of
  // it (the editor's rich-text trees), and 100,000 documents read before any was made into its versions took 1.4 GB.
  const byId = new Map<number, T>()
  await readByIds<PublicDoc[C]>(collection, ids, { ...options, perRequest: LIST_CHUNK_SIZE, read: (path) => listPage(path), each: (doc) => byId.set(doc.id, each(doc)) })
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
}

/**
 * Every dossier-processing report, oldest period first, with the procedure as an id.
 *
 * @remarks Reports have no drafts: what the CMS serves anonymously is published. Depth 0 because the build already
 * holds every published procedure; a report whose procedure is not published is left out by the caller.
 */
export async function listProcessingReports(): Promise<ProcessingReport[]> {
  const all: ProcessingReport[] = []
  for (let page = 1; ; page++) {
    const res = await listPage<{ docs: ProcessingReport[]; hasNextPage: boolean }>(`/processing-reports?limit=500&page=${page}&depth=0&sort=period`)
    all.push(...res.docs)
    if (!res.hasNextPage) return all
  }
}

/** The agency's identity and contacts (the CMS's site-settings global). */
export function getSiteSettings(options: ReadOptions = {}): Promise<SiteSetting> {
  return request<SiteSetting>(`/globals/site-settings?depth=0${localeQuery(options)}`, { headers: buildKey() })
}

/**
 * The address visitors load an uploaded file (a form, an attachment, a cover image) from: its path on the CMS, under
 * `PUBLIC_MEDIA_URL`.
 *
 * @remarks The CMS answers with absolute URLs built from its own `CMS_URL` (the admin's address, on loopback in
 * docker-compose.yml), and the site reads the CMS at yet another address (`http://cms:3000`); neither is one a
 * visitor can reach, so only the path is kept.
 */
export function mediaUrl(media: number | Media | null | undefined): string | undefined {
  if (typeof media !== 'object' || media === null || !media.url) return undefined
  const { pathname, search } = new URL(media.url, siteConfig.CMS_URL)
  return new URL(`${pathname}${search}`, siteConfig.publicMediaUrl).href
}

/** One published document by id, or null when it is not (or no longer) public. */
export async function findPublished<C extends PublicCollection>(collection: C, id: string | number, options: ReadOptions = {}): Promise<PublicDoc[C] | null> {
  try {
    return await request<PublicDoc[C]>(`/${collection}/${encodeURIComponent(String(id))}?depth=1&${POPULATE}${localeQuery(options)}`, { headers: buildKey() })
  } catch (err) {
    if (err instanceof CmsError && (err.status === 404 || err.status === 403)) return null
    throw err
  }
}

/** Ids asked for in one list request by `findPublishedMany`, keeping its URL short. */
const IDS_PER_READ = 100

/**
 * Reads published documents by id, as `findPublished` reads each, in one list request per hundred ids; a document
 * that is not published (or does not exist) is left out.
 *
 * @remarks At 10,000 documents the CMS answered 40 single reads at once in 1–1.8 s, and the same 40 in one list
 * request in 0.16 s, with the same JSON for every document.
 */
export async function findPublishedMany<C extends PublicCollection>(collection: C, ids: readonly (string | number)[], options: ReadOptions = {}): Promise<PublicDoc[C][]> {
  const docs: PublicDoc[C][] = []
  await readByIds<PublicDoc[C]>(collection, ids, { ...options, perRequest: IDS_PER_READ, read: (path) => request(path, { headers: buildKey() }), each: (doc) => docs.push(doc) })
  return docs
}

/**
 * Documents of a collection by id (`where[id][in]`), `perRequest` ids a request, all requests started together, each
 * given to `each` as its answer comes, in no particular order.
 */
async function readByIds<T>(
  collection: ListedCollection,
  ids: readonly (string | number)[],
  options: ReadOptions & { perRequest: number; read: (path: string) => Promise<{ docs: T[] }>; each: (doc: T) => void },
): Promise<void> {
  const { perRequest, read, each } = options
  const chunks = Array.from({ length: Math.ceil(ids.length / perRequest) }, (_, i) => ids.slice(i * perRequest, (i + 1) * perRequest))
  await Promise.all(
    chunks.map(async (chunk) => {
      const where = `where[id][in]=${chunk.map((id) => encodeURIComponent(String(id))).join(',')}`
      const page = await read(`/${collection}?${where}&limit=${chunk.length}&depth=1&${POPULATE}${localeQuery(options)}`)
      for (const doc of page.docs ?? []) each(doc)
    }),
  )
}

/** A draft opened from the admin's preview link; the token is checked by the CMS, not here. */
export async function findPreview({ collection, id, token }: PreviewLink): Promise<{ collection: PreviewableCollection; doc: LegalDocument | Procedure | News | Page } | null> {
  try {
    return await request(`/preview/${encodeURIComponent(collection)}/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`)
  } catch (err) {
    if (err instanceof CmsError && [403, 404].includes(err.status)) return null
    throw err
  }
}

/** A submission as the site's outbox keeps it until the CMS has it. */
export interface FeedbackDelivery {
  submissionId: string
  code: string
  /** The code the citizen was first given, when the outbox had to give the submission another (legacy or taken). */
  originalCode?: string
  receivedAt: string
  data: FeedbackInput
}

/** An attachment of a delivery: its name and checked type, and its bytes (in the outbox, or in memory). */
export interface DeliveredAttachment {
  name: string
  type: string
  bytes: Uint8Array
}

const siteKey = () => ({ authorization: `users API-Key ${siteConfig.SITE_API_KEY}` })

/**
 * Hands an accepted submission to the CMS, which stores it once however often it is sent (unique `submissionId`).
 * With attachments it is sent as multipart: the record as JSON in `_payload`, the files as `attachments`.
 *
 * @remarks Throws `CmsError`; a status ≥ 500 (503 when unreachable), 408 or 429 means the CMS is unavailable, not that it refused.
 */
export async function deliverFeedback(delivery: FeedbackDelivery, cmsUrl = siteConfig.CMS_URL, attachments: DeliveredAttachment[] = []): Promise<FeedbackIntakeAnswer> {
  const { submissionId, code, originalCode, receivedAt, data } = delivery
  const json = JSON.stringify({ submissionId, code, originalCode, receivedAt, ...data } satisfies FeedbackIntake)
  let body: string | FormData = json
  if (attachments.length > 0) {
    body = new FormData()
    body.set('_payload', json)
    for (const file of attachments) body.append('attachments', new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }), file.name)
  }
  return request('/feedback/intake', {
    method: 'POST',
    // fetch sets the multipart boundary itself.
    headers: typeof body === 'string' ? { 'content-type': 'application/json', ...siteKey() } : siteKey(),
    body,
    signal: AbortSignal.timeout(attachments.length > 0 ? 60_000 : 10_000),
  }, cmsUrl)
}

/**
 * Looks up a submission by tracking code; null when the CMS has none by that code. With `contact` (the email or phone
 * number it was sent with) the CMS adds the answer text.
 *
 * @remarks The contact goes in a POST body, never in the URL, which servers and proxies log.
 */
export async function trackFeedback(code: string, contact?: string): Promise<FeedbackLookup | null> {
  const path = `/feedback/track/${encodeURIComponent(code)}`
  try {
    return contact === undefined
      ? await request<FeedbackLookup>(path, { headers: siteKey() })
      : await request<FeedbackLookup>(path, { method: 'POST', headers: { 'content-type': 'application/json', ...siteKey() }, body: JSON.stringify({ contact }) })
  } catch (err) {
    if (err instanceof CmsError && err.status === 404) return null
    throw err
  }
}

/**
 * Entries of the CMS's publish log after sequence `after`, oldest first, at most `limit`.
 *
 * @remarks Read with the build account's key, as every publish is; an entry whose event this version does not know
 * is left out (the replica's next full build covers it).
 */
export async function readPublishLog(after: number, limit = 500): Promise<PublishLogEntry[]> {
  const { docs } = await request<{ docs: unknown[] }>(`/${PUBLISH_LOG_COLLECTION}?where[id][greater_than]=${after}&sort=id&limit=${limit}&depth=0`, logRead())
  return docs.map(parsePublishLogEntry).filter((entry): entry is PublishLogEntry => entry !== undefined)
}

/** The sequence number of the publish log's newest entry, 0 when it is empty: where a replica starts following. */
export async function publishLogHead(): Promise<number> {
  const { docs } = await request<{ docs: { id?: unknown }[] }>(`/${PUBLISH_LOG_COLLECTION}?sort=-id&limit=1&depth=0`, logRead())
  return typeof docs[0]?.id === 'number' ? docs[0].id : 0
}

/** A read of the publish log: the build account's key, and short, as it is asked every few seconds. */
const logRead = (): RequestInit => ({ headers: buildKey(), signal: AbortSignal.timeout(10_000) })
