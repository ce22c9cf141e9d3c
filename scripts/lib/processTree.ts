import { existsSync, readdirSync, readFileSync } from 'node:fs'

/** The parent of every process, read from `/proc/<pid>/stat` (Linux). */
function parents(): Map<number, number> {
  const map = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      map.set(Number(entry), Number(fields[1]))
    } catch {
      // The process exited between listing and reading.
    }
  }
  return map
}

/** `root` and all its descendants. */
export function processTree(root: number): number[] {
  const byParent = new Map<number, number[]>()
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid])
  const tree = [root]
  for (let i = 0; i < tree.length; i++) tree.push(...(byParent.get(tree[i]!) ?? []))
  return tree
}

/** True while the process exists and is not a zombie waiting for its parent. */
export const isAlive = (pid: number): boolean => existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))

/**
 * Stops a stack as Ctrl-C would (SIGTERM to `stack.pid`), then kills whatever of its tree is left after
 * `timeoutMs`: the clean-up of a test that started `npm start`'s supervisor, so a failed test leaves nothing running.
 */
export async function stopStack(stack: { pid: number; exited: Promise<unknown> } | undefined, timeoutMs = 30_000): Promise<void> {
  if (!stack || !isAlive(stack.pid)) return
  const tree = processTree(stack.pid)
  process.kill(stack.pid, 'SIGTERM')
  await Promise.race([stack.exited, new Promise((resolve) => setTimeout(resolve, timeoutMs))])
  for (const pid of tree) if (isAlive(pid)) process.kill(pid, 'SIGKILL')
}

/** Resident memory of `root` and its descendants, in bytes (0 for processes that are gone). */
export function treeRss(root: number): number {
  let total = 0
  for (const pid of processTree(root)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      total += Number(match?.[1] ?? 0) * 1024
    } catch {
      // Gone already.
    }
  }
  return total
}

/**
 * Samples the resident memory of a process tree every `intervalMs` until `stop()`, which returns the peak.
 *
 * @remarks Sums every process of the tree at each instant: a build that forks workers is measured as a whole, which
 * `/usr/bin/time`'s maximum resident size (one process at a time) would not do.
 */
export function sampleTreeRss(root: number, intervalMs = 100): { stop(): number } {
  let peak = treeRss(root)
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(root))
  }, intervalMs)
  return {
    stop() {
      clearInterval(timer)
      return peak
    },
  }
}

/** CPU time (user + system) used so far by the live processes of the tree of `root`, in seconds (Linux clock ticks of 1/100 s). */
export function treeCpuSeconds(root: number): number {
  let ticks = 0
  for (const pid of processTree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      // Fields 14 and 15 of stat (utime, stime) are at 11 and 12 once pid and name are cut off.
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // Gone already.
    }
  }
  return ticks / 100
}

/**
 * What a process of `npm start`'s tree is, from its command line (`/proc/<pid>/cmdline`, arguments joined by spaces):
 * the role `npm run bench:memory` reports its memory under.
 *
 * @remarks Matches both the TypeScript sources (`site/src/publish/host.ts`, run by tsx) and compiled entry points
 * (`dist/site/host.mjs`), so the same bench measures either way of running.
 */
export function processRole(command: string): string {
  if (/(^|\/)postgres\b/.test(command) || /^postgres:/.test(command)) return 'PostgreSQL'
  if (/^(\/bin\/)?sh -c/.test(command)) return 'npm and its shell'
  // `tsx <file>` runs the file in a second Node process: the launcher's own memory is tsx's, not the service's.
  if (/tsx\/dist\/cli\.mjs/.test(command)) return 'tsx launchers'
  if (/astro\S*\s+build/.test(command)) return 'site build (astro build)'
  if (/site\/(src\/publish\/)?host\.(ts|mjs|js)/.test(command)) return 'site server + search threads'
  if (/cms\/(src\/)?server\.(ts|mjs|js)|next-server|next\/dist\/bin\/next/.test(command)) return 'CMS'
  if (/scripts\/start\.(ts|mjs|js)/.test(command)) return 'start script (scripts/start)'
  if (/(^|\/)npm(-cli\.js)?( |$)|npm-cli\.js/.test(command)) return 'npm and its shell'
  return 'other (migrations, seed, checks)'
}
