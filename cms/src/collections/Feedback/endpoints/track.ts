import { createHash, timingSafeEqual } from 'node:crypto'
import type { FeedbackLookup } from '@congkhai/contracts/feedback'
import { isTrackingCode, LEGACY_TRACKING_CODE } from '@congkhai/contracts/tracking-code'
import type { Endpoint, PayloadRequest } from 'payload'
import { hasRole } from '../../../access/hasRole'
import type { Feedback } from '../../../payload-types'
import { STATUSES_WITH_REASON } from '../options'

/** An email compared without case and spaces; a phone number by its digits, `+84 905…` the same as `0905…`. */
function normalise(contact: string): { email: string } | { phone: string } | null {
  const text = contact.trim()
  if (text.includes('@')) return { email: text.toLowerCase() }
  let digits = text.replace(/\D/g, '')
  if (digits.startsWith('84') && digits.length >= 10) digits = `0${digits.slice(2)}`
  return digits.length >= 6 ? { phone: digits } : null
}

/** Compares in constant time over equal-length digests, so the time taken says nothing of how much matched. */
const same = (a: string, b: string) => timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest())

/** True when the contact given is the email or the phone number the submission was sent with. */
function contactMatches(doc: Pick<Feedback, 'email' | 'phone'>, given: string): boolean {
  const contact = normalise(given)
  if (!contact) return false
  const stored = { email: doc.email ? normalise(doc.email) : null, phone: doc.phone ? normalise(doc.phone) : null }
  // Both compared whatever the kind given, so the time taken does not tell which the submission had.
  const email = same('email' in contact ? contact.email : '\0', stored.email && 'email' in stored.email ? stored.email.email : '\u0001')
  const phone = same('phone' in contact ? contact.phone : '\0', stored.phone && 'phone' in stored.phone ? stored.phone.phone : '\u0001')
  return email || phone
}

async function answer(req: PayloadRequest, contact: string | undefined): Promise<Response> {
  if (!hasRole(req, 'site', 'admin')) return Response.json({ error: 'Không có quyền.' }, { status: 403 })
  const code = String((req.routeParams as { code?: string } | undefined)?.code ?? '')
  if (!isTrackingCode(code) && !LEGACY_TRACKING_CODE.test(code)) return Response.json({ error: 'Không tìm thấy.' }, { status: 404 })
  const { docs } = await req.payload.find({ collection: 'feedback', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true })
  const doc = docs[0]
  if (!doc) return Response.json({ error: 'Không tìm thấy.' }, { status: 404 })
  const verified = contact !== undefined && contactMatches(doc, contact)
  const answered = doc.status === 'da-tra-loi'
  const lookup: FeedbackLookup = {
    code: doc.code,
    kind: doc.kind,
    status: doc.status,
    receivedAt: doc.receivedAt,
    dueDate: doc.closedAt ? null : doc.dueDate,
    history: (doc.history ?? [])
      .filter((h) => h.event !== 'erasure' && h.status)
      .map((h) => ({ status: h.status!, at: h.at, note: verified && STATUSES_WITH_REASON.includes(h.status!) ? (h.note ?? null) : null })),
    answer: verified && answered ? doc.answer : null,
    answeredAt: answered ? doc.answeredAt : null,
    /** Whether the answer text and the public reasons were given: only to whoever knows the contact. */
    verified,
    ...(contact !== undefined && !verified && { contactMismatch: true }),
  }
  return Response.json(lookup, { headers: { 'cache-control': 'no-store' } })
}

/**
 * `GET /api/feedback/track/:code`: the public side of one submission, for the site's look-up page: kind, statuses
 * with their dates, due date, and whether it was answered. `POST` with `{ contact }` (the email or phone number it was
 * sent with) adds the answer text and the public reason of a forwarded or rejected one.
 *
 * @remarks Built field by field, so nothing personal (name, contacts, address, text, internal notes, assignee) can
 * leak. The answer needs the contact because codes reach other people (a shared screen, a forwarded email): it is sent
 * in the body, never in the URL, which servers log. Only the site's service account (and admins) may call it; the
 * site rate-limits the public look-ups, contact attempts included. Legacy codes (`GY-2026-000123`) are still found.
 */
export const track: Endpoint = {
  path: '/track/:code',
  method: 'get',
  handler: (req) => answer(req, undefined),
}

/** `POST /api/feedback/track/:code` with `{ contact }`: see {@link track}. */
export const trackWithContact: Endpoint = {
  path: '/track/:code',
  method: 'post',
  handler: async (req) => {
    let contact: unknown
    try {
      contact = ((await req.json?.()) as { contact?: unknown } | undefined)?.contact
    } catch {
      return Response.json({ error: 'JSON không hợp lệ.' }, { status: 400 })
    }
    if (typeof contact !== 'string' || contact.length > 200) return Response.json({ error: 'Cần thư điện tử hoặc số điện thoại (contact).' }, { status: 400 })
    return answer(req, contact)
  },
}
