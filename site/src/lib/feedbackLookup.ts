import type { APIContext } from 'astro'
import { siteConfig } from '../config'
import { feedbackIntake } from '../server/feedbackIntake'
import { trackFeedback, type FeedbackTrack } from './cms'
import { clientAddress } from './requestGuards'
import { parseTrackingCode } from './trackingCode'

/** What the look-up page shows, and the status it answers with. */
export interface LookupState {
  /** What was typed, to keep in the box. */
  input: string
  status: number
  error?: 'invalid' | 'not-found' | 'limited' | 'unavailable'
  track?: FeedbackTrack
  /** Accepted by the site but not yet delivered to the CMS: only its code and time are known. */
  queued?: { code: string; receivedAt: string }
}

/**
 * Looks up `?ma=<code>`: in the CMS, or in the site's outbox while the submission waits there; rate-limited per address.
 *
 * @remarks The CMS answers only the public side (statuses, dates, the public answer), so nothing here can show who
 * sent it.
 */
export async function lookupFromUrl(context: Pick<APIContext, 'url' | 'request' | 'clientAddress'>): Promise<LookupState> {
  const input = (context.url.searchParams.get('ma') ?? '').slice(0, 40)
  if (!input.trim()) return { input, status: 200 }
  const intake = feedbackIntake()
  if (intake.lookups.take(clientAddress(context, siteConfig.TRUST_PROXY)) > 0) return { input, status: 429, error: 'limited' }
  const code = parseTrackingCode(input)
  if (!code) return { input, status: 400, error: 'invalid' }
  const waiting = intake.outbox.findPending(code)
  if (waiting) return { input: code, status: 200, queued: { code, receivedAt: waiting.receivedAt } }
  try {
    const track = await trackFeedback(code)
    return track ? { input: code, status: 200, track } : { input: code, status: 404, error: 'not-found' }
  } catch (err) {
    console.error(`feedback look-up: ${(err as Error).message}`)
    return { input: code, status: 503, error: 'unavailable' }
  }
}
