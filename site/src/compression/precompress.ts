import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { ENCODINGS, isPrecompressible, MIN_COMPRESSED_BYTES, precompressOptions, SUFFIX, type Encoding } from './encodings'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** A precompressed copy is kept only when it saves at least this share of the file. */
const MIN_SAVING = 0.05

/** The precompressed copies of a file worth keeping, by coding; none for a small file or one that does not shrink. */
export type Precompressed = Partial<Record<Encoding, Buffer>>

/**
 * Compresses one file's body with brotli and gzip as the build does (`precompressOptions`), keeping each copy that
 * saves at least 5 %; `file` is its path in the build's client folder (`thu-tuc/index.html`), which sets the quality.
 *
 * @remarks Asynchronous zlib: the work runs on libuv's thread pool, so the site server's event loop (and its searches)
 * go on while an incremental publish compresses its pages.
 */
export async function precompress(file: string, body: Uint8Array): Promise<Precompressed> {
  if (!isPrecompressible(file) || body.byteLength < MIN_COMPRESSED_BYTES) return {}
  const [br, gz] = await Promise.all([
    brotli(body, precompressOptions('br', file, body.byteLength) as zlib.BrotliOptions),
    gzip(body, precompressOptions('gzip', file, body.byteLength) as zlib.ZlibOptions),
  ])
  const copies: Precompressed = {}
  const worth = (copy: Buffer) => copy.byteLength <= body.byteLength * (1 - MIN_SAVING)
  if (worth(br)) copies.br = br
  if (worth(gz)) copies.gzip = gz
  return copies
}

/** The path of a file's precompressed copy (`index.html` → `index.html.br`). */
export const copyPath = (file: string, encoding: Encoding) => `${file}${SUFFIX[encoding]}`

/** What {@link precompressFolder} did. */
export interface PrecompressReport {
  /** Files compressed, and of those, how many kept a brotli and a gzip copy. */
  files: number
  copies: Record<Encoding, number>
  /** Bytes of the files compressed, and of their copies. */
  bytes: number
  copyBytes: Record<Encoding, number>
  durationMs: number
}

/**
 * Writes the brotli and gzip copies beside every compressible file of a build's client folder (`index.html.br`,
 * `index.html.gz`), and removes the copies of a file that no longer gets any.
 *
 * @remarks Run once per full build (`integrations/precompressBuild.ts`); `concurrency` files at a time, each
 * compressed on the thread pool. A copy is written after its file, so it is never older than it: the site server
 * ignores a copy older than its file (`servePrecompressed.ts`).
 */
export async function precompressFolder(dir: string, opts: { concurrency?: number } = {}): Promise<PrecompressReport> {
  const started = performance.now()
  const report: PrecompressReport = { files: 0, copies: { br: 0, gzip: 0 }, bytes: 0, copyBytes: { br: 0, gzip: 0 }, durationMs: 0 }
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && isPrecompressible(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!
      const body = await fs.promises.readFile(file)
      const copies = await precompress(path.relative(dir, file), body)
      await writeCopies(file, copies)
      if (body.byteLength < MIN_COMPRESSED_BYTES) continue
      report.files++
      report.bytes += body.byteLength
      for (const encoding of ENCODINGS) {
        const copy = copies[encoding]
        if (!copy) continue
        report.copies[encoding]++
        report.copyBytes[encoding] += copy.byteLength
      }
    }
  }
  const workers = Math.max(1, opts.concurrency ?? os.availableParallelism())
  await Promise.all(Array.from({ length: workers }, worker))
  report.durationMs = Math.round(performance.now() - started)
  return report
}

/**
 * Writes a file's copies beside it and removes those it no longer has.
 *
 * @remarks Each copy is written to a temporary name and renamed into place: the site server precompresses a build that
 * is already live (`precompressProcess.ts`), and a reader (it, or nginx's `gzip_static`) must find a whole copy or none.
 */
async function writeCopies(file: string, copies: Precompressed): Promise<void> {
  for (const encoding of ENCODINGS) {
    const copy = copies[encoding]
    const target = copyPath(file, encoding)
    if (copy) {
      const temporary = `${target}.${process.pid}.tmp`
      await fs.promises.writeFile(temporary, copy)
      await fs.promises.rename(temporary, target)
    } else await fs.promises.rm(target, { force: true })
  }
}
