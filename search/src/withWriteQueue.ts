import { MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError } from 'meilisearch'
import type { ReplaceOptions, SearchDocument, SearchEngine } from './SearchEngine'

/** Options of {@link withWriteQueue}. */
export interface WriteQueueOptions {
  /** First wait before retrying a failed write, in ms; doubled after each failure up to `maxDelayMs`. Default 1 s. */
  initialDelayMs?: number
  /** Longest wait between retries, in ms. Default 60 s. */
  maxDelayMs?: number
  /**
   * Attempts before a write the server answered and refused is dropped (and logged). Writes that failed because the
   * server could not be reached are retried for as long as it takes. Default 5.
   */
  maxRefusals?: number
  log?: (message: string) => void
}

/** A search engine whose writes are queued; see {@link withWriteQueue}. */
export interface QueuedEngine extends SearchEngine {
  /** Writes not yet applied by the engine, the one under way included. */
  readonly pending: number
  /** Resolves once every write queued so far has been applied (or dropped as refused). */
  drained(): Promise<void>
}

type Write =
  | { kind: 'upsert'; docs: SearchDocument[] }
  | { kind: 'remove'; ids: string[] }
  | { kind: 'replaceAll'; docs: SearchDocument[]; options?: ReplaceOptions }

/** Whether the write failed for want of an answer (server down, unreachable, slow), not because it was refused. */
const unanswered = (error: unknown): boolean =>
  error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError || error instanceof MeilisearchTaskTimeOutError

/**
 * Wraps an engine so that its writes never fail or wait for it: each is queued, applied in order in the background,
 * and retried with growing waits while the engine is down.
 *
 * @remarks For Meilisearch beside the embedded index (site/src/search/search.ts): publishing writes the embedded index
 * first and then only queues the Meilisearch write, so a Meilisearch outage neither stops publishing nor leaves the
 * fallback the site answers from meanwhile stale; when Meilisearch is back it catches up in the order things were
 * published. A `replaceAll` makes every write queued before it moot, so they are dropped. The queue lives in memory:
 * writes still queued when the process stops are lost, and `npm run search:check` then lists the records to reindex.
 */
export function withWriteQueue(engine: SearchEngine, options: WriteQueueOptions = {}): QueuedEngine {
  const { initialDelayMs = 1000, maxDelayMs = 60_000, maxRefusals = 5, log = console.warn } = options
  const queue: Write[] = []
  let running: Promise<void> | undefined
  let outage = false

  const apply = (write: Write): Promise<void> =>
    write.kind === 'upsert' ? engine.upsert(write.docs) : write.kind === 'remove' ? engine.remove(write.ids) : engine.replaceAll(write.docs, write.options)

  async function run(): Promise<void> {
    let delay = initialDelayMs
    let refusals = 0
    while (queue.length > 0) {
      const write = queue[0]!
      try {
        await apply(write)
        if (outage) log(`search: ${engine.name} is back; ${queue.length - 1} queued writes left`)
        outage = false
        delay = initialDelayMs
        refusals = 0
        queue.shift()
      } catch (error) {
        if (!unanswered(error) && ++refusals >= maxRefusals) {
          log(`search: ${engine.name} refused a ${write.kind} ${refusals} times, dropped it: ${(error as Error).message}`)
          queue.shift()
          refusals = 0
          continue
        }
        if (!outage) log(`search: ${engine.name} write failed, ${queue.length} queued, retrying: ${(error as Error).message}`)
        outage = true
        await new Promise((resolve) => setTimeout(resolve, delay).unref())
        delay = Math.min(maxDelayMs, delay * 2)
      }
    }
  }

  function enqueue(write: Write): Promise<void> {
    // A write under way stays; the ones waiting behind it are replaced by the whole new index.
    if (write.kind === 'replaceAll') queue.splice(running ? 1 : 0)
    queue.push(write)
    start()
    return Promise.resolve()
  }

  function start(): void {
    running ??= run().finally(() => {
      running = undefined
      // A write queued between the loop's last check and now.
      if (queue.length > 0) start()
    })
  }

  return {
    name: engine.name,
    get pending() {
      return queue.length
    },
    async drained() {
      while (running) await running
    },
    upsert: (docs) => (docs.length > 0 ? enqueue({ kind: 'upsert', docs }) : Promise.resolve()),
    remove: (ids) => (ids.length > 0 ? enqueue({ kind: 'remove', ids }) : Promise.resolve()),
    replaceAll: (docs, replaceOptions) => enqueue({ kind: 'replaceAll', docs, options: replaceOptions }),
    search: (query) => engine.search(query),
    count: () => engine.count(),
    documents: () => engine.documents(),
  }
}
