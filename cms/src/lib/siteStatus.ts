import { SITE_STATUS_PATH, type SiteStatusReport } from '@congkhai/contracts/site-status'
import { cmsConfig } from '../config'
import { probeFailure, type ProbeFailure } from './probeFailure'

/** The parts of the site's status the admin and `/api/health` show. */
export type ShownStatus = Pick<SiteStatusReport, 'state' | 'running' | 'lastSuccessAt' | 'lastFailureAt' | 'lastError' | 'lastBuildFailure' | 'retry' | 'received' | 'published'> & {
  /** Feedback waiting in the site's outbox, and the submissions the CMS refused for good (code and reason only). */
  feedback?: SiteStatusReport['feedback']
}

/** The public site's last publish, as its status path reports it, or why it could not be asked. */
export type SiteStatus =
  | ({ reachable: true; askedAt: string } & ShownStatus)
  | {
      reachable: false
      reason: ProbeFailure
      error: string
      askedAt: string
      /** How long the CMS waited, in ms. */
      timeoutMs: number
      /** ISO time of the first failed probe since the site last answered (this one, if the one before answered). */
      failingSince: string
      /** The site's last answer to this process, and when it came. */
      lastAnswer?: { at: string } & ShownStatus
    }

// What this process last heard from the site: a probe that times out is told apart from a site that is down by it.
let lastAnswer: ({ at: string } & ShownStatus) | undefined
let failingSince: string | undefined

/**
 * Asks the site how its last publish went, at the origin the CMS sends publish events to.
 *
 * @remarks Server side only: `/_internal/` is not public (nginx does not pass it), the CMS reaches it directly. The
 * last answer is kept in this process, so a probe that times out while the site is busy (a full rebuild) still
 * knows what the site was doing.
 */
export async function fetchSiteStatus(timeoutMs = 2000): Promise<SiteStatus> {
  const askedAt = new Date().toISOString()
  try {
    const res = await fetch(new URL(SITE_STATUS_PATH, cmsConfig.PUBLISH_WEBHOOK_URL), { signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' })
    const body = (await res.json()) as SiteStatusReport
    const shown: ShownStatus = {
      state: body.state,
      running: body.running,
      lastSuccessAt: body.lastSuccessAt,
      lastFailureAt: body.lastFailureAt,
      lastError: body.lastError,
      lastBuildFailure: body.lastBuildFailure,
      retry: body.retry,
      received: body.received,
      published: body.published,
      feedback: body.feedback,
    }
    lastAnswer = { at: askedAt, ...shown }
    failingSince = undefined
    return { reachable: true, askedAt, ...shown }
  } catch (err) {
    failingSince ??= askedAt
    return { reachable: false, reason: probeFailure(err), error: (err as Error).message, askedAt, timeoutMs, failingSince, lastAnswer }
  }
}
