import type { Endpoint } from 'payload'
import { hasRole } from '../../../access/hasRole'
import { STATUSES_WITH_REASON } from '../options'

/**
 * `GET /api/feedback/track/:code`: the public side of one submission, for the site's look-up page: kind, statuses with
 * their dates (and the public reason of a forwarded or rejected one), due date and, once answered, the answer.
 *
 * @remarks Built field by field, so nothing personal (name, contacts, address, text, internal notes, assignee) can
 * leak. Only the site's service account (and admins) may call it; the site rate-limits the public look-ups.
 */
export const track: Endpoint = {
  path: '/track/:code',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req, 'site', 'admin')) return Response.json({ error: 'Không có quyền.' }, { status: 403 })
    const code = String((req.routeParams as { code?: string } | undefined)?.code ?? '')
    if (!/^GY-\d{4}-\d{6}$/.test(code)) return Response.json({ error: 'Mã tra cứu không hợp lệ.' }, { status: 404 })
    const { docs } = await req.payload.find({ collection: 'feedback', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true })
    const doc = docs[0]
    if (!doc) return Response.json({ error: 'Không tìm thấy.' }, { status: 404 })
    const answered = doc.status === 'da-tra-loi'
    return Response.json({
      code: doc.code,
      kind: doc.kind,
      status: doc.status,
      receivedAt: doc.receivedAt,
      dueDate: doc.closedAt ? null : doc.dueDate,
      history: (doc.history ?? [])
        .filter((h) => h.event !== 'erasure' && h.status)
        .map((h) => ({ status: h.status, at: h.at, note: STATUSES_WITH_REASON.includes(h.status!) ? (h.note ?? null) : null })),
      answer: answered ? doc.answer : null,
      answeredAt: answered ? doc.answeredAt : null,
    }, { headers: { 'cache-control': 'no-store' } })
  },
}
