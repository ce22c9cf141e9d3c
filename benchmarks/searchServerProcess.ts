/**
 * The search route server (`searchServer.ts`) as a child process, for the search benchmarks: start it on an index
 * snapshot, ask it over IPC, time requests one at a time, stop it.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BenchRequest } from './benchRequests'

/** How the route server searches. */
export interface ServerOptions {
  /** Recent results kept (`SEARCH_CACHE_SIZE`). */
  cacheSize: number
  /** Search threads (`SEARCH_THREADS`); the default when not given. */
  threads?: number
}

/** Starts the route server on the snapshot and resolves with its base URL. */
export function startServer(snapshotPath: string, { cacheSize, threads }: ServerOptions): Promise<{ child: ChildProcess; base: string }> {
  const child = fork(join(import.meta.dirname, 'searchServer.ts'), {
    // Room for a large index (bench:search-scale goes to 100,000 records); Node's default limit is about 4 GB.
    execArgv: ['--max-old-space-size=8192', '--import', 'tsx'],
    env: {
      ...process.env,
      SEARCH_SNAPSHOT_PATH: snapshotPath,
      MEILISEARCH_HOST: '',
      SEARCH_CACHE_SIZE: String(cacheSize),
      SEARCH_THREADS: threads === undefined ? '' : String(threads),
      // The load client sends thousands of searches a second from loopback: no per-address limit for the run.
      SEARCH_REQUESTS_PER_MINUTE: '0',
    },
  })
  return new Promise((resolvePort, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`search server exited (${code})`)))
    child.once('message', (message) => resolvePort({ child, base: `http://127.0.0.1:${(message as { port: number }).port}` }))
  })
}

/** Stops a route server started by {@link startServer}. */
export function stop(child: ChildProcess): void {
  child.removeAllListeners('exit')
  child.disconnect()
}

/** Sends the server one IPC request (`memory`, `served`) and resolves with its answer. */
export const ask = <T>(child: ChildProcess, request: string): Promise<T> =>
  new Promise((done) => {
    child.once('message', (message) => done(message as T))
    child.send(request)
  })

/** The most memory the process has held so far (VmHWM, bytes), from /proc. */
export function peakRss(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'))
  return Number(line?.match(/(\d+)/)?.[1] ?? 0) * 1024
}

/** Sends requests one after another and returns each one's time, grouped by kind (and all of them under `all`). */
export async function timeAlone(base: string, requests: BenchRequest[]): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>()
  for (const { kind, path } of requests) {
    const started = performance.now()
    await (await fetch(base + path)).arrayBuffer()
    const ms = performance.now() - started
    for (const key of [kind, 'all']) times.set(key, [...(times.get(key) ?? []), ms])
  }
  return times
}
