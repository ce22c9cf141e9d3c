import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** The calling thread's id in the kernel (Linux: the last part of `/proc/thread-self`), undefined elsewhere. */
export function threadId(): number | undefined {
  try {
    return Number(path.basename(fs.readlinkSync('/proc/thread-self')))
  } catch {
    return undefined
  }
}

/**
 * Sets the scheduling priority (`nice`) of the calling thread alone, for a worker thread whose work may wait for the
 * server's own; threads it starts later inherit it. Returns whether it could (Linux, and allowed).
 *
 * @remarks Linux keeps a priority per thread, and `setpriority` given a thread's id sets that thread's only; Node's
 * `os.setPriority` passes the id through as it is.
 */
export function lowerThreadPriority(priority: number): boolean {
  const tid = threadId()
  if (tid === undefined) return false
  try {
    os.setPriority(tid, priority)
    return true
  } catch {
    return false
  }
}
