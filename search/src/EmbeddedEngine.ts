import MiniSearch, { type AsPlainObject, type Options, type Query } from 'minisearch'
import { highlight } from './highlight'
import type { SearchDocument, SearchEngine, SearchHit, SearchQuery, SearchResult } from './SearchEngine'
import { SnapshotFile } from './SnapshotFile'
import { analyzeQuery, numberKey, tokenize, typoBudget, type QueryClause } from './vietnamese'

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
  terms: ReadonlySet<string>
}

const SNAPSHOT_VERSION = 1
const DEFAULT_LIMIT = 10
const MAX_LIMIT = 100
const NO_TERMS: ReadonlySet<string> = new Set()

const TEXT_FIELDS = ['title', 'number', 'summary', 'body']
/** Hidden field holding {@link numberKey} of the number, so a number typed with any separators finds its document. */
const NUMBER_KEY = 'numberKey'

/** The same options must be given when a snapshot is loaded, so they live in one constant. */
const MINISEARCH_OPTIONS: Options<SearchDocument> = {
  fields: [...TEXT_FIELDS, NUMBER_KEY],
  idField: 'id',
  extractField: (doc, field) =>
    field === NUMBER_KEY ? doc.number && numberKey(doc.number) : doc[field as keyof SearchDocument],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => term,
  searchOptions: {
    fields: TEXT_FIELDS,
    // Queries arrive already folded and split by analyzeQuery, one term per leaf.
    tokenize: (term) => [term],
    processTerm: (term) => term,
    boost: { number: 4, title: 3, summary: 1.5, body: 1 },
  },
}

/**
 * Builds a MiniSearch query tree: every clause must match (or any, for the fallback), prefix on the last term.
 *
 * @remarks A query with digits may be a document number, so it also matches the number key, boosted far above
 * text: `15 2020 QĐ UBND` then ranks `15/2020/QĐ-UBND` above documents that merely cite it.
 */
function toQuery(q: string, clauses: QueryClause[], combineWith: 'AND' | 'OR'): Query {
  const text = toTextQuery(clauses, combineWith)
  if (!/\p{N}/u.test(q)) return text
  const number: Query = { queries: [numberKey(q)], fields: [NUMBER_KEY], prefix: true, boost: { [NUMBER_KEY]: 20 } }
  return { combineWith: 'OR', queries: [text, number] }
}

function toTextQuery(clauses: QueryClause[], combineWith: 'AND' | 'OR'): Query {
  const lastClause = clauses.length - 1
  return {
    combineWith,
    queries: clauses.map((alternatives, clause) => ({
      combineWith: 'OR',
      queries: alternatives.map((words) => ({
        combineWith: 'AND',
        queries: words.map((word, position) => ({
          queries: [word],
          prefix: clause === lastClause && position === words.length - 1,
          fuzzy: typoBudget(word) || false,
        })),
      })),
    })),
  }
}

const byDateDescending = (a: SearchDocument, b: SearchDocument): number =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id)

function toHit({ doc, terms }: Match): SearchHit {
  const { id, type, locale, title, url, number, summary, date, facets } = doc
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
  #index = new MiniSearch<SearchDocument>(MINISEARCH_OPTIONS)
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
      this.#index = new MiniSearch<SearchDocument>(MINISEARCH_OPTIONS)
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
    const accepts = (doc: SearchDocument | undefined): doc is SearchDocument =>
      doc !== undefined &&
      (query.locale === undefined || doc.locale === query.locale) &&
      (query.type === undefined || doc.type === query.type)
    const matches = this.#match(query.q, accepts)
    return {
      query: query.q,
      hits: matches.slice(offset, offset + limit).map(toHit),
      total: matches.length,
      limit,
      offset,
      took: Math.round(performance.now() - started),
    }
  }

  async count(): Promise<number> {
    await this.#refresh()
    return this.#docs.size
  }

  /** Ranks the accepted documents for a query; a blank query lists them newest first. */
  #match(q: string, accepts: (doc: SearchDocument | undefined) => boolean): Match[] {
    const clauses = analyzeQuery(q)
    if (clauses.length === 0) {
      return [...this.#docs.values()]
        .filter(accepts)
        .sort(byDateDescending)
        .map((doc) => ({ doc, terms: NO_TERMS }))
    }
    const filter = (result: { id: string }) => accepts(this.#docs.get(result.id))
    let results = this.#index.search(toQuery(q, clauses, 'AND'), { filter })
    if (results.length === 0) results = this.#index.search(toQuery(q, clauses, 'OR'), { filter })
    return results.flatMap((result) => {
      const doc = this.#docs.get(result.id)
      return doc ? [{ doc, terms: new Set(result.terms) }] : []
    })
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
    this.#index = MiniSearch.loadJS<SearchDocument>(snapshot.index, MINISEARCH_OPTIONS)
    this.#docs = new Map(snapshot.docs.map((doc) => [doc.id, doc]))
  }
}
