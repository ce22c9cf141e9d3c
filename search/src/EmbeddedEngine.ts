import MiniSearch, { type AsPlainObject } from 'minisearch'
import { acceptsFor, countFacets, sortByDate } from './facets'
import { highlight } from './highlight'
import { INDEX_OPTIONS, rankMatches } from './rankMatches'
import type { SearchDocument, SearchEngine, SearchHit, SearchQuery, SearchResult } from './SearchEngine'
import { SnapshotFile } from './SnapshotFile'

/** Options for {@link EmbeddedEngine}. */
export interface EmbeddedEngineOptions {
  /** JSON file the index is saved to after every write and reloaded from when another process changes it. */
  snapshotPath?: string
  /** Least time between two checks of the snapshot file by reads; default 500 ms. */
  reloadIntervalMs?: number
}

interface Snapshot {
  version: typeof SNAPSHOT_VERSION
  docs: SearchDocument[]
  index: AsPlainObject
}

interface Match {
  doc: SearchDocument
  /** Indexed terms the record matched, for highlighting. */
  terms: readonly string[]
}

/** Bumped whenever the index fields or their tokenisers change, so old snapshots are rebuilt rather than misread. */
const SNAPSHOT_VERSION = 2
const DEFAULT_LIMIT = 10
const MAX_LIMIT = 100

// Ids and ISO dates compare by code unit; localeCompare would be slower and no more right.
const byId = (a: SearchDocument, b: SearchDocument): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

function toHit({ doc, terms: matched }: Match): SearchHit {
  const { id, type, locale, title, url, number, summary, date, facets } = doc
  const terms = new Set(matched)
  const hit: SearchHit = { id, type, locale, title, url, _formatted: { title: highlight(title, terms) } }
  if (number !== undefined) hit.number = number
  if (summary !== undefined) {
    hit.summary = summary
    hit._formatted.summary = highlight(summary, terms)
  }
  if (date !== undefined) hit.date = date
  if (facets !== undefined) hit.facets = facets
  return hit
}

/**
 * In-process search engine on MiniSearch, optionally persisted to a snapshot file.
 *
 * @remarks Used when no Meilisearch is configured. With `snapshotPath`, one process (the CMS) writes and others
 * (the site) read: every write saves the snapshot atomically and reads reload it when it changed on disk, at most
 * once per `reloadIntervalMs`. One writer process per snapshot file is assumed.
 */
export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded'
  #index = new MiniSearch<SearchDocument>(INDEX_OPTIONS)
  #docs = new Map<string, SearchDocument>()
  readonly #file: SnapshotFile | undefined
  readonly #reloadIntervalMs: number
  #checkedAt = Number.NEGATIVE_INFINITY
  #queue: Promise<void> = Promise.resolve()

  constructor(options: EmbeddedEngineOptions = {}) {
    this.#file = options.snapshotPath === undefined ? undefined : new SnapshotFile(options.snapshotPath)
    this.#reloadIntervalMs = options.reloadIntervalMs ?? 500
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    await this.#write(() => {
      for (const doc of docs) {
        const copy = structuredClone(doc)
        if (this.#index.has(copy.id)) this.#index.replace(copy)
        else this.#index.add(copy)
        this.#docs.set(copy.id, copy)
      }
    })
  }

  async remove(ids: string[]): Promise<void> {
    await this.#write(() => {
      for (const id of ids) {
        if (this.#index.has(id)) this.#index.discard(id)
        this.#docs.delete(id)
      }
    })
  }

  /** Replaces every record; an unreadable or outdated snapshot is overwritten, so a reindex repairs it. */
  async replaceAll(docs: SearchDocument[]): Promise<void> {
    const change = () => {
      const copies = [...new Map(docs.map((doc) => [doc.id, structuredClone(doc)])).values()]
      this.#index = new MiniSearch<SearchDocument>(INDEX_OPTIONS)
      this.#index.addAll(copies)
      this.#docs = new Map(copies.map((doc) => [doc.id, doc]))
    }
    await this.#write(change, false)
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now()
    await this.#refresh()
    const limit = Math.min(MAX_LIMIT, Math.max(0, Math.floor(query.limit ?? DEFAULT_LIMIT)))
    const offset = Math.max(0, Math.floor(query.offset ?? 0))
    const blank = query.q.trim() === ''
    const matches = blank ? this.#all(acceptsFor(query)) : this.#match(query.q, acceptsFor(query))
    const sort = query.sort ?? 'relevance'
    sortByDate(matches, (match) => match.doc.date, blank && sort === 'relevance' ? 'newest' : sort)
    const facets = query.facets ?? []
    const facetDistribution =
      facets.length > 0
        ? countFacets(
            matches.map((match) => match.doc),
            facets,
          )
        : undefined
    return {
      query: query.q,
      hits: matches.slice(offset, offset + limit).map(toHit),
      total: matches.length,
      limit,
      offset,
      took: Math.round(performance.now() - started),
      ...(facetDistribution && { facetDistribution }),
    }
  }

  async count(): Promise<number> {
    await this.#refresh()
    return this.#docs.size
  }

  /** Every accepted record, in id order so that equal dates list the same way every time. */
  #all(accepts: ((doc: SearchDocument) => boolean) | undefined): Match[] {
    const all = [...this.#docs.values()]
    const docs = (accepts ? all.filter(accepts) : all).sort(byId)
    return docs.map((doc) => ({ doc, terms: [] }))
  }

  /** Ranks the accepted records for a non-blank query, best first. */
  #match(q: string, accepts: ((doc: SearchDocument) => boolean) | undefined): Match[] {
    const docs = this.#docs
    const filter = accepts && ((id: string) => accepts(docs.get(id)!))
    return rankMatches(this.#index, q, filter).map(({ id, terms }) => ({ doc: docs.get(id)!, terms }))
  }

  /** Applies a change, on top of the latest snapshot unless it replaces everything, then saves it. */
  #write(change: () => void, onLatest = true): Promise<void> {
    return this.#exclusive(async () => {
      if (!this.#file) return change()
      if (onLatest) await this.#reloadIfChanged(this.#file)
      change()
      const docs = [...this.#docs.values()]
      const snapshot: Snapshot = { version: SNAPSHOT_VERSION, docs, index: this.#index.toJSON() }
      await this.#file.write(JSON.stringify(snapshot))
    })
  }

  /** Reloads the snapshot if another process replaced it, checking at most once per interval. */
  async #refresh(): Promise<void> {
    const file = this.#file
    if (!file || performance.now() - this.#checkedAt < this.#reloadIntervalMs) return
    this.#checkedAt = performance.now()
    await this.#exclusive(() => this.#reloadIfChanged(file))
  }

  /** Runs reloads and writes one at a time, so a reload never overwrites a change that is being saved. */
  #exclusive(task: () => void | Promise<void>): Promise<void> {
    const run = this.#queue.then(task)
    this.#queue = run.catch(() => undefined)
    return run
  }

  async #reloadIfChanged(file: SnapshotFile): Promise<void> {
    if (!(await file.changed())) return
    const text = await file.read()
    if (text === null) return
    const snapshot = JSON.parse(text) as Snapshot
    if (snapshot.version !== SNAPSHOT_VERSION) {
      const found = `version ${String(snapshot.version)}, expected ${SNAPSHOT_VERSION}`
      throw new Error(`Search snapshot ${file.path} has ${found}; reindex to rebuild it`)
    }
    this.#index = MiniSearch.loadJS<SearchDocument>(snapshot.index, INDEX_OPTIONS)
    this.#docs = new Map(snapshot.docs.map((doc) => [doc.id, doc]))
  }
}
