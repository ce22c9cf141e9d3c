import { randomUUID } from 'node:crypto'
import { ChangeJournal } from './ChangeJournal'
import { createCompactIndex, loadSavedIndex, saveCompactIndex, trimPostings, type SavedIndex } from './compactIndex'
import { byDate, FacetNumbering, topK } from './facets'
import { bestOfFamilies, partsOf, wholes } from './families'
import { IndexReader } from './IndexReader'
import { INDEX_OPTIONS, rankMatches } from './rankMatches'
import type { ReplaceOptions, SearchDocument, SearchEngine, SearchHit, SearchQuery, SearchResult, StoredDocument } from './SearchEngine'
import { SnapshotFile } from './SnapshotFile'
import { storedForm } from './storedDocument'
import { toHit } from './toHit'
import { buildView, type View } from './view'

/** Options for {@link EmbeddedEngine}. */
export interface EmbeddedEngineOptions {
  /**
   * JSON file the index is saved to, with its changes appended to `<snapshotPath>.journal` between saves; both are
   * reloaded when another process changes them.
   */
  snapshotPath?: string
  /** Least time between two checks of the snapshot file by reads; default 500 ms. */
  reloadIntervalMs?: number
  /** Results of this many recent queries are kept and answered again until the index changes; default 0 (none). */
  cacheSize?: number
}

/**
 * The first line of a snapshot file, as JSON; then `docs` lines, one stored record each, as JSON; then the index's
 * postings as they lie in memory (little-endian 32-bit integers), from the first multiple of 4 bytes after the lines.
 *
 * @remarks Raw, not Base64 in the JSON: loading reads the postings into one block and views it, where a Base64 string
 * and the buffer it decoded to took three times their memory while a thread loaded the index. A line per record, not
 * one line for all: at 100,000 documents (580,000 records) that line passed V8's longest string (about 512 MB) and
 * the re-index failed with "Invalid string length".
 */
interface SnapshotHeader {
  version: typeof SNAPSHOT_VERSION
  /** Names this save, so only the journal started with it is replayed on top of it; absent in older snapshots. */
  generation?: string
  /** How many record lines follow. */
  docs: number
  index: Omit<SavedIndex, 'postings'>
}

/** Where the postings start in a snapshot whose lines end with the newline at `newline`. */
const postingsOffset = (newline: number): number => Math.ceil((newline + 1) / 4) * 4

/** Records joined into one piece of a snapshot being written. */
const RECORDS_A_PIECE = 1000

/** One change written to the journal. */
type Change = { upsert: SearchDocument[] } | { remove: string[] }


/**
 * Bumped whenever the index fields, their tokenisers or the snapshot's layout change, so old snapshots are rebuilt
 * rather than misread (3: postings packed, `compactIndex.ts`; 4: records without their body, `storedDocument.ts`, and
 * the postings raw after a JSON line; 5: a line per record).
 */
const SNAPSHOT_VERSION = 5
const DEFAULT_LIMIT = 10
/** Records indexed between two yields to the event loop while a new index is built. */
const BUILD_CHUNK = 250
const MAX_LIMIT = 100
/**
 * The journal is folded into a new snapshot once it is this share of the snapshot's size (and at least
 * {@link MIN_COMPACT_BYTES}): rare enough that saving the whole index (seconds at 10,000 documents) seldom runs,
 * soon enough that a reader loading the snapshot has little to replay.
 */
const COMPACT_SHARE = 0.25
const MIN_COMPACT_BYTES = 1_000_000

/**
 * The key of a query in the result cache: the query text as every analysis step sees it (NFC, lower case, single
 * spaces), with every option spelled out.
 */
function cacheKey(query: SearchQuery): string {
  const q = query.q.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
  const { locale, type, filters, facets, sort, limit, offset } = query
  return JSON.stringify([q, locale, type, filters, facets, sort, limit, offset])
}

/** The items whose mask entry is 1, in order. */
function keep(items: Int32Array, mask: Uint8Array): Int32Array {
  const kept = new Int32Array(items.length)
  let count = 0
  for (let i = 0; i < items.length; i++) if (mask[items[i]] === 1) kept[count++] = items[i]
  return kept.subarray(0, count)
}

/**
 * In-process search engine on MiniSearch, optionally persisted to a snapshot file.
 *
 * @remarks Used when no Meilisearch is configured. With `snapshotPath`, one process writes (the site server's
 * indexer, or `npm run reindex`) and any other process may read: `replaceAll` saves a whole snapshot atomically,
 * `upsert` and `remove` append one durable line to the snapshot's journal (a whole snapshot is saved again only
 * when the journal has grown to a quarter of it), and reads catch up with both when they changed on disk, at most
 * once per `reloadIntervalMs`. One writer process at a time per snapshot file is assumed. Within a process, share
 * one instance between the writer and the readers: they then see each change at once, with no reload.
 */
export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded'
  #index = createCompactIndex<SearchDocument>(INDEX_OPTIONS)
  /** The records by id, each without its body (only indexing reads it): at 10,000 documents the texts are 80 MB. */
  #docs = new Map<string, StoredDocument>()
  readonly #file: SnapshotFile | undefined
  readonly #journal: ChangeJournal<Change> | undefined
  /** Generation and size of the snapshot the index was loaded from or last saved to. */
  #generation: string | undefined
  #snapshotBytes = 0
  readonly #reloadIntervalMs: number
  #view: View | undefined
  /** Each record's facet values, numbered: kept across changes, so a new view reads only the records written since. */
  #numbering = new FacetNumbering()
  readonly #cacheSize: number
  /** Recent results by normalised query, least recently used first; emptied whenever the view is. */
  #cache = new Map<string, SearchResult>()
  #checkedAt = Number.NEGATIVE_INFINITY
  #queue: Promise<void> = Promise.resolve()

  constructor(options: EmbeddedEngineOptions = {}) {
    this.#file = options.snapshotPath === undefined ? undefined : new SnapshotFile(options.snapshotPath)
    this.#journal = options.snapshotPath === undefined ? undefined : new ChangeJournal(`${options.snapshotPath}.journal`)
    this.#reloadIntervalMs = options.reloadIntervalMs ?? 500
    this.#cacheSize = options.cacheSize ?? 0
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    await this.#write({ upsert: docs.map((doc) => structuredClone(doc)) })
  }

  async remove(ids: string[]): Promise<void> {
    await this.#write({ remove: [...ids] })
  }

  /**
   * Replaces every record; an unreadable or outdated snapshot is overwritten, so a reindex repairs it.
   *
   * @remarks The new index is built beside the current one, a chunk at a time, letting other work of this process
   * (searches on the current index) run in between; then it replaces the current one and the snapshot file is
   * renamed over the old. A change written by this instance while the new index is built is lost with the old one.
   */
  async replaceAll(docs: SearchDocument[], options: ReplaceOptions = {}): Promise<void> {
    // The last record given for an id wins; indexing reads the texts once, only the stored forms are kept (copied).
    const unique = [...new Map(docs.map((doc) => [doc.id, doc])).values()]
    const index = createCompactIndex<SearchDocument>(INDEX_OPTIONS)
    for (let start = 0; start < unique.length; start += BUILD_CHUNK) {
      index.addAll(unique.slice(start, start + BUILD_CHUNK))
      options.onProgress?.(Math.min(start + BUILD_CHUNK, unique.length), unique.length)
      await new Promise((resolve) => setImmediate(resolve))
    }
    trimPostings(index)
    const stored = new Map(unique.map((doc) => [doc.id, structuredClone(storedForm(doc))]))
    await this.#exclusive(async () => {
      this.#index = index
      this.#docs = stored
      this.#numbering = new FacetNumbering()
      this.#changed()
      await this.#save()
    })
  }

  /**
   * Returns one page of matches; a query asked again before the index changes is answered from the cache.
   *
   * @remarks Callers must treat the result as read-only: its hits are shared with later answers to the same query.
   */
  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now()
    await this.#refresh()
    if (this.#cacheSize === 0) return this.#search(query, started)
    const key = cacheKey(query)
    const cached = this.#cache.get(key)
    if (cached) {
      this.#cache.delete(key)
      this.#cache.set(key, cached)
      return { ...cached, query: query.q, took: Math.round(performance.now() - started) }
    }
    const result = this.#search(query, started)
    if (this.#cache.size >= this.#cacheSize) this.#cache.delete(this.#cache.keys().next().value!)
    this.#cache.set(key, result)
    return result
  }

  #search(query: SearchQuery, started: number): SearchResult {
    const limit = Math.min(MAX_LIMIT, Math.max(0, Math.floor(query.limit ?? DEFAULT_LIMIT)))
    const offset = Math.max(0, Math.floor(query.offset ?? 0))
    const view = this.#readView()
    const mask = view.facets.accepted(query)
    const blank = query.q.trim() === ''
    const ranking = blank
      ? {
          docs: mask ? keep(view.byId, mask) : view.byId,
          compare: (a: number, b: number) => view.idRank[a] - view.idRank[b],
          termsOf: () => [],
        }
      : rankMatches(
          view.reader,
          query.q,
          mask,
          query.locale === undefined ? undefined : view.facets.inLocale(query.locale),
          view.notInForce,
        )
    const sort = query.sort ?? 'relevance'
    const order = byDate(view.dateRank, blank && sort === 'relevance' ? 'newest' : sort, ranking.compare)
    // A blank query lists records, not their parts; one that matches takes the best of each family.
    const matches = !view.family ? ranking.docs : blank ? ranking.docs.filter((doc) => view.docs[doc]!.parentId === undefined) : bestOfFamilies(ranking.docs, view.family, order)
    const page = topK(matches, offset + limit, order).slice(offset)
    const facets = query.facets ?? []
    return {
      query: query.q,
      hits: page.map((doc) => toHit(view.docs[doc]!, ranking.termsOf(doc))),
      total: matches.length,
      limit,
      offset,
      took: Math.round(performance.now() - started),
      ...(facets.length > 0 && { facetDistribution: view.facets.count(matches, facets) }),
    }
  }

  async count(): Promise<number> {
    await this.#refresh()
    return this.#docs.size
  }

  /**
   * Runs about `searches` searches for the first words of the records' titles, so that the first searches a new
   * engine answers do not pay for compiling its scoring code and expanding common terms; forgets their results.
   *
   * @remarks On the 10,000-document dataset's index, the first 150 searches of the bench mix cost 5.6 ms each in a
   * fresh engine, 2.3 ms after 300 of these (1.1 s), 1.5 ms warm: at 300 searches a second the thread that took over
   * after a full publish fell behind for a second or two (p95 540 ms over the first five seconds).
   */
  async warmUp(searches = 300): Promise<void> {
    await this.#refresh()
    const docs = [...this.#docs.values()]
    const step = Math.max(1, Math.floor(docs.length / searches))
    for (let i = 0; i < docs.length; i += step) await this.search({ q: docs[i]!.title.split(/\s+/).slice(0, 4).join(' ') })
    this.#cache.clear()
  }

  async documents(): Promise<StoredDocument[]> {
    await this.#refresh()
    return [...this.#docs.values()].map((doc) => structuredClone(doc))
  }

  /** Forgets everything derived from the index after it changed. */
  #changed(): void {
    this.#view = undefined
    this.#cache.clear()
  }

  /** The read structures of the current index, built on the first query after a change. */
  #readView(): View {
    return (this.#view ??= buildView(new IndexReader(this.#index), this.#docs, this.#numbering))
  }

  /**
   * Applies a change on top of the latest state on disk and records it: appended to the journal, or, when the journal
   * has grown large or there is no snapshot yet, saved in a new snapshot.
   */
  #write(change: Change): Promise<void> {
    return this.#exclusive(async () => {
      if (this.#file) await this.#catchUp(this.#file)
      this.#apply(change)
      if (!this.#file || !this.#journal) return
      const journalBytes = await this.#journal.size()
      if (this.#generation === undefined || journalBytes > Math.max(MIN_COMPACT_BYTES, this.#snapshotBytes * COMPACT_SHARE)) {
        await this.#save()
      } else {
        await this.#journal.append(change)
      }
    })
  }

  #apply(change: Change): void {
    if ('upsert' in change) {
      const stale = partsOf(this.#docs.values(), wholes(change.upsert), new Set(change.upsert.map((doc) => doc.id)))
      for (const id of stale) this.#discard(id)
      for (const doc of change.upsert) {
        if (this.#index.has(doc.id)) this.#index.replace(doc)
        else this.#index.add(doc)
        this.#docs.set(doc.id, storedForm(doc))
      }
    } else {
      for (const id of [...change.remove, ...partsOf(this.#docs.values(), new Set(change.remove))]) this.#discard(id)
    }
    this.#changed()
  }

  #discard(id: string): void {
    if (this.#index.has(id)) this.#index.discard(id)
    this.#docs.delete(id)
  }

  /** Saves the whole index as a new snapshot generation, then starts its empty journal. */
  async #save(): Promise<void> {
    if (!this.#file || !this.#journal) return
    const generation = randomUUID()
    const docs = [...this.#docs.values()]
    const { postings, ...index } = saveCompactIndex(this.#index)
    const lines = [Buffer.from(`${JSON.stringify({ version: SNAPSHOT_VERSION, generation, docs: docs.length, index } satisfies SnapshotHeader)}\n`)]
    for (let i = 0; i < docs.length; i += RECORDS_A_PIECE) {
      lines.push(Buffer.from(docs.slice(i, i + RECORDS_A_PIECE).map((doc) => `${JSON.stringify(doc)}\n`).join('')))
    }
    const text = lines.reduce((total, line) => total + line.length, 0)
    const padding = Buffer.alloc(postingsOffset(text - 1) - text, ' ')
    const raw = new Uint8Array(postings.buffer, postings.byteOffset, postings.byteLength)
    await this.#file.write([...lines, padding, raw])
    this.#generation = generation
    this.#snapshotBytes = text + padding.length + raw.length
    await this.#journal.start(generation)
  }

  /**
   * Catches up now with what another process or thread wrote to the snapshot and its journal, without waiting for
   * the reload interval: the writer's peers call it once a write has landed.
   */
  async refresh(): Promise<void> {
    const file = this.#file
    if (!file) return
    this.#checkedAt = performance.now()
    await this.#exclusive(() => this.#catchUp(file))
  }

  /** Catches up with other processes' changes, checking at most once per interval. */
  async #refresh(): Promise<void> {
    const file = this.#file
    if (!file || performance.now() - this.#checkedAt < this.#reloadIntervalMs) return
    this.#checkedAt = performance.now()
    await this.#exclusive(() => this.#catchUp(file))
  }

  /** Runs reloads and writes one at a time, so a reload never overwrites a change that is being saved. */
  #exclusive(task: () => void | Promise<void>): Promise<void> {
    const run = this.#queue.then(task)
    this.#queue = run.catch(() => undefined)
    return run
  }

  /** Reloads the snapshot if another process replaced it, then applies the journal lines not yet applied. */
  async #catchUp(file: SnapshotFile): Promise<void> {
    if (await file.changed()) {
      const bytes = await file.read()
      if (bytes !== null) {
        // An older snapshot is one line of JSON, which says its version.
        let newline = bytes.indexOf(10)
        const snapshot = JSON.parse(bytes.toString('utf8', 0, newline < 0 ? bytes.length : newline)) as SnapshotHeader
        if (snapshot.version !== SNAPSHOT_VERSION) {
          const found = `version ${String(snapshot.version)}, expected ${SNAPSHOT_VERSION}`
          throw new Error(`Search snapshot ${file.path} has ${found}; reindex to rebuild it`)
        }
        const docs: StoredDocument[] = []
        for (let i = 0; i < snapshot.docs; i++) {
          const from = newline + 1
          newline = bytes.indexOf(10, from)
          if (newline < 0) throw new Error(`Search snapshot ${file.path} ends within its records; reindex to rebuild it`)
          docs.push(JSON.parse(bytes.toString('utf8', from, newline)) as StoredDocument)
        }
        const start = postingsOffset(newline)
        // A file read whole has a buffer of its own, starting at its first byte; copied should it not.
        const block = (bytes.byteOffset + start) % 4 === 0 ? bytes : new Uint8Array(bytes)
        const postings = new Int32Array(block.buffer, block.byteOffset + start, (block.length - start) / 4)
        // The index being replaced is not needed while the new one is built: let it go first.
        this.#changed()
        this.#index = createCompactIndex<SearchDocument>(INDEX_OPTIONS)
        this.#docs = new Map()
        this.#index = loadSavedIndex<SearchDocument>({ ...snapshot.index, postings }, INDEX_OPTIONS)
        this.#docs = new Map(docs.map((doc) => [doc.id, doc]))
        this.#numbering = new FacetNumbering()
        this.#generation = snapshot.generation
        this.#snapshotBytes = bytes.length
        this.#journal?.rewind()
        this.#changed()
      }
    }
    const changes = (await this.#journal?.readNew(this.#generation, (line) =>
      console.warn(`search: skipped an unreadable line of ${this.#journal?.path}: ${line.slice(0, 80)}`),
    )) ?? []
    for (const change of changes) this.#apply(change)
  }
}
