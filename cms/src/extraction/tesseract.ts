import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
let available: Promise<boolean> | undefined

/**
 * Whether Debian's `tesseract` is on `PATH` with its Vietnamese model (`tesseract-ocr-vie`); asked once per process.
 *
 * @remarks Without either, scans end as "scan without text" and everything else works.
 */
export function tesseractAvailable(): Promise<boolean> {
  available ??= run('tesseract', ['--list-langs'], { timeout: 10_000 })
    .then(({ stdout, stderr }) => /^vie$/m.test(stdout + stderr))
    .catch(() => false)
  return available
}

/**
 * The text Tesseract reads from one page image (a greyscale PGM, `greyscalePgm`), in Vietnamese.
 *
 * @remarks One process per page with one OpenMP thread (`OMP_THREAD_LIMIT=1`): memory stays that of one page, and an
 * OCR job leaves the other core to the CMS. Page segmentation mode 3 (automatic layout) keeps paragraphs apart with a
 * blank line, as the agreed text form wants.
 */
export async function ocrImage(pgm: Buffer, signal?: AbortSignal): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'congkhai-ocr-'))
  try {
    const file = path.join(dir, 'page.pgm')
    await writeFile(file, pgm)
    const { stdout } = await run('tesseract', [file, 'stdout', '-l', 'vie', '--psm', '3'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 180_000,
      signal,
    })
    return stdout
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
