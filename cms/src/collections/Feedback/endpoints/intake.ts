import { feedbackIntakeSchema, type FeedbackIntakeAnswer } from '@congkhai/contracts/feedback'
import { APIError, ValidationError, type Endpoint, type Payload, type PayloadRequest } from 'payload'
import { hasRole } from '../../../access/hasRole'
import { matchProcedure, type NamedProcedure } from '../matchProcedure'

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }

/** Most files one delivery may carry; the site's own limit (3 by default) is lower. */
const MAX_ATTACHMENTS = 10

/** The body of a delivery: JSON, or multipart with the JSON in `_payload` and the files in `attachments`. */
async function readDelivery(req: PayloadRequest): Promise<{ body: unknown; files: File[] } | null> {
  try {
    if (req.headers.get('content-type')?.startsWith('multipart/form-data')) {
      const form = await req.formData!()
      const files = form.getAll('attachments').filter((f): f is File => typeof f !== 'string')
      return { body: JSON.parse(String(form.get('_payload') ?? '')), files }
    }
    return { body: await req.json?.(), files: [] }
  } catch {
    return null
  }
}

/**
 * Stores one attachment of a submission, or finds the one an interrupted delivery already stored at that position.
 * Returns its id, or the reason the file was refused (not a readable PDF/JPG/PNG).
 */
async function storeAttachment(req: PayloadRequest, file: File, position: number, submissionId: string, code: string): Promise<{ id: number } | { refused: string }> {
  const find = async () =>
    (await req.payload.find({ collection: 'feedback-attachments', where: { submissionId: { equals: submissionId }, position: { equals: position } }, limit: 1, depth: 0, overrideAccess: true, select: {} })).docs[0]
  const existing = await find()
  if (existing) return { id: existing.id }
  const data = Buffer.from(await file.arrayBuffer())
  try {
    const doc = await req.payload.create({
      collection: 'feedback-attachments',
      overrideAccess: true,
      data: { submissionId, position, feedbackCode: code, originalName: file.name.slice(0, 200) },
      // Stored as `GY-7K2QD-M9XWB-4TRN8-1.pdf`: whose file it is, never colliding, plain ASCII in every URL and path.
      file: { data, mimetype: file.type, name: `${code}-${position + 1}.${EXTENSIONS[file.type] ?? 'bin'}`, size: data.byteLength },
    })
    return { id: doc.id }
  } catch (err) {
    // A concurrent delivery of the same submission stored it first (unique submission and position).
    const raced = await find()
    if (raced) return { id: raced.id }
    if (err instanceof ValidationError || (err instanceof APIError && err.status < 500)) return { refused: `${file.name}: ${err.message}` }
    throw err
  }
}

/** The published procedures, with their codes and titles in every language, for {@link matchProcedure}. */
async function namedProcedures(payload: Payload): Promise<NamedProcedure[]> {
  const { docs } = await payload.find({
    collection: 'procedures',
    where: { _status: { equals: 'published' } },
    select: { code: true, name: true },
    locale: 'all',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  // With `locale: 'all'` a localized field comes as `{ vi, en }`; the generated type knows only one language.
  const titles = (name: unknown) => (typeof name === 'string' ? [name] : Object.values((name ?? {}) as Record<string, string | null>).filter((t): t is string => Boolean(t)))
  return docs.map((doc) => ({ id: doc.id, code: doc.code, titles: titles(doc.name) }))
}

/**
 * The procedure a submission is about, and the text to keep on it: the code of the suggestion the citizen chose, else
 * the procedure their text names by code or title ({@link matchProcedure}).
 *
 * @remarks The text is kept whenever no chosen code settled it, matched or not, so the officer sees what was typed
 * and can check or correct the link; a chosen code that no procedure has any more (a submission queued in the outbox
 * while the procedure was removed) is kept as text too. Nothing the citizen gave is dropped.
 */
async function relatedProcedure(payload: Payload, code: string | null | undefined, typed: string | null | undefined): Promise<{ procedure: number | null; procedureText: string | null }> {
  if (code) {
    const found = await payload.find({ collection: 'procedures', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true, select: {} })
    if (found.docs[0]) return { procedure: found.docs[0].id, procedureText: null }
  }
  const text = typed?.trim() || code?.trim()
  if (!text) return { procedure: null, procedureText: null }
  const match = matchProcedure(text, await namedProcedures(payload))
  return { procedure: match?.id ?? null, procedureText: text }
}

async function codeTaken(payload: Payload, code: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true })
  return totalDocs > 0
}

/** 409: another submission holds this code; the site gives this one a new code and sends it again. */
const codeTakenAnswer = () => Response.json({ error: 'Mã tra cứu đã được dùng cho góp ý khác. (Tracking code already taken.)' }, { status: 409 })

async function findBySubmission(payload: Payload, submissionId: string) {
  const { docs } = await payload.find({ collection: 'feedback', where: { submissionId: { equals: submissionId } }, limit: 1, depth: 0, overrideAccess: true, select: { code: true } })
  return docs[0]
}

/**
 * `POST /api/feedback/intake`: stores a submission from the site's outbox, once. A second delivery of the same
 * `submissionId` (the site retrying after a lost answer) answers 200 with the stored record instead of creating another.
 *
 * @remarks Only the site's service account (and admins) may call it. 201 created, 200 already there, 409 another
 * submission has this code (the site gives it a new one), 400 refused (the site parks the submission and the admin
 * header shows it), 5xx try again later.
 */
export const intake: Endpoint = {
  path: '/intake',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req, 'site', 'admin')) return Response.json({ error: 'Không có quyền.' }, { status: 403 })
    const delivery = await readDelivery(req)
    if (!delivery) return Response.json({ error: 'JSON không hợp lệ.' }, { status: 400 })
    if (delivery.files.length > MAX_ATTACHMENTS) return Response.json({ error: `Tối đa ${MAX_ATTACHMENTS} tệp đính kèm.` }, { status: 400 })
    const parsed = feedbackIntakeSchema.safeParse(delivery.body)
    if (!parsed.success) return Response.json({ error: 'Dữ liệu góp ý không hợp lệ.', issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, { status: 400 })
    const { procedure: procedureCode, procedureText: typed, consent: _consent, originalCode, ...data } = parsed.data
    const existing = await findBySubmission(req.payload, data.submissionId)
    if (existing) return Response.json({ id: existing.id, code: existing.code, duplicate: true }, { status: 200 })
    if (await codeTaken(req.payload, data.code)) return codeTakenAnswer()

    const { procedure, procedureText } = await relatedProcedure(req.payload, procedureCode, typed)
    // Attachments first: a delivery cut off here is redelivered, and finds them by submission and position.
    const attachments: number[] = []
    const refused: string[] = []
    for (const [position, file] of delivery.files.entries()) {
      const stored = await storeAttachment(req, file, position, data.submissionId, data.code)
      if ('id' in stored) attachments.push(stored.id)
      else refused.push(stored.refused)
    }
    // A file the site accepted but the CMS cannot read (a damaged image) must not hold back the submission forever:
    // it is stored without that file, and the officer is told so in an internal note.
    const notes = [
      ...(refused.length > 0 ? [`Tệp đính kèm không lưu được (tệp hỏng hoặc không đúng loại): ${refused.join('; ')}`.slice(0, 2000)] : []),
      // The citizen may quote the code they were shown: the officer finds it here.
      ...(originalCode && originalCode !== data.code ? [`Mã tra cứu công dân đã được báo khi gửi: ${originalCode} (đã đổi sang ${data.code} vì mã cũ trùng hoặc theo định dạng cũ).`] : []),
    ]
    const internalNotes = notes.length > 0 ? notes.map((note) => ({ note, at: new Date().toISOString() })) : undefined
    if (refused.length > 0) req.payload.logger.warn({ msg: `feedback ${data.code}: attachment(s) refused`, refused })
    try {
      const doc = await req.payload.create({
        collection: 'feedback',
        overrideAccess: true,
        data: { ...data, procedure, procedureText, consentAt: data.receivedAt, status: 'moi', attachments, ...(internalNotes && { internalNotes }) },
      })
      return Response.json({ id: doc.id, code: doc.code } satisfies FeedbackIntakeAnswer, { status: 201 })
    } catch (err) {
      // Two deliveries of one submission raced: the unique index let one through.
      const raced = await findBySubmission(req.payload, data.submissionId)
      if (raced) return Response.json({ id: raced.id, code: raced.code, duplicate: true }, { status: 200 })
      if (err instanceof ValidationError && err.data.errors.some((e) => e.path === 'code')) return codeTakenAnswer()
      if (err instanceof ValidationError) {
        return Response.json({ error: 'Dữ liệu góp ý không hợp lệ.', issues: err.data.errors.map((e) => `${e.path}: ${e.message}`) }, { status: 400 })
      }
      throw err
    }
  },
}
