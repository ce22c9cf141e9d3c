import fs from 'node:fs'
import path from 'node:path'
import { ENCODINGS } from '../compression/encodings'
import { copyPath, precompress, type Precompressed } from '../compression/precompress'

/** What one incremental publish did. */
export interface PatchResult {
  documents: number
  rendered: number
  removed: number
  durationMs: number
  /**
   * Where the time went: reading the documents, finding the pages (fingerprints), rendering, compressing the pages'
   * copies, writing.
   */
  phasesMs: { read: number; scan: number; render: number; compress: number; write: number }
  /** The pages that took longest to render, slowest first (at most five). */
  slowest: { path: string; ms: number }[]
  /**
   * The changed documents' own pages (`/van-ban/<slug>` in each language), written ahead of the rest: how many, and
   * when they were live (ms from the start). Also among `rendered`: the rest is rendered with them again, as before.
   */
  first?: { pages: number; liveMs: number }
}

/**
 * What a publish changes in the live build's files, rendered but not yet written: made by `PatchRenderer.render`
 * (in the patch thread, `PatchThread.ts`), written by `writePatch` (`writePatch.ts`) in the thread serving the files.
 */
export interface Patch {
  /** Names this publish's temporary files. */
  pass: number
  pages: { pathname: string; file: string; body: Uint8Array }[]
  /** Files to delete; `folder`: their folder too, once empty. */
  removals: { pathname: string; file: string; folder: boolean }[]
  documents: number
  /** When each phase ended (`Date.now()`); the writing is timed by {@link writePatch}. */
  at: { started: number; read: number; scanned: number; rendered: number }
  slowest: PatchResult['slowest']
}

/** A publish's result with what its first write (the changed documents' own pages) did. */
export function withFirst(result: PatchResult, first: PatchResult | undefined): PatchResult {
  if (!first || first.rendered === 0) return result
  return { ...result, first: { pages: first.rendered, liveMs: first.durationMs } }
}

/** How many pages an incremental publish compresses at once (each on libuv's thread pool, not the event loop). */
const COMPRESS_CONCURRENCY = 2

/**
 * Writes a rendered patch into the build's files: each page, with its precompressed copies (`index.html.br`,
 * `index.html.gz`, `compression/precompress.ts`), to temporary files renamed over the old ones once no request is
 * reading the page (`whenIdle`), and the pages that disappeared deleted with their copies.
 *
 * @remarks Runs in the thread serving the files, so nothing runs between `whenIdle` resolving and the renames: the site
 * server never sees a page beside a copy of another version of it. A page that no longer gets a copy (too small, or
 * it stopped shrinking) loses the old one in the same step, or a client asking for brotli would get the old page.
 * The copies are made first, all of them, on the thread pool, so the event loop and searches go on meanwhile.
 * `after`: a write of the same publish under way (its changed documents' own pages, written ahead): this one renames
 * its files once that one is done.
 */
export async function writePatch(
  buildDir: string,
  patch: Patch,
  whenIdle: (pathname: string) => Promise<void>,
  after?: Promise<unknown>,
): Promise<PatchResult> {
  const client = path.join(buildDir, 'client')
  const scratch = path.join(buildDir, '.patch')
  fs.mkdirSync(scratch, { recursive: true })
  const copies: Precompressed[] = []
  let next = 0
  const compressor = async () => {
    for (let i = next++; i < patch.pages.length; i = next++) copies[i] = await precompress(patch.pages[i]!.file, patch.pages[i]!.body)
  }
  await Promise.all(Array.from({ length: COMPRESS_CONCURRENCY }, compressor))
  // The pages written ahead of this patch first: their temporary files are named as this one's.
  await after?.catch(() => undefined)
  const compressed = Date.now()
  for (const [i, { pathname, file, body }] of patch.pages.entries()) {
    const target = path.join(client, file)
    const temporary = path.join(scratch, `${patch.pass}-${path.basename(file)}`)
    // The page first: its copies are then never older than it (the site server ignores a copy older than its page).
    fs.writeFileSync(temporary, body)
    for (const encoding of ENCODINGS) {
      const copy = copies[i]![encoding]
      if (copy) fs.writeFileSync(copyPath(temporary, encoding), copy)
    }
    fs.mkdirSync(path.dirname(target), { recursive: true })
    await whenIdle(pathname)
    // Right after the wait, with no await in between: no request for the path can start before the renames.
    fs.renameSync(temporary, target)
    for (const encoding of ENCODINGS) {
      if (copies[i]![encoding]) fs.renameSync(copyPath(temporary, encoding), copyPath(target, encoding))
      else fs.rmSync(copyPath(target, encoding), { force: true })
    }
  }
  for (const { pathname, file, folder } of patch.removals) {
    const target = path.join(client, file)
    await whenIdle(pathname)
    fs.rmSync(target, { force: true })
    for (const encoding of ENCODINGS) fs.rmSync(copyPath(target, encoding), { force: true })
    // Its folder too, unless other pages live under it, and the folders above it that held nothing else: a paged
    // legal document's parts live under its own page's folder (`van-ban/<slug>/dieu-106/`), which its removal may
    // have left behind if it went first.
    for (let parent = path.dirname(target); folder && parent.startsWith(`${client}${path.sep}`); parent = path.dirname(parent)) {
      if (!fs.existsSync(parent) || fs.readdirSync(parent).length > 0) break
      fs.rmdirSync(parent)
    }
  }
  const { started, read, scanned, rendered } = patch.at
  const written = Date.now()
  return {
    documents: patch.documents,
    rendered: patch.pages.length,
    removed: patch.removals.length,
    durationMs: written - started,
    phasesMs: { read: read - started, scan: scanned - read, render: rendered - scanned, compress: compressed - rendered, write: written - compressed },
    slowest: patch.slowest,
  }
}
