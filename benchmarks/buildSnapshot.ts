/**
 * The index build both search benchmarks measure: the embedded engine indexing the records and saving its snapshot,
 * timed, with the heap it grew by (run under `--expose-gc` for a true figure).
 */
import { stat } from 'node:fs/promises'
import { EmbeddedEngine, type SearchDocument } from '@congkhai/search'

const collect = () => (globalThis as { gc?: () => void }).gc?.()

/** Figures of one build. */
export interface SnapshotBuild {
  /** Bytes of the records' title, summary and body. */
  textBytes: number
  buildSeconds: number
  /** Heap growth of this process while the engine held the index and its copy of the records. */
  heapGrowth: number
  snapshotBytes: number
}

/** Builds the embedded index of `docs` into `snapshotPath` and drops it: the route server loads its own copy. */
export async function buildSnapshot(docs: SearchDocument[], snapshotPath: string): Promise<SnapshotBuild> {
  const textBytes = docs.reduce((sum, doc) => sum + Buffer.byteLength(`${doc.title}${doc.summary ?? ''}${doc.body ?? ''}`), 0)
  collect()
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const engine = new EmbeddedEngine({ snapshotPath })
  await engine.replaceAll(docs)
  const buildSeconds = (performance.now() - started) / 1000
  collect()
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore
  return { textBytes, buildSeconds, heapGrowth, snapshotBytes: (await stat(snapshotPath)).size }
}
