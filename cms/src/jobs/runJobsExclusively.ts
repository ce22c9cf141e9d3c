import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { cmsConfig } from '../config'

/** The first key of every advisory lock the job runner takes (the second is the queue's hash): "23", for issue 23. */
const LOCK_CLASS = 23

/** What one run of a queue does: Payload's `jobs.run` arguments this project uses. */
export interface QueueRun {
  queue: string
  limit: number
  sequential?: boolean
}

/**
 * Runs one queue's due jobs while holding a PostgreSQL advisory lock on that queue, so CMS replicas on one database
 * never run the same job twice.
 *
 * @remarks Payload 3.90's `jobs.run` reads the due jobs (`processing: false`), then marks each `processing: true`
 * one by one, with no row lock and no check that it was still free (`updateJobs` in `@payloadcms/drizzle`): two
 * processes whose runs start together, as every replica's minute cron does, both take the same jobs, and a scheduled
 * publish, an erasure or an OCR pass runs twice. Under the lock, a replica finds the jobs only after the previous run
 * has marked the ones it took, and the lock is released with the session if the process dies (`kill -9` included).
 * `wait: false` (the cron) skips the run when another replica is running that queue (that run covers the due jobs);
 * `wait: true` (an upload's extraction) waits its turn, so a job queued just after the other replica looked is not
 * left to the next minute.
 */
export async function runJobsExclusively(payload: Payload, run: QueueRun, { wait }: { wait: boolean }): Promise<Awaited<ReturnType<Payload['jobs']['run']>> | 'busy'> {
  const client = await poolOf(payload).connect()
  const key = `congkhai.jobs.${run.queue}`
  try {
    if (wait) await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [LOCK_CLASS, key])
    else if (!(await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [LOCK_CLASS, key])).rows[0]?.locked) return 'busy'
    try {
      return await payload.jobs.run(run)
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_CLASS, key])
    }
  } finally {
    client.release()
  }
}

/** Schedules a queue's recurring tasks (the erasure's cron) under the same lock, so one replica queues each occurrence. */
async function scheduleExclusively(payload: Payload, queue: string): Promise<void> {
  const client = await poolOf(payload).connect()
  const key = `congkhai.schedule.${queue}`
  try {
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [LOCK_CLASS, key])
    try {
      await payload.jobs.handleSchedules({ queue })
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_CLASS, key])
    }
  } finally {
    client.release()
  }
}

/** The node-postgres pool of Payload's PostgreSQL adapter. */
function poolOf(payload: Payload): Pool {
  return (payload.db as unknown as { pool: Pool }).pool
}

/**
 * Every minute, on the minute: queue what the schedules say is due, then run each queue's due jobs, once across all
 * CMS replicas (`runJobsExclusively`). Replaces Payload's `jobs.autoRun`, which runs them in every replica.
 *
 * @remarks Only in the CMS server (`RUN_JOBS`). A run still going at the next minute is not started again beside
 * itself (as `autoRun`'s `protect`).
 */
export function startJobCron(payload: Payload, runs: readonly QueueRun[]): () => void {
  if (!cmsConfig.RUN_JOBS) return () => undefined
  const running = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  const tick = async (): Promise<void> => {
    for (const run of runs) {
      if (running.has(run.queue)) continue
      running.add(run.queue)
      void (async () => {
        try {
          await scheduleExclusively(payload, run.queue)
          await runJobsExclusively(payload, run, { wait: false })
        } catch (err) {
          payload.logger.error({ msg: `jobs: running the queue ${run.queue} failed`, err })
        } finally {
          running.delete(run.queue)
        }
      })()
    }
  }
  const next = () => {
    timer = setTimeout(() => void tick().finally(next), 60_000 - (Date.now() % 60_000))
    timer.unref()
  }
  next()
  return () => clearTimeout(timer)
}
