import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BACKGROUND_PRIORITY, runNode } from './runNode'

declare const COMPILED: boolean | undefined

/**
 * How to run `scripts/reindex.ts`: compiled, the bundle beside this one's folder in `dist/` (scripts/lib/build.ts);
 * from the sources, through the tsx loader.
 */
function reindexCommand(): { args: string[]; cwd?: string } {
  if (typeof COMPILED !== 'undefined') return { args: [fileURLToPath(new URL('../scripts/reindex.mjs', import.meta.url))] }
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
  return { args: ['--import', 'tsx', path.join(repoRoot, 'scripts/reindex.ts')], cwd: repoRoot }
}

/**
 * Rebuilds every search index from everything published, in a process of its own (`npm run reindex`), and resolves
 * once the new index is swapped in; the engines of this process then pick it up (`refresh`).
 *
 * @remarks At 10,000 documents a full reindex reads 20,000 records with their texts and builds a second index beside
 * the live one: over a gigabyte at its peak. Done in this process, its heap kept most of that after it finished (V8 and
 * the C allocator give little back); a process that exits gives all of it back. The child searches nothing, so it
 * starts no search threads.
 */
export async function reindexInProcess(log: (line: string) => void): Promise<void> {
  const { args, cwd } = reindexCommand()
  const { code, tail } = await runNode(args, {
    cwd,
    env: { ...process.env, SEARCH_THREADS: '0' },
    keep: 20,
    priority: BACKGROUND_PRIORITY,
    onLine: (line, stream) => stream === 'stdout' && log(line),
  })
  if (code !== 0) throw new Error(`reindex failed (exit ${code}): ${tail.join('\n').trim() || 'no output'}`)
}
