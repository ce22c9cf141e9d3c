import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Packs `entries`, each a set of names relative to a folder, into one gzip-compressed tar file.
 *
 * `dereference` stores the files that symbolic links point to, not the links.
 *
 * @remarks Uses the system `tar` (GNU tar on Debian), which streams large media folders without holding them in memory.
 */
export async function packTar(file: string, entries: { dir: string; names: string[] }[], opts: { dereference?: boolean } = {}): Promise<void> {
  const args = [opts.dereference ? '-czhf' : '-czf', file]
  for (const { dir, names } of entries) if (names.length > 0) args.push('-C', dir, ...names)
  await run('tar', args, { maxBuffer: 16 * 1024 * 1024 })
}

/** Unpacks a tar file made by `packTar` into `dir`. */
export async function unpackTar(file: string, dir: string): Promise<void> {
  await run('tar', ['-xzf', file, '-C', dir, '--no-same-owner'], { maxBuffer: 16 * 1024 * 1024 })
}
