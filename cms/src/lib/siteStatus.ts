import { cmsConfig } from '../config'

/** The public site's last publish, as its `/_internal/status` reports it, or why it could not be asked. */
export type SiteStatus =
  | {
      reachable: true
      state: 'idle' | 'building' | 'failed'
      lastSuccessAt?: string
      lastFailureAt?: string
      lastError?: string
      /** Why the last failed publish failed, in one paragraph; `siteServed` false when no build was live (every page 503). */
      lastBuildFailure?: { at: string; kind: 'full' | 'changes'; stage: 'index' | 'build'; reason: string; siteServed: boolean }
      /** The next retry of the failed publish, when one is scheduled. */
      retry?: { at: string; attempt: number }
      received: number
      published: number
      /** Feedback waiting in the site's outbox, and the submissions the CMS refused for good (code and reason only). */
      feedback?: { pending: number; parked: { code: string; reason: string; since: string }[] }
    }
  | { reachable: false; error: string }

/**
 * Asks the site how its last publish went, at the origin the CMS sends publish events to.
 *
 * @remarks Server side only: `/_internal/` is not public (nginx does not pass it), the CMS reaches it directly.
 */
export async function fetchSiteStatus(timeoutMs = 2000): Promise<SiteStatus> {
  try {
    const res = await fetch(new URL('/_internal/status', cmsConfig.PUBLISH_WEBHOOK_URL), { signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' })
    const body = (await res.json()) as Omit<Extract<SiteStatus, { reachable: true }>, 'reachable'>
    return { reachable: true, state: body.state, lastSuccessAt: body.lastSuccessAt, lastFailureAt: body.lastFailureAt, lastError: body.lastError, lastBuildFailure: body.lastBuildFailure, retry: body.retry, received: body.received, published: body.published, feedback: body.feedback }
  } catch (err) {
    return { reachable: false, error: (err as Error).message }
  }
}
