import type { Payload, PayloadRequest } from 'payload'
import { cmsConfig } from '../config'
import { transactionSettled } from '../lib/transactionSettled'
import { runJobsExclusively } from './runJobsExclusively'

/** The job queue extraction jobs go in, apart from scheduled publishing's `default`. */
export const EXTRACTION_QUEUE = 'extraction'

/** Jobs one run of the queue takes; the runner goes on while jobs remain. */
const JOBS_PER_RUN = 5

/** The longest the runner waits for the save that queued a job to commit before it looks for the job anyway. */
const COMMIT_WAIT_MS = 60_000

let running: Promise<void> | undefined
let again = false

/**
 * Runs the extraction queue in the background, in this process, as soon as the save that queued a job has committed:
 * an upload's text is read within seconds, not at the next minute of the job runner's cron.
 *
 * @remarks Never awaited by a save, and never runs two queue runs at once in a process (extraction, OCR above all,
 * takes the CPU; more uploads meanwhile are picked up by the next loop). Only where jobs run (`RUN_JOBS`, the CMS
 * server): a seed or import script leaves its jobs to the server, whose cron also picks up any job a restart left.
 */
export function runExtractionSoon(payload: Payload, req?: PayloadRequest): void {
  if (!cmsConfig.RUN_JOBS) return
  void transactionSettled(req, COMMIT_WAIT_MS, 50).then(() => {
    again = true
    running ??= (async () => {
      try {
        while (again) {
          again = false
          // Waits while another CMS replica runs the queue, then looks again: the job may be one it did not see.
          const result = await runJobsExclusively(payload, { queue: EXTRACTION_QUEUE, limit: JOBS_PER_RUN, sequential: true }, { wait: true })
          if (result !== 'busy' && !result.noJobsRemaining && result.jobStatus && Object.keys(result.jobStatus).length > 0) again = true
        }
      } catch (err) {
        payload.logger.error({ msg: 'extraction: running the queue failed', err })
      } finally {
        running = undefined
      }
    })()
  })
}
