import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import readline from 'node:readline'

/**
 * The scheduling priority (`nice`) of the site server's long jobs, a full build and a full re-index: below the server
 * itself, so the pages and searches it answers meanwhile get a core as soon as they need one.
 *
 * @remarks On two cores a build and a re-index take both; at the same priority a page waited its turn behind them (up
 * to seconds while a full rebuild ran). Lowered, they lose only the moments the server works.
 */
export const BACKGROUND_PRIORITY = 10

const NICE_PATHS = ['/usr/bin/nice', '/bin/nice']

/**
 * `command args` to spawn at `priority`: through `nice` when there is one (`niced`), as it is otherwise.
 *
 * @remarks Through `nice`, not `os.setPriority` after the start: Linux sets a priority per thread, and only threads
 * started later inherit it, so one set from outside misses the threads Node starts first.
 */
export function atPriority(command: string, args: string[], priority = BACKGROUND_PRIORITY): { command: string; args: string[]; niced: boolean } {
  const nice = NICE_PATHS.find((file) => fs.existsSync(file))
  return nice ? { command: nice, args: ['-n', String(priority), command, ...args], niced: true } : { command, args, niced: false }
}

/**
 * Runs `node <args>` (this process's Node) to its end, handing each line it prints to `onLine` and keeping the last
 * `keep` of them for an error message.
 *
 * `priority`: the child's `nice` value (see {@link BACKGROUND_PRIORITY}); `signal`: stops the child (SIGTERM) when
 * aborted, and the run resolves with its exit code as usual (null: ended by the signal).
 *
 * @returns its exit code (null when it could not even start, with the reason among the lines kept)
 */
export async function runNode(
  args: string[],
  opts: { cwd?: string; env: NodeJS.ProcessEnv; keep: number; onLine?: (line: string, stream: 'stdout' | 'stderr') => void; priority?: number; signal?: AbortSignal },
): Promise<{ code: number | null; tail: string[] }> {
  const { command, args: argv, niced } = opts.priority === undefined ? { command: process.execPath, args, niced: false } : atPriority(process.execPath, args, opts.priority)
  // Through `nice`, the child is `nice` until it execs Node, with the same process id: the signal reaches Node either way.
  const child = spawn(command, argv, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], signal: opts.signal, killSignal: 'SIGTERM' })
  if (opts.priority !== undefined && !niced && child.pid !== undefined) {
    try {
      os.setPriority(child.pid, opts.priority)
    } catch {
      // Not allowed, or already gone: it runs at the server's priority.
    }
  }
  const tail: string[] = []
  for (const [name, stream] of [['stdout', child.stdout], ['stderr', child.stderr]] as const) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      tail.push(line)
      if (tail.length > opts.keep) tail.shift()
      opts.onLine?.(line, name)
    })
  }
  const code = await new Promise<number | null>((resolve) => {
    // A process that cannot even start (no Node binary, no process left) says so rather than hang.
    child.once('error', (err) => {
      // Stopped through `signal`: the 'close' that follows says how it ended.
      if (err.name !== 'AbortError') (tail.push(`error: ${err.message}`), resolve(null))
    })
    child.once('close', resolve)
  })
  return { code, tail }
}
