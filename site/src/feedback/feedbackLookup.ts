import type { FeedbackLookup } from '@congkhai/contracts/feedback'
import { parseTrackingCode } from '@congkhai/contracts/tracking-code'
import type { APIContext } from 'astro'
import { siteConfig } from '../config'
import { trackFeedback } from '../published/cms'
import { feedbackIntake } from './feedbackIntake'
import { clientAddress, readLimited } from './requestGuards'

/** What the look-up page shows, and the status it answers with. */
export interface LookupState {
  /** What was typed, to keep in the box. */
  input: string
  status: number
  error?: 'invalid' | 'mistyped' | 'not-found' | 'limited' | 'unavailable'
  /** The contact given did not match the submission's (the page asks again). */
  contactError?: 'mismatch' | 'missing'
  track?: FeedbackLookup
  /** Accepted by the site but not yet delivered to the CMS: only its code and time are known. */
  queued?: { code: string; receivedAt: string }
}

/** Largest look-up form body: a code and a contact. */
const FORM_LIMIT = 2048

/** The code and contact of a look-up: `?ma=` in the URL, or `ma` and `lien-he` in a posted form (the contact only there). */
async function readQuery(context: Pick<APIContext, 'url' | 'request'>): Promise<{ input: string; contact?: string } | null> {
  if (context.request.method !== 'POST') return { input: (context.url.searchParams.get('ma') ?? '').slice(0, 60) }
  const type = context.request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') return null
  const body = await readLimited(context.request, FORM_LIMIT)
  if (!body.ok) return null
  const form = new URLSearchParams(new TextDecoder().decode(body.bytes))
  return { input: (form.get('ma') ?? '').slice(0, 60), contact: (form.get('lien-he') ?? '').trim().slice(0, 200) }
}

/**
 * Looks up a tracking code: in the CMS, or in the site's outbox while the submission waits there; rate-limited per
 * address, contact attempts included.
 *
 * @remarks `GET ?ma=<code>` shows the statuses and dates; the answer text (and the public reason of a forwarded or
 * rejected item) needs the email or phone number it was sent with, posted from the page's second form (never in the
 * URL). A code nobody holds and a code given to a quietly dropped submission answer alike: neither is in the CMS.
 */
export async function lookup(context: Pick<APIContext, 'url' | 'request' | 'clientAddress'>): Promise<LookupState> {
  const query = await readQuery(context)
  if (!query) return { input: '', status: 400, error: 'invalid' }
  const { input, contact } = query
  if (!input.trim()) return { input, status: 200 }
  const intake = feedbackIntake()
  if (intake.lookups.take(clientAddress(context, siteConfig.TRUST_PROXY)) > 0) return { input, status: 429, error: 'limited' }
  const parsed = parseTrackingCode(input)
  if (!parsed.ok) return { input, status: 400, error: parsed.reason }
  const { code } = parsed
  const waiting = intake.outbox.findPending(code)
  if (waiting) return { input: code, status: 200, queued: { code, receivedAt: waiting.receivedAt } }
  try {
    const track = await trackFeedback(code, contact || undefined)
    if (!track) return { input: code, status: 404, error: 'not-found' }
    const contactError = contact === undefined ? undefined : !contact ? 'missing' : track.contactMismatch ? 'mismatch' : undefined
    return { input: code, status: 200, track, ...(contactError && { contactError }) }
  } catch (err) {
    console.error(`feedback look-up: ${(err as Error).message}`)
    return { input: code, status: 503, error: 'unavailable' }
  }
}
