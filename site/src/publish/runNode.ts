import { spawn } from 'node:child_process'
import readline from 'node:readline'

/**
 * Runs `node <args>` (this process's Node) to its end, handing each line it prints to `onLine` and keeping the last
 * `keep` of them for an error message.
 *
 * @returns its exit code (null when it could not even start, with the reason among the lines kept)
 */
export async function runNode(
  args: string[],
  opts: { cwd?: string; env: NodeJS.ProcessEnv; keep: number; onLine?: (line: string, stream: 'stdout' | 'stderr') => void },
): Promise<{ code: number | null; tail: string[] }> {
  const child = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] })
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
    child.once('error', (err) => (tail.push(`error: ${err.message}`), resolve(null)))
    child.once('close', resolve)
  })
  return { code, tail }
}
