import { ValidationError, type Endpoint, type Payload } from 'payload'
import { z } from 'zod'
import { hasRole } from '../../../access/hasRole'
import { FEEDBACK_KINDS } from '../options'

const optional = (max: number) => z.string().max(max).nullish()

/** A submission as the site's outbox sends it; the site has validated it with its own, stricter rules. */
const deliverySchema = z.object({
  submissionId: z.uuid(),
  code: z.string().regex(/^GY-\d{4}-\d{6}$/),
  receivedAt: z.iso.datetime(),
  kind: z.enum(['gop-y', 'phan-anh', 'kien-nghi', 'hoi-dap'] satisfies (typeof FEEDBACK_KINDS)[number]['value'][]),
  name: z.string().min(1).max(100),
  email: optional(200),
  phone: optional(20),
  address: optional(300),
  procedure: optional(30),
  title: z.string().min(1).max(200),
  content: z.string().min(1).max(5000),
  consent: z.literal(true),
})

async function findBySubmission(payload: Payload, submissionId: string) {
  const { docs } = await payload.find({ collection: 'feedback', where: { submissionId: { equals: submissionId } }, limit: 1, depth: 0, overrideAccess: true, select: { code: true } })
  return docs[0]
}

/**
 * `POST /api/feedback/intake`: stores a submission from the site's outbox, once. A second delivery of the same
 * `submissionId` (the site retrying after a lost answer) answers 200 with the stored record instead of creating another.
 *
 * @remarks Only the site's service account (and admins) may call it. 201 created, 200 already there, 400 refused
 * (the site keeps the submission and logs it), 5xx try again later.
 */
export const intake: Endpoint = {
  path: '/intake',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req, 'site', 'admin')) return Response.json({ error: 'Không có quyền.' }, { status: 403 })
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      return Response.json({ error: 'JSON không hợp lệ.' }, { status: 400 })
    }
    const parsed = deliverySchema.safeParse(body)
    if (!parsed.success) return Response.json({ error: 'Dữ liệu góp ý không hợp lệ.', issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, { status: 400 })
    const { procedure: procedureCode, consent: _consent, ...data } = parsed.data
    const existing = await findBySubmission(req.payload, data.submissionId)
    if (existing) return Response.json({ id: existing.id, code: existing.code, duplicate: true }, { status: 200 })

    let procedure: number | null = null
    if (procedureCode) {
      const found = await req.payload.find({ collection: 'procedures', where: { code: { equals: procedureCode } }, limit: 1, depth: 0, overrideAccess: true, select: {} })
      procedure = found.docs[0]?.id ?? null
    }
    try {
      const doc = await req.payload.create({
        collection: 'feedback',
        overrideAccess: true,
        data: { ...data, procedure, consentAt: data.receivedAt, status: 'moi' },
      })
      return Response.json({ id: doc.id, code: doc.code }, { status: 201 })
    } catch (err) {
      // Two deliveries of one submission raced: the unique index let one through.
      const raced = await findBySubmission(req.payload, data.submissionId)
      if (raced) return Response.json({ id: raced.id, code: raced.code, duplicate: true }, { status: 200 })
      if (err instanceof ValidationError) {
        return Response.json({ error: 'Dữ liệu góp ý không hợp lệ.', issues: err.data.errors.map((e) => `${e.path}: ${e.message}`) }, { status: 400 })
      }
      throw err
    }
  },
}
