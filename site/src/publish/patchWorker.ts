/**
 * The patch thread (`PatchThread.ts`): holds one build's render bundle and the content behind its pages, and renders
 * the pages a publish changes.
 *
 * @remarks Messages from the parent: `{ id, method: 'render' | 'prefetch', events }`; answers `{ id, result }` or
 * `{ id, error }`, a render first `{ id, first }` with the changed documents' own pages. The documents a publish reads are asked of the parent (`{ ask, collection, docId }`, answered
 * `{ answer, result }` or `{ answer, error }`), which shares those reads with the search index. `{ ready: true }` or
 * `{ failed }` once the bundle is loaded.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { collectNow, collectWhenIdle } from '@congkhai/cms/idle-collection'
import type { DocumentEvent, PublicCollection } from '@congkhai/contracts/publish'
import type { DocumentVersions } from '../published/content'
import { PatchRenderer } from './PatchRenderer'
import { BACKGROUND_PRIORITY } from './runNode'
import { lowerThreadPriority } from './threadPriority'
import type { Patch } from './writePatch'
import type { PatchThreadReply, PatchThreadRequest } from './PatchThread'

const port = parentPort!
const asked = new Map<number, { resolve: (versions: DocumentVersions) => void; reject: (error: Error) => void }>()
let nextAsk = 0

/** Reads a document through the parent thread. */
function read(collection: PublicCollection, docId: number): Promise<DocumentVersions> {
  const ask = nextAsk++
  return new Promise((resolve, reject) => {
    asked.set(ask, { resolve, reject })
    port.postMessage({ ask, collection, docId } satisfies PatchThreadReply)
  })
}

// Below the server's thread and the search thread, as a full build is: on two cores the rest of a publish's re-render
// (lists, feeds, related pages, after the changed documents' own pages) took the core the index update and the
// searches needed, and search showed a change 700-860 ms after a save instead of 580-700 (10,000 documents).
lowerThreadPriority(BACKGROUND_PRIORITY)

try {
  const renderer = await PatchRenderer.load((workerData as { buildDir: string }).buildDir)
  port.on('message', (message: PatchThreadRequest) => {
    if ('answer' in message) {
      const waiting = asked.get(message.answer)
      asked.delete(message.answer)
      if (message.error === undefined) waiting?.resolve(message.result as DocumentVersions)
      else waiting?.reject(new Error(message.error))
      return
    }
    const events: DocumentEvent[] = message.events
    const first = (patch: Patch) => port.postMessage({ id: message.id, first: patch } satisfies PatchThreadReply)
    const work = message.method === 'render' ? renderer.render(events, read, first) : renderer.prefetch(events, read)
    work.finally(collectWhenIdle).then(
      (result) => port.postMessage({ id: message.id, result } satisfies PatchThreadReply),
      (error: unknown) => port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) } satisfies PatchThreadReply),
    )
  })
  // Collected before saying so: the garbage of reading every document is hundreds of megabytes at 10,000, and
  // collected two seconds later it took a core from the search thread just as the new build went live (p95 of
  // search at 300 req/s 845 ms for five seconds after a full publish, 7 ms once it was done).
  collectNow()
  port.postMessage({ ready: true } satisfies PatchThreadReply)
} catch (error) {
  port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies PatchThreadReply)
}
