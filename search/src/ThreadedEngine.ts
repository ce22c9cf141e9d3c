import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { EmbeddedEngineOptions } from './EmbeddedEngine'
import type { ReplaceOptions, SearchDocument, SearchEngine, SearchQuery, SearchResult, StoredDocument } from './SearchEngine'

/** Options for {@link ThreadedEngine}: those of the embedded engine each thread runs, and how many threads. */
export interface ThreadedEngineOptions extends EmbeddedEngineOptions {
  /** Worker threads answering searches, each holding a copy of the index; at least 1. */
  threads: number
}

/** The calls a search thread answers, by method, with their arguments. */
interface Calls {
  search: [SearchQuery]
  searchJson: [SearchQuery]
  upsert: [SearchDocument[]]
  remove: [string[]]
  replaceAll: [SearchDocument[]]
  count: []
  documents: []
  refresh: []
  /** `refresh` in a new thread: its first load of the index. */
  load: []
  /** `EmbeddedEngine.warmUp`: a new thread's searches before it takes over from an old one. */
  warmUp: []
}

/** One call posted to a search thread (`searchThread.ts`). */
export type ThreadCall = { [M in keyof Calls]: { id: number; method: M; args: Calls[M] } }[keyof Calls]

/** A search thread's answer to the call `id`, or progress of a `replaceAll`. */
export interface ThreadReply {
  id: number
  result?: unknown
  error?: string
  progress?: [done: number, total: number]
}

interface Pending {
  resolve(value: unknown): void
  reject(error: Error): void
  onProgress?: (done: number, total: number) => void
}

declare const COMPILED: boolean | undefined
// Compiled into `dist/` (scripts/lib/build.ts), the thread's own bundle beside this one's folder; from the sources,
// resolved through the package's exports, not relative to this file: a bundler may have moved this module.
const THREAD_ENTRY =
  typeof COMPILED !== 'undefined' ? new URL('../search/searchThread.mjs', import.meta.url) : createRequire(import.meta.url).resolve('@congkhai/search/thread')

/** One worker thread and the calls waiting for its answers. */
class SearchThread {
  readonly #worker: Worker
  readonly #pending = new Map<number, Pending>()
  #nextId = 0
  /** Whether it has been asked anything, and so holds a copy of the index that later writes must reach. */
  used = false
  /** Set once the thread failed, exited or was retired; its engine then makes a new one. */
  dead = false
  #retiring = false

  constructor(options: EmbeddedEngineOptions) {
    // No inherited flags: the entry registers its own TypeScript loader, whatever started this process.
    this.#worker = new Worker(THREAD_ENTRY, { workerData: options, execArgv: [] })
    this.#worker.on('message', (reply: ThreadReply) => this.#settle(reply))
    this.#worker.on('error', (error) => this.#fail(error))
    this.#worker.on('exit', (code) => this.#fail(new Error(`search thread exited with code ${code}`)))
    // An idle thread does not keep the process alive; one with calls in flight does (see `call`). After the
    // listeners: listening for messages refs the thread again.
    this.#worker.unref()
  }

  get load(): number {
    return this.#pending.size
  }

  call<M extends keyof Calls>(method: M, args: Calls[M], onProgress?: Pending['onProgress']): Promise<unknown> {
    if (this.dead) return Promise.reject(new Error('search thread has stopped'))
    this.used = true
    const id = this.#nextId++
    return new Promise((resolve, reject) => {
      if (this.#pending.size === 0) this.#worker.ref()
      this.#pending.set(id, { resolve, reject, onProgress })
      this.#worker.postMessage({ id, method, args } as ThreadCall)
    })
  }

  #settle({ id, result, error, progress }: ThreadReply): void {
    const pending = this.#pending.get(id)
    if (!pending) return
    if (progress) return pending.onProgress?.(...progress)
    this.#pending.delete(id)
    if (this.#pending.size === 0) this.#worker.unref()
    if (this.#pending.size === 0 && this.#retiring) void this.#worker.terminate()
    if (error === undefined) pending.resolve(result)
    else pending.reject(new Error(error))
  }

  /** Stops the thread once the calls it has been given are answered; it takes no new ones meanwhile. */
  retire(): void {
    this.dead = true
    if (this.#pending.size === 0) void this.#worker.terminate()
    else this.#retiring = true
  }

  /** Stops the thread, failing any calls still waiting. */
  async stop(): Promise<void> {
    this.#fail(new Error('search thread was stopped'))
    await this.#worker.terminate()
  }

  #fail(error: Error): void {
    this.dead = true
    for (const pending of this.#pending.values()) pending.reject(error)
    this.#pending.clear()
    this.#worker.unref()
  }
}

/**
 * The embedded engine answered by worker threads, so searches use every core and never hold up the thread serving
 * pages.
 *
 * @remarks One Node thread answers one search at a time: at 10,000 records a search costs a few milliseconds of CPU,
 * so a single thread under 300 searches a second is busy most of the time and each search mostly waits for the ones
 * ahead of it. Here each thread runs its own {@link EmbeddedEngine} and a search goes to the thread with the fewest
 * calls waiting. With a snapshot file, the first thread is the one writer: it applies each write and records it in
 * the snapshot's journal, then every other thread that holds the index catches up from the journal before the write
 * resolves, so a write is searchable everywhere once it returns; a thread not asked anything yet starts loading the
 * index after the first write, in the background. Without a file, every write goes to every thread
 * (a thread replaced after a crash then starts empty: in-memory use is for tests). Threads start on first use; a
 * thread that crashed fails its calls in flight and is replaced on the next call.
 */
export class ThreadedEngine implements SearchEngine {
  readonly name = 'embedded'
  readonly #options: EmbeddedEngineOptions
  readonly #size: number
  #threads: SearchThread[] = []
  #next = 0

  constructor({ threads, ...options }: ThreadedEngineOptions) {
    if (!Number.isInteger(threads) || threads < 1) throw new Error(`A threaded engine needs at least one thread, got ${threads}`)
    this.#options = options
    this.#size = threads
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return (await this.#leastBusy().call('search', [query])) as SearchResult
  }

  /** {@link search}'s result as JSON text, written in the thread: the caller neither receives nor serialises an object. */
  async searchJson(query: SearchQuery): Promise<string> {
    return (await this.#leastBusy().call('searchJson', [query])) as string
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    await this.#write('upsert', [docs])
  }

  async remove(ids: string[]): Promise<void> {
    await this.#write('remove', [ids])
  }

  async replaceAll(docs: SearchDocument[], options: ReplaceOptions = {}): Promise<void> {
    await this.#write('replaceAll', [docs], options.onProgress)
  }

  async count(): Promise<number> {
    return (await this.#live()[0].call('count', [])) as number
  }

  async documents(): Promise<StoredDocument[]> {
    return (await this.#live()[0].call('documents', [])) as StoredDocument[]
  }

  /**
   * Loads the snapshot file afresh in new threads and hands every later call to them; the old threads stop once they
   * have answered the calls they had. For a snapshot another process rewrote (a reindex, `npm run reindex`).
   *
   * @remarks New threads rather than a reload in place: a thread that loaded or built an index before keeps the heap
   * it grew for it (hundreds of megabytes at 10,000 documents), while a stopped thread gives all of it back.
   */
  async refresh(): Promise<void> {
    if (this.#options.snapshotPath === undefined) return
    const fresh = Array.from({ length: this.#size }, () => new SearchThread(this.#options))
    try {
      // Warmed up before they take over: a thread's first searches are several times slower than later ones.
      await Promise.all(fresh.map(async (thread) => (await thread.call('load', []), await thread.call('warmUp', []))))
    } catch (err) {
      await Promise.all(fresh.map((thread) => thread.stop()))
      throw err
    }
    const old = this.#threads
    this.#threads = fresh
    for (const thread of old) thread.retire()
  }

  /** Stops every thread (calls in flight fail); a later call starts new ones, which read the snapshot file again. */
  async close(): Promise<void> {
    const threads = this.#threads
    this.#threads = []
    await Promise.all(threads.map((thread) => thread.stop()))
  }

  /** Applies a write in the writer thread, then brings every other thread that holds the index up to date. */
  async #write<M extends 'upsert' | 'remove' | 'replaceAll'>(method: M, args: Calls[M], onProgress?: Pending['onProgress']): Promise<void> {
    const [writer, ...others] = this.#live()
    if (this.#options.snapshotPath === undefined) {
      await Promise.all([writer.call(method, args, onProgress), ...others.map((thread) => thread.call(method, args))])
      return
    }
    await writer.call(method, args, onProgress)
    // A thread not yet asked anything loads the index now, in the background, rather than on the first search it
    // gets (seconds at 10,000 records, which that search would wait for).
    const holding = others.filter((thread) => thread.used)
    for (const thread of others.filter((thread) => !thread.used)) thread.call('refresh', []).catch(() => undefined)
    await Promise.all(holding.map((thread) => thread.call('refresh', [])))
  }

  /** The thread with the fewest calls waiting, scanning from after the last one chosen so ties take turns. */
  #leastBusy(): SearchThread {
    const threads = this.#live()
    let chosen = threads[this.#next % threads.length]
    for (let i = 1; i < threads.length; i++) {
      const thread = threads[(this.#next + i) % threads.length]
      if (thread.load < chosen.load) chosen = thread
    }
    this.#next = (threads.indexOf(chosen) + 1) % threads.length
    return chosen
  }

  /** The threads, started on first use, with any that stopped replaced. */
  #live(): SearchThread[] {
    if (this.#threads.length === 0) this.#threads = Array.from({ length: this.#size }, () => new SearchThread(this.#options))
    this.#threads = this.#threads.map((thread) => (thread.dead ? new SearchThread(this.#options) : thread))
    return this.#threads
  }
}

/**
 * A search's result as JSON text, for a caller that only sends it on: a {@link ThreadedEngine} writes the text in its
 * thread, so the calling thread (the one serving every request) neither copies the result object nor serialises it.
 */
export async function searchJson(engine: SearchEngine, query: SearchQuery): Promise<string> {
  return engine instanceof ThreadedEngine ? engine.searchJson(query) : JSON.stringify(await engine.search(query))
}
