/**
 * One worker thread of a {@link ThreadedEngine}: an {@link EmbeddedEngine} answering the calls its parent posts.
 *
 * @remarks Started through `searchThread.mjs`, which lets the thread load TypeScript. Each message is one call,
 * `{ id, method, args }`: a method of the engine, or `searchJson` (a search's result as JSON text). The answer is
 * `{ id, result }` or `{ id, error }`; `replaceAll` also posts `{ id, progress }` as the new index fills up.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { EmbeddedEngine, type EmbeddedEngineOptions } from './EmbeddedEngine'
import type { ThreadCall, ThreadReply } from './ThreadedEngine'

const engine = new EmbeddedEngine(workerData as EmbeddedEngineOptions)
const port = parentPort!
const reply = (message: ThreadReply) => port.postMessage(message)

async function answer(call: ThreadCall): Promise<unknown> {
  switch (call.method) {
    case 'search':
      return engine.search(call.args[0])
    case 'searchJson':
      return JSON.stringify(await engine.search(call.args[0]))
    case 'upsert':
      return engine.upsert(call.args[0])
    case 'remove':
      return engine.remove(call.args[0])
    case 'replaceAll':
      return engine.replaceAll(call.args[0], { onProgress: (done, total) => reply({ id: call.id, progress: [done, total] }) })
    case 'count':
      return engine.count()
    case 'documents':
      return engine.documents()
    case 'refresh':
    case 'load':
      return engine.refresh()
    case 'warmUp':
      return engine.warmUp()
  }
}

/**
 * Loading or building a whole index leaves hundreds of megabytes of garbage at 10,000 documents (the file read, the
 * index replaced), which V8 would keep resident until later searches happened to trigger a full collection: collected
 * at once when the process runs with `--expose-gc` (the site server does, `SITE_NODE_FLAGS`).
 */
const HEAVY = new Set<ThreadCall['method']>(['replaceAll', 'load'])

port.on('message', (call: ThreadCall) => {
  answer(call)
    // V8's `last-resort` collection gives the freed memory back to the system (cms/src/idleCollection.ts).
    .finally(() => HEAVY.has(call.method) && (globalThis as { gc?: (options: object) => void }).gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' }))
    .then(
      (result) => reply({ id: call.id, result }),
      (error: unknown) => reply({ id: call.id, error: error instanceof Error ? error.message : String(error) }),
    )
})
