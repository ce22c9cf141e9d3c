import type { PublicCollection } from '@congkhai/contracts/publish'
import { locales, type Locale } from '../i18n/locale'
import { processState } from '../processState'
import { findPublished, findPublishedMany, getSiteSettings, listProcessingReports, listPublished, type LegalDocument, type ListedCollection, type News, type Page, type Procedure, type QualityProcess, type Question, type SiteSetting } from './cms'
import { FieldFile } from './FieldFile'
import { holdTextsCompressed } from './heldCompressed'
import { addUntranslated, inLocale, MARK } from './translation'

/**
 * The content read so far, by collection and language.
 *
 * @remarks Process state (`processState()`) because the site server loads a build's render bundle into its own
 * process (`publish/PatchRenderer.ts`): the bundle's pages and the server then read, and patch, the same lists.
 */
const store = processState('content', (): { memo: Map<string, Promise<unknown>>; reads?: Set<string>; fieldFile?: FieldFile } => ({ memo: new Map() }))
const memo = store.memo

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  store.reads?.add(key.split(':')[0])
  if (!memo.has(key)) memo.set(key, load())
  return memo.get(key) as Promise<T>
}

/**
 * Runs `work` and returns, with its result, the collections it read (`legal-documents`, `site-settings`, …).
 *
 * @remarks The site server learns this way which routes' pages depend on which collections, so a publish looks again
 * only at the routes reading what changed. Reads by anything else meanwhile are counted too: more, never fewer.
 */
export async function trackReads<T>(work: () => Promise<T>): Promise<{ value: T; reads: Set<string> }> {
  const reads = new Set<string>()
  store.reads = reads
  try {
    return { value: await work(), reads }
  } finally {
    store.reads = undefined
  }
}

/**
 * Each language's version of a document read in every language at once (`locale=all`), English marked where it fell
 * back to Vietnamese, as the lists keep it.
 *
 * @remarks One read instead of one per language plus one more without fallback to tell a translated field from a
 * Vietnamese one shown in its place: at 10,000 documents the build spent most of its time in those reads.
 */
function listedVersions<T>(doc: T): Record<Locale, T> {
  withoutEditorState(doc)
  const seen = new Map<string, Buffer>()
  return Object.fromEntries(locales.map((locale) => [locale, held(inLocale(doc, locale), seen)])) as Record<Locale, T>
}

/**
 * A document's version as the lists a build and the patch thread keep it: in a full build its large fields in the
 * build's field file (`FieldFile.ts`), otherwise its long texts held compressed (`heldCompressed.ts`).
 */
function held<T>(doc: T, seen: Map<string, Buffer>): T {
  if (typeof doc !== 'object' || doc === null) return doc
  if (store.fieldFile) return store.fieldFile.hold(doc)
  holdTextsCompressed(doc, seen)
  return doc
}

/**
 * Drops the editor's rich-text tree (`body`) from a document read with its HTML (`bodyHtml`): pages show the HTML,
 * search indexes its text, and whether an English body fell back to Vietnamese shows on `bodyHtml` as well.
 *
 * @remarks The trees were most of the content a build and the patch thread hold, each copied once per language: at
 * 10,000 documents the three collections read with them took 150 MB of heap, 77 MB without (before the copies).
 */
function withoutEditorState(doc: unknown): void {
  if (typeof doc === 'object' && doc !== null && 'bodyHtml' in doc) delete (doc as { body?: unknown }).body
}

/** The order each collection is listed in, as the CMS sorts it. */
export const SORTS: Record<ListedCollection, string> = {
  'legal-documents': '-issuedDate',
  procedures: 'code',
  news: '-publishedDate',
  pages: 'order',
  'quality-processes': 'code',
  questions: '-answeredDate',
}

/** A collection's documents in every language, keyed by its name: what the site has read of it so far. */
function collectionVersions(name: ListedCollection): Promise<Record<Locale, { id: number }[]>> {
  return once(name, async () => {
    const read = await listPublished(name, SORTS[name], { locale: 'all' }, (doc) => listedVersions(doc as { id: number }))
    return Object.fromEntries(locales.map((locale) => [locale, read.map((versions) => versions[locale])])) as Record<Locale, { id: number }[]>
  })
}

async function collection<T extends { id: number }>(name: ListedCollection, locale: Locale): Promise<T[]> {
  return (await collectionVersions(name))[locale] as T[]
}

/**
 * Published content for static pages in one language, fetched once per build.
 *
 * @remarks A build renders many pages from the same lists; one request per collection and language keeps a build's
 * load on the CMS flat.
 */
export function content(locale: Locale = 'vi') {
  return {
    legalDocuments: () => collection<LegalDocument>('legal-documents', locale),
    procedures: () => collection<Procedure>('procedures', locale),
    news: () => collection<News>('news', locale),
    pages: () => collection<Page>('pages', locale),
    qualityProcesses: () => collection<QualityProcess>('quality-processes', locale),
    processingReports: () => once('processing-reports', listProcessingReports),
    questions: () => collection<Question>('questions', locale),
    settings: () => once(`site-settings:${locale}`, () => settingsOrFallback(locale)),
  }
}

/**
 * Starts reading everything a full build reads, in every language, without waiting: the pages find the reads under
 * way (or done) when they ask. A failed read is left for the pages to meet, as if they had made it.
 *
 * @remarks Called as `astro build` starts (`integrations/prefetchContent.ts`), so the CMS answers while Astro bundles
 * the site instead of after: the build's CPU and the CMS's run side by side on a machine's two cores. Given
 * `fieldFileDir`, the documents read keep their large fields in a file there for the rest of the process (`FieldFile`).
 */
export function prefetchContent({ fieldFileDir }: { fieldFileDir?: string } = {}): void {
  // Which fields of an English version fell back to Vietnamese is read for every document a list shows.
  if (fieldFileDir) store.fieldFile ??= new FieldFile(fieldFileDir, new Set([MARK]))
  for (const locale of locales) {
    for (const read of Object.values(content(locale))) read().catch(() => undefined)
  }
}

/**
 * The site settings, or a minimal stand-in when the CMS cannot be reached.
 *
 * @remarks On-demand pages (search, feedback) render the layout at request time; they must keep working while the
 * CMS is down, so a failure is not cached and the page shows the agency name without contacts.
 */
async function settingsOrFallback(locale: Locale): Promise<SiteSetting> {
  try {
    const settings = inLocale(await getSiteSettings({ locale: 'all' }), locale)
    if (locale !== 'vi' && settings.agencyName === (await content('vi').settings()).agencyName) {
      // The agency name has a default value, which the CMS fills in even without fallback: a copy means untranslated.
      addUntranslated(settings, 'agencyName')
    }
    return settings
  } catch (err) {
    memo.delete(`site-settings:${locale}`)
    console.warn(`site settings unavailable, using a minimal header and footer: ${(err as Error).message}`)
    return { id: 0, agencyName: 'Sở Ngoại vụ' } as SiteSetting
  }
}

/** Forgets everything read, so the next reads fetch the CMS's current content (after a full rebuild). */
export function resetContent(): void {
  memo.clear()
}

/** One document of a public collection as it is now, per language: `null` where it is not (or no longer) published. */
export type DocumentVersions = Record<Locale, { id: number } | null>

/** Reads one document in every language as the collection lists hold it (English marked where it fell back). */
export async function readDocument(name: PublicCollection, id: string | number): Promise<DocumentVersions> {
  return versionsOf(await findPublished(name, id, { locale: 'all' }))
}

/** Each language's version of a document read with `locale=all`; none when it is not published. */
function versionsOf(doc: { id: number } | null | undefined): DocumentVersions {
  withoutEditorState(doc)
  // Not held compressed here: a publish's reads are short-lived, shared with the index and copied to the patch thread,
  // which holds them compressed once it keeps them (`patchDocument`).
  return Object.fromEntries(locales.map((locale) => [locale, doc ? inLocale(doc, locale) : null])) as DocumentVersions
}

/**
 * A `readDocument` that sends the reads asked for in the same turn of the event loop to the CMS together, one list
 * request per collection (`findPublishedMany`) instead of one request per document.
 *
 * @remarks A publish reads the changed documents and every document that embeds a copy of them: dozens for a much
 * cited legal document, which one at a time took the CMS seconds at 10,000 documents.
 */
export function batchedDocumentReader(): (name: PublicCollection, id: string | number) => Promise<DocumentVersions> {
  type Waiting = { resolve: (versions: DocumentVersions) => void; reject: (err: unknown) => void }
  let batch = new Map<PublicCollection, Map<string, Waiting[]>>()
  const flush = () => {
    const asked = batch
    batch = new Map()
    for (const [name, waiting] of asked) {
      findPublishedMany(name, [...waiting.keys()], { locale: 'all' }).then(
        (docs) => {
          const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
          for (const [id, callers] of waiting) {
            const versions = versionsOf(byId.get(id))
            for (const caller of callers) caller.resolve(versions)
          }
        },
        (err: unknown) => waiting.forEach((callers) => callers.forEach((caller) => caller.reject(err))),
      )
    }
  }
  return (name, id) =>
    new Promise((resolve, reject) => {
      if (batch.size === 0) setImmediate(flush)
      const waiting = batch.get(name) ?? batch.set(name, new Map()).get(name)!
      const callers = waiting.get(String(id)) ?? waiting.set(String(id), []).get(String(id))!
      callers.push({ resolve, reject })
    })
}

/**
 * Replaces (or inserts, or removes) one document in the lists already read, keeping the CMS's order; returns the
 * versions it replaced.
 *
 * @remarks How the site server applies a publish without reading whole collections again. A document whose sort
 * value did not change keeps its place, so ties stay in the order the CMS gave them.
 */
export async function patchDocument(name: PublicCollection, id: number, next: DocumentVersions): Promise<DocumentVersions> {
  const previous = { vi: null, en: null } as DocumentVersions
  const [field, direction] = SORTS[name].startsWith('-') ? [SORTS[name].slice(1), -1] : [SORTS[name], 1]
  const valueOf = (doc: { id: number }) => (doc as unknown as Record<string, string | number | null | undefined>)[field] ?? null
  // As the CMS orders them: by the sort field (PostgreSQL puts nulls last going up, first going down), then newest
  // created first (Payload's fallback).
  const compare = (a: { id: number }, b: { id: number }): number => {
    const [x, y] = [valueOf(a), valueOf(b)]
    if (x !== y) {
      if (x === null) return direction
      if (y === null) return -direction
      return (x < y ? -1 : 1) * direction
    }
    const [p, q] = [String((a as { createdAt?: string }).createdAt), String((b as { createdAt?: string }).createdAt)]
    return p === q ? 0 : p < q ? 1 : -1
  }
  const lists = { ...(await collectionVersions(name)) }
  // Kept from now on in the lists: their long texts held compressed, as the lists read whole hold theirs.
  const seen = new Map<string, Buffer>()
  for (const locale of locales) next[locale] = held(next[locale], seen)
  for (const locale of locales) {
    const docs = [...lists[locale]]
    const at = docs.findIndex((d) => d.id === id)
    const doc = next[locale]
    if (at >= 0) previous[locale] = docs[at]
    if (at >= 0 && doc && valueOf(docs[at]) === valueOf(doc)) docs[at] = doc
    else {
      if (at >= 0) docs.splice(at, 1)
      if (doc) {
        const before = docs.findIndex((d) => compare(d, doc) > 0)
        docs.splice(before === -1 ? docs.length : before, 0, doc)
      }
    }
    lists[locale] = docs
  }
  memo.set(name, Promise.resolve(lists))
  return previous
}
