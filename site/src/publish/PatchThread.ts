import { Worker } from 'node:worker_threads'
import type { DocumentEvent, PublicCollection } from '@congkhai/contracts/publish'
import type { DocumentVersions } from '../published/content'
import { withFirst, writePatch, type Patch, type PatchResult } from './writePatch'

/** What the parent posts to the patch thread (`patchWorker.ts`). */
export type PatchThreadRequest =
  | { id: number; method: 'render' | 'prefetch'; events: DocumentEvent[] }
  | { answer: number; result?: DocumentVersions; error?: string }

/** What the patch thread posts back. */
export type PatchThreadReply =
  | { ready: true }
  | { failed: string }
  | { id: number; result?: unknown; error?: string }
  /** The changed documents' own pages of the `render` call `id`, ahead of its result (`PatchRenderer.render`'s `first`). */
  | { id: number; first: Patch }
  | { ask: number; collection: PublicCollection; docId: number }

type Read = (collection: PublicCollection, id: number) => Promise<DocumentVersions>

declare const COMPILED: boolean | undefined
// Compiled into `dist/` (scripts/lib/build.ts), the thread's bundle beside this one; from the sources, a shim that
// registers the TypeScript loader first.
const ENTRY = new URL(typeof COMPILED !== 'undefined' ? './patchWorker.mjs' : './patchWorker.dev.mjs', import.meta.url)

/**
 * A {@link PatchRenderer} in a worker thread of its own, one per live build: applies publishes to the live build as
 * `PatchRenderer.apply` does, the pages rendered in the thread and written here.
 *
 * @remarks A build's render bundle cannot be unloaded once imported (modules never are), and the content it renders
 * from is hundreds of megabytes at 10,000 documents: held in the server's own thread, every full build added another
 * bundle for good. Stopping the thread of the build before gives all of it back. The files are written in this thread
 * (`writePatch`), which is the one serving them: nothing can start reading a page between its `whenIdle` and its rename.
 */
export class PatchThread {
  readonly #worker: Worker
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; first?: (patch: Patch) => void }>()
  #nextId = 0
  /** How the thread's reads of documents are answered, for the call under way. */
  #read: Read | undefined
  /** Why the thread stopped, once it has: later calls fail at once with it rather than wait for ever. */
  #stopped: Error | undefined

  private constructor(
    readonly buildDir: string,
    worker: Worker,
  ) {
    this.#worker = worker
  }

  /**
   * Starts the thread for `buildDir`, and resolves once it has loaded the bundle and fingerprinted every page; aborted
   * through `signal` meanwhile, the thread is stopped and the load fails.
   */
  static async load(buildDir: string, signal?: AbortSignal): Promise<PatchThread> {
    signal?.throwIfAborted()
    const worker = new Worker(ENTRY, { workerData: { buildDir }, execArgv: [] })
    const thread = new PatchThread(buildDir, worker)
    const stop = () => void worker.terminate()
    signal?.addEventListener('abort', stop, { once: true })
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (reply: PatchThreadReply) => {
        if ('ready' in reply) resolve()
        else if ('failed' in reply) reject(new Error(reply.failed))
        else thread.#settle(reply)
      })
      worker.on('error', (error) => {
        reject(error)
        thread.#failAll(error)
      })
      worker.once('exit', (code) => {
        reject(new Error(`patch thread exited with code ${code}`))
        thread.#failAll(new Error(`patch thread exited with code ${code}`))
      })
    })
      .catch(async (error: unknown) => {
        await worker.terminate()
        throw signal?.aborted ? signal.reason : error
      })
      .finally(() => signal?.removeEventListener('abort', stop))
    return thread
  }

  /** Starts reading what the events' documents related to before the change (`PatchRenderer.prefetch`). */
  async prefetch(events: DocumentEvent[], read: Read): Promise<void> {
    await this.#call('prefetch', events, read)
  }

  /**
   * Applies the events to the live build's files (`PatchRenderer.apply`): the changed documents' own pages are written
   * here as soon as the thread has them, while it goes on with the rest.
   */
  async apply(events: DocumentEvent[], read: Read, whenIdle: (pathname: string) => Promise<void>): Promise<PatchResult> {
    let first: Promise<PatchResult> | undefined
    const patch = (await this.#call('render', events, read, (own) => void (first = writePatch(this.buildDir, own, whenIdle)))) as Patch
    return withFirst(await writePatch(this.buildDir, patch, whenIdle, first), await first)
  }

  /** Stops the thread, failing any call under way. */
  async stop(): Promise<void> {
    this.#failAll(new Error('patch thread was stopped'))
    await this.#worker.terminate()
  }

  #call(method: 'render' | 'prefetch', events: DocumentEvent[], read: Read, first?: (patch: Patch) => void): Promise<unknown> {
    if (this.#stopped) return Promise.reject(this.#stopped)
    this.#read = read
    const id = this.#nextId++
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, first })
      this.#worker.postMessage({ id, method, events } satisfies PatchThreadRequest)
    })
  }

  #settle(reply: PatchThreadReply): void {
    if ('ask' in reply) {
      const read = this.#read
      if (!read) return this.#worker.postMessage({ answer: reply.ask, error: 'no publish under way' } satisfies PatchThreadRequest)
      read(reply.collection, reply.docId).then(
        (result) => this.#worker.postMessage({ answer: reply.ask, result } satisfies PatchThreadRequest),
        (error: unknown) => this.#worker.postMessage({ answer: reply.ask, error: error instanceof Error ? error.message : String(error) } satisfies PatchThreadRequest),
      )
      return
    }
    if (!('id' in reply)) return
    if ('first' in reply) return this.#pending.get(reply.id)?.first?.(reply.first)
    const pending = this.#pending.get(reply.id)
    this.#pending.delete(reply.id)
    if (reply.error === undefined) pending?.resolve(reply.result)
    else pending?.reject(new Error(reply.error))
  }

  #failAll(error: Error): void {
    this.#stopped ??= error
    for (const pending of this.#pending.values()) pending.reject(error)
    this.#pending.clear()
  }
}
