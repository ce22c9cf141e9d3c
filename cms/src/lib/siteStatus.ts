import { SITE_STATUS_PATH, type SiteStatusReport } from '@congkhai/contracts/site-status'
import { cmsConfig } from '../config'

/** The parts of the site's status the admin and `/api/health` show. */
type Shown = Pick<SiteStatusReport, 'state' | 'lastSuccessAt' | 'lastFailureAt' | 'lastError' | 'lastBuildFailure' | 'retry' | 'received' | 'published'> & {
  /** Feedback waiting in the site's outbox, and the submissions the CMS refused for good (code and reason only). */
  feedback?: SiteStatusReport['feedback']
}

/** The public site's last publish, as its status path reports it, or why it could not be asked. */
export type SiteStatus = ({ reachable: true } & Shown) | { reachable: false; error: string }

/**
 * Asks the site how its last publish went, at the origin the CMS sends publish events to.
 *
 * @remarks Server side only: `/_internal/` is not public (nginx does not pass it), the CMS reaches it directly.
 */
export async function fetchSiteStatus(timeoutMs = 2000): Promise<SiteStatus> {
  try {
    const res = await fetch(new URL(SITE_STATUS_PATH, cmsConfig.PUBLISH_WEBHOOK_URL), { signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' })
    const body = (await res.json()) as SiteStatusReport
    return { reachable: true, state: body.state, lastSuccessAt: body.lastSuccessAt, lastFailureAt: body.lastFailureAt, lastError: body.lastError, lastBuildFailure: body.lastBuildFailure, retry: body.retry, received: body.received, published: body.published, feedback: body.feedback }
  } catch (err) {
    return { reachable: false, error: (err as Error).message }
  }
}
