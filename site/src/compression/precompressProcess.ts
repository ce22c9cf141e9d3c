import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BACKGROUND_PRIORITY, runNode } from '../publish/runNode'

declare const COMPILED: boolean | undefined

/** How to run `precompressMain.ts`: compiled, its bundle in `dist/site/` (scripts/lib/build.ts); from the sources, through tsx. */
function precompressCommand(): string[] {
  if (typeof COMPILED !== 'undefined') return [fileURLToPath(new URL('./precompress.mjs', import.meta.url))]
  return ['--import', 'tsx', path.join(path.dirname(fileURLToPath(import.meta.url)), 'precompressMain.ts')]
}

/**
 * Writes the brotli and gzip copies of a live build's files in a process of its own, below the site server's priority,
 * and resolves with its report line once done.
 *
 * @remarks The site server's full builds leave this step out (`PRECOMPRESS_LATER`): the build is swapped in as soon as
 * its pages are written, and served compressed on the fly (`compressResponse.ts`; nginx's `gzip on`) until each copy
 * is there. At 10,000 documents that is 25,000 pages, 600 MB, some 40 s of two cores taken off the time to live.
 * The copies are renamed into place whole, and no incremental publish writes while this runs (`host.ts`), so a copy
 * is never beside another version of its page. Aborted through `signal` (a full build replaces the build), it stops
 * where it is and resolves: the copies already written are whole, the pages without are compressed as they are sent.
 */
export async function precompressInProcess(clientDir: string, log: (line: string) => void, signal?: AbortSignal): Promise<void> {
  const { code, tail } = await runNode([...precompressCommand(), clientDir], {
    env: process.env,
    keep: 20,
    priority: BACKGROUND_PRIORITY,
    onLine: (line, stream) => stream === 'stdout' && log(line),
    signal,
  })
  if (signal?.aborted) return
  if (code !== 0) throw new Error(`precompress failed (exit ${code}): ${tail.join('\n').trim() || 'no output'}`)
}
