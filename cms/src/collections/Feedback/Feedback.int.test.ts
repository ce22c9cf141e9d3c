import fs from 'node:fs'
import { randomUUID } from 'node:crypto'
import { FEEDBACK_MAX_LENGTHS } from '@congkhai/contracts/feedback'
import { agencyDay } from '@congkhai/contracts/time-zone'
import { newTrackingCode } from '@congkhai/contracts/tracking-code'
import { beforeAll, describe, expect, it } from 'vitest'
import { cmsConfig } from '../../config'
import { SKIP_NOTIFY } from '../../hooks/notifySite'
import { eraseExpiredFeedback } from '../../jobs/eraseExpiredFeedback'
import type { Feedback } from '../../payload-types'
import { sampleFiles } from '../../testing/sampleFiles'
import { startTestCms, type TestCms } from '../../testing/testCms'

let cms: TestCms
let editor: { id: number }
let officer: { id: number }
const SITE = { authorization: 'users API-Key test-site-api-key-feedback-0' }

const submission = (over: Record<string, unknown> = {}) => ({
  submissionId: randomUUID(),
  code: newTrackingCode(),
  receivedAt: '2026-11-27T03:00:00.000Z',
  kind: 'hoi-dap',
  name: 'Nguyễn Văn An',
  email: 'an@example.vn',
  phone: '0905 123 456',
  address: '12 Lê Lợi, Huế',
  title: 'Hỏi về hộ chiếu công vụ',
  content: 'Tôi là Nguyễn Văn An, số 0905 123 456. Xin hỏi thời hạn giải quyết hồ sơ hộ chiếu công vụ là bao lâu?',
  consent: true,
  ...over,
})

/** The field messages of a refused save, as the admin shows them beside each field. */
async function refusal(save: Promise<unknown>): Promise<string> {
  try {
    await save
  } catch (err) {
    const errors = (err as { data?: { errors?: { message: string }[] } }).data?.errors ?? []
    return errors.map((e) => e.message).join(' | ') || (err as Error).message
  }
  throw new Error('the save was accepted')
}

const asUser = (user: { id: number }) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false })

async function deliver(body: Record<string, unknown>) {
  const res = await cms.rest('POST', '/feedback/intake', { headers: SITE, body })
  return { status: res.status, body: (await res.json()) as { id: number; code: string; duplicate?: boolean; issues?: string[] } }
}

beforeAll(async () => {
  cms = await startTestCms()
  const make = (email: string, roles: string[]) => cms.payload.create({ collection: 'users', data: { email, password: 'password-123', roles: roles as ['editor'] } })
  editor = await make('feedback-editor@test.local', ['editor'])
  officer = await make('feedback-officer@test.local', ['feedback-officer'])
  await cms.payload.create({ collection: 'users', data: { email: 'feedback-site@test.local', password: 'site-password-123', roles: ['site'], enableAPIKey: true, apiKey: 'test-site-api-key-feedback-0' } })
  await cms.payload.updateGlobal({ slug: 'site-settings', data: { feedbackDeadlineDays: 5, holidays: [{ date: '2026-12-02T00:00:00.000Z', name: 'Ngày nghỉ thử' }] } })
})

describe('intake from the site', () => {
  it('stores a submission once however often it is delivered, and computes the due date in working days', async () => {
    const body = submission()
    const first = await deliver(body)
    expect(first.status).toBe(201)
    const again = await deliver(body)
    expect(again).toMatchObject({ status: 200, body: { id: first.body.id, code: body.code, duplicate: true } })
    const [a, b] = await Promise.all([deliver({ ...body, submissionId: randomUUID(), code: newTrackingCode() }), deliver(body)])
    expect(a.status).toBe(201)
    expect(b.status).toBe(200)
    const { totalDocs } = await cms.payload.count({ collection: 'feedback', where: { submissionId: { equals: body.submissionId } } })
    expect(totalDocs).toBe(1)

    const doc = await cms.payload.findByID({ collection: 'feedback', id: first.body.id })
    expect(doc).toMatchObject({ status: 'moi', code: body.code, consentAt: body.receivedAt, receivedAt: body.receivedAt })
    // Friday 27/11 + 5 working days, skipping the weekend and the holiday on Wednesday 2/12.
    expect(agencyDay(new Date(doc.dueDate!))).toBe('2026-12-07')
    expect(doc.history).toHaveLength(1)
  })

  it('refuses anyone but the site, and bad deliveries, with a 4xx', async () => {
    expect((await cms.rest('POST', '/feedback/intake', { body: submission() })).status).toBe(403)
    const asEditor = await cms.payload.find({ collection: 'feedback', ...asUser(editor) })
    expect(asEditor.totalDocs).toBeGreaterThan(0)
    expect((await deliver(submission({ consent: false }))).status).toBe(400)
    expect((await deliver(submission({ code: '<script>' }))).status).toBe(400)
    // Legacy codes are never issued again, and a code whose check digit is wrong is no code.
    expect((await deliver(submission({ code: 'GY-2026-000123' }))).status).toBe(400)
    const code = newTrackingCode()
    expect((await deliver(submission({ code: `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}` }))).status).toBe(400)
    expect((await deliver(submission({ title: 42 }))).status).toBe(400)
  })

  it('never shows personal data to the public API or to the site', async () => {
    const { body } = await deliver(submission())
    expect((await cms.rest('GET', '/feedback')).status).toBe(403)
    expect((await cms.rest('GET', `/feedback/${body.id}`)).status).toBe(403)
    expect((await cms.rest('GET', `/feedback/${body.id}`, { headers: SITE })).status).toBe(403)
    expect((await cms.rest('GET', `/feedback/track/${body.code}`)).status).toBe(403)
    const tracked = await cms.rest('GET', `/feedback/track/${body.code}`, { headers: SITE })
    expect(tracked.status).toBe(200)
    const text = await tracked.text()
    for (const personal of ['Nguyễn Văn An', 'an@example.vn', '0905', 'Lê Lợi', 'hộ chiếu']) expect(text).not.toContain(personal)
    expect(JSON.parse(text)).toMatchObject({ code: body.code, status: 'moi', kind: 'hoi-dap', history: [{ status: 'moi' }], answer: null })
    expect((await cms.rest('GET', '/feedback/track/GY-2026-000000', { headers: SITE })).status).toBe(404)
  })
})

describe('attachments', () => {
  /** A delivery as the site's outbox sends one with files: multipart, the record as JSON in `_payload`. */
  async function deliverWithFiles(body: Record<string, unknown>, files: { name: string; type: string; bytes: Uint8Array }[]) {
    const form = new FormData()
    form.set('_payload', JSON.stringify(body))
    for (const f of files) form.append('attachments', new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: f.type }), f.name)
    const res = await cms.handle(new Request('http://localhost:3000/api/feedback/intake', { method: 'POST', headers: SITE, body: form }))
    return { status: res.status, body: (await res.json()) as { id: number; code: string; duplicate?: boolean } }
  }
  const files = [
    { name: 'Đơn đề nghị.pdf', type: 'application/pdf', bytes: sampleFiles.pdf },
    { name: 'ảnh.png', type: 'image/png', bytes: sampleFiles.png },
    { name: 'giấy hẹn.jpg', type: 'image/jpeg', bytes: sampleFiles.jpeg },
  ]

  it('stores them privately with the submission, once however often it is delivered; staff download them, nobody else', async () => {
    const body = submission()
    const first = await deliverWithFiles(body, files)
    expect(first.status).toBe(201)
    expect((await deliverWithFiles(body, files)).body).toMatchObject({ id: first.body.id, duplicate: true })
    const doc = await cms.payload.findByID({ collection: 'feedback', id: first.body.id, depth: 1 })
    const stored = (doc.attachments ?? []).map((a) => (typeof a === 'object' ? a : null)!)
    expect(stored.map((a) => [a.originalName, a.mimeType, a.filesize, a.feedbackCode])).toEqual([
      ['Đơn đề nghị.pdf', 'application/pdf', sampleFiles.pdf.byteLength, body.code],
      ['ảnh.png', 'image/png', sampleFiles.png.byteLength, body.code],
      ['giấy hẹn.jpg', 'image/jpeg', sampleFiles.jpeg.byteLength, body.code],
    ])
    expect((await cms.payload.count({ collection: 'feedback-attachments', where: { submissionId: { equals: body.submissionId } } })).totalDocs).toBe(3)
    expect(fs.existsSync(`${cmsConfig.feedbackAttachmentsDir}/${stored[0]!.filename}`)).toBe(true)

    const url = new URL(stored[0]!.url!, 'http://localhost:3000').pathname
    expect(url).toMatch(/^\/api\/feedback-attachments\/file\//)
    expect((await cms.rest('GET', url.replace(/^\/api/, ''))).status).toBe(403)
    expect((await cms.rest('GET', url.replace(/^\/api/, ''), { headers: SITE })).status).toBe(403)
    expect((await cms.rest('GET', '/feedback-attachments')).status).toBe(403)
    const login = await cms.rest('POST', '/users/login', { body: { email: 'feedback-officer@test.local', password: 'password-123' } })
    const { token } = (await login.json()) as { token: string }
    const download = await cms.rest('GET', url.replace(/^\/api/, ''), { headers: { authorization: `JWT ${token}` } })
    expect(download.status, await download.clone().text()).toBe(200)
    expect(download.headers.get('cache-control')).toBe('private, no-store')
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(sampleFiles.pdf)

    // Nothing of them in the public look-up.
    const tracked = await (await cms.rest('GET', `/feedback/track/${body.code}`, { headers: SITE })).text()
    expect(tracked).not.toMatch(/attachment|\.pdf|\.png/i)
  })

  it('reuses what an interrupted delivery stored, and keeps a submission whose file the CMS cannot read', async () => {
    const body = submission()
    // The first attempt stored one file, then the CMS went away before the feedback was written.
    await cms.payload.create({ collection: 'feedback-attachments', data: { submissionId: body.submissionId, position: 0, feedbackCode: body.code }, file: { data: Buffer.from(sampleFiles.pdf), mimetype: 'application/pdf', name: 'truoc.pdf', size: sampleFiles.pdf.byteLength } })
    const broken = { name: 'hong.jpg', type: 'image/jpeg', bytes: sampleFiles.jpeg.subarray(0, 20) }
    const res = await deliverWithFiles(body, [files[0]!, broken])
    expect(res.status).toBe(201)
    const doc = await cms.payload.findByID({ collection: 'feedback', id: res.body.id, depth: 0 })
    expect(doc.attachments).toHaveLength(1)
    expect((await cms.payload.count({ collection: 'feedback-attachments', where: { submissionId: { equals: body.submissionId } } })).totalDocs).toBe(1)
    expect(doc.internalNotes?.[0]?.note).toContain('hong.jpg')
  })

  it('are deleted, files too, when the personal data is erased', async () => {
    const { body } = await deliverWithFiles(submission(), files)
    const before = await cms.payload.findByID({ collection: 'feedback', id: body.id, depth: 1 })
    const names = (before.attachments ?? []).map((a) => (typeof a === 'object' ? a.filename : ''))
    await cms.payload.update({ collection: 'feedback', id: body.id, data: { erasePersonalData: true }, ...asUser(officer) })
    expect((await cms.payload.findByID({ collection: 'feedback', id: body.id })).attachments).toEqual([])
    for (const name of names) expect(fs.existsSync(`${cmsConfig.feedbackAttachmentsDir}/${name}`)).toBe(false)
  })
})

describe('handling', () => {
  it('records each status change, requires a reason to reject and an answer to answer, and never goes back to new', async () => {
    const { body } = await deliver(submission())
    const update = (data: Partial<Feedback>) => cms.payload.update({ collection: 'feedback', id: body.id, data, ...asUser(officer) })
    await update({ status: 'dang-xu-ly', assignee: officer.id, internalNotes: [{ note: 'Gọi lại cho người gửi: số 0905 123 456' }] })
    expect(await refusal(update({ status: 'khong-xu-ly' }))).toBe('Cần ghi lý do không xử lý.')
    expect(await refusal(update({ status: 'da-tra-loi' }))).toBe('Cần nhập nội dung trả lời trước khi chuyển sang “Đã trả lời”.')
    expect(await refusal(update({ status: 'moi' }))).toBe('Không thể chuyển góp ý về trạng thái “Mới”.')
    const doc = await update({ status: 'chuyen-co-quan-khac', statusReason: 'Sở Tư pháp tỉnh' })
    expect(doc.history?.map((h) => h.status)).toEqual(['moi', 'dang-xu-ly', 'chuyen-co-quan-khac'])
    expect(doc.internalNotes?.[0]).toMatchObject({ author: expect.anything(), at: expect.any(String) })
    expect(doc.closedAt).toBeTruthy()
    // The public reason only to whoever gives the contact the submission was sent with.
    expect(await (await cms.rest('GET', `/feedback/track/${body.code}`, { headers: SITE })).text()).not.toContain('Sở Tư pháp tỉnh')
    const tracked = await (await cms.rest('POST', `/feedback/track/${body.code}`, { headers: SITE, body: { contact: 'AN@example.vn ' } })).text()
    expect(tracked).toContain('Sở Tư pháp tỉnh')
    expect(tracked).not.toContain('Gọi lại')
  })

  it('editors read but cannot handle; anonymous users cannot do either', async () => {
    const { body } = await deliver(submission())
    await expect(cms.payload.update({ collection: 'feedback', id: body.id, data: { status: 'dang-xu-ly' }, ...asUser(editor) })).rejects.toThrow()
    await expect(cms.payload.findByID({ collection: 'feedback', id: body.id, overrideAccess: false })).rejects.toThrow()
  })

  it('emails the answer to the sender (to the mail log without SMTP) and shows it by tracking code', async () => {
    const { body } = await deliver(submission({ email: 'nguoi-gui@example.vn' }))
    await cms.payload.update({ collection: 'feedback', id: body.id, data: { status: 'dang-xu-ly' }, ...asUser(officer) })
    await cms.payload.update({ collection: 'feedback', id: body.id, data: { status: 'da-tra-loi', answer: 'Thời hạn là 5 ngày làm việc.' }, ...asUser(officer) })
    const mails = fs.readFileSync(cmsConfig.mailLogPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { to: string; subject: string; text: string })
    const mail = mails.find((m) => m.to === 'nguoi-gui@example.vn')
    expect(mail?.subject).toBe(`Trả lời góp ý ${body.code}`)
    expect(mail?.text).toContain('Thời hạn là 5 ngày làm việc.')
    const tracked = (await (await cms.rest('POST', `/feedback/track/${body.code}`, { headers: SITE, body: { contact: 'nguoi-gui@example.vn' } })).json()) as { status: string; answer: string }
    expect(tracked).toMatchObject({ status: 'da-tra-loi', answer: 'Thời hạn là 5 ngày làm việc.' })
  })
})

describe('look-ups by tracking code (issue 18, hole 4)', () => {
  const track = async (code: string, contact?: string) => {
    const res = contact === undefined
      ? await cms.rest('GET', `/feedback/track/${code}`, { headers: SITE })
      : await cms.rest('POST', `/feedback/track/${code}`, { headers: SITE, body: { contact } })
    return { status: res.status, body: (await res.json()) as { status?: string; answer?: string | null; answeredAt?: string | null; verified?: boolean; contactMismatch?: boolean } }
  }

  it('show the answer only to whoever gives the email or phone number it was sent with', async () => {
    const { body } = await deliver(submission({ email: 'Chi.Tran@Example.vn', phone: '0912 345 678' }))
    await cms.payload.update({ collection: 'feedback', id: body.id, data: { status: 'dang-xu-ly' }, ...asUser(officer) })
    await cms.payload.update({ collection: 'feedback', id: body.id, data: { status: 'da-tra-loi', answer: 'Câu trả lời riêng cho người gửi.' }, ...asUser(officer) })

    const bare = await track(body.code)
    expect(bare).toMatchObject({ status: 200, body: { status: 'da-tra-loi', answer: null, verified: false } })
    expect(bare.body.answeredAt).toBeTruthy()
    expect(JSON.stringify(bare.body)).not.toContain('Câu trả lời riêng')
    for (const wrong of ['someone@example.vn', '0912 345 679', 'chi.tran@example.v', '']) {
      const res = await track(body.code, wrong)
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ answer: null, verified: false, contactMismatch: true })
    }
    for (const right of ['chi.tran@example.vn', ' CHI.TRAN@EXAMPLE.VN', '0912345678', '0912.345.678', '+84 912 345 678']) {
      expect((await track(body.code, right)).body, right).toMatchObject({ answer: 'Câu trả lời riêng cho người gửi.', verified: true })
    }
    // The contact goes in the body, never in the URL; a contact that is not text is refused.
    expect((await cms.rest('POST', `/feedback/track/${body.code}`, { headers: SITE, body: { contact: 42 } })).status).toBe(400)
    expect((await cms.rest('POST', `/feedback/track/${body.code}`, { body: { contact: 'chi.tran@example.vn' } })).status).toBe(403)
  })

  it('still find legacy codes, and answer a code nobody holds with a plain 404', async () => {
    await cms.payload.create({
      collection: 'feedback',
      overrideAccess: true,
      data: { ...submission({ code: 'GY-2026-000039', email: 'cu@example.vn' }), consent: undefined, status: 'moi', receivedAt: '2026-11-27T03:00:00.000Z', consentAt: '2026-11-27T03:00:00.000Z' } as never,
    })
    expect(await track('GY-2026-000039')).toMatchObject({ status: 200, body: { status: 'moi', answer: null } })
    expect((await track('GY-2026-000039', 'cu@example.vn')).body.verified).toBe(true)
    const nobody = await track(newTrackingCode())
    expect(nobody).toEqual({ status: 404, body: { error: 'Không tìm thấy.' } })
    expect(await track('GY-2026-999999')).toEqual(nobody)
    expect(await track('not-a-code')).toEqual(nobody)
  })
})

describe('intake of re-coded submissions (issue 18, hole 0)', () => {
  it('refuses a taken code with 409, so the site gives another, and keeps the code the citizen was shown in a note', async () => {
    const first = await deliver(submission())
    const taken = await cms.rest('POST', '/feedback/intake', { headers: SITE, body: submission({ code: first.body.code }) })
    expect(taken.status).toBe(409)
    const recoded = await deliver(submission({ originalCode: 'GY-2026-000001' }))
    expect(recoded.status).toBe(201)
    const doc = await cms.payload.findByID({ collection: 'feedback', id: recoded.body.id })
    expect(doc.internalNotes?.map((n) => n.note).join()).toContain('GY-2026-000001')
    // Only the site's own field: nothing status-like comes through the intake.
    const sneaky = await deliver(submission({ status: 'da-tra-loi', answer: 'Tiêm câu trả lời' }))
    expect(await cms.payload.findByID({ collection: 'feedback', id: sneaky.body.id })).toMatchObject({ status: 'moi', answer: null })
  })
})

describe('the related procedure (issue 21)', () => {
  const procedures: Record<string, number> = {}
  beforeAll(async () => {
    const context = { [SKIP_NOTIFY]: true }
    const field = await cms.payload.create({ collection: 'fields', data: { name: 'Lĩnh vực góp ý thử' }, context })
    const make = async (code: string, name: string, status: 'published' | 'draft' = 'published') =>
      (procedures[code] = (await cms.payload.create({ collection: 'procedures', data: { code, name, field: field.id, levels: ['tinh'], _status: status } as never, draft: status === 'draft', context })).id)
    await make('9.710001', 'Cấp giấy phép tổ chức hội nghị quốc tế')
    await make('9.710002', 'Xác nhận lãnh sự giấy tờ thử nghiệm')
    await make('9.710003', 'Thủ tục chỉ là bản nháp chưa công bố', 'draft')
  })

  const stored = async (over: Record<string, unknown>) => {
    const { status, body } = await deliver(submission(over))
    expect(status).toBe(201)
    const doc = await cms.payload.findByID({ collection: 'feedback', id: body.id, depth: 0 })
    return { procedure: doc.procedure, procedureText: doc.procedureText }
  }

  it('links the suggestion chosen by its code, and keeps no text', async () => {
    expect(await stored({ procedure: '9.710001', procedureText: '9.710001 · Cấp giấy phép tổ chức hội nghị quốc tế' })).toEqual({ procedure: procedures['9.710001'], procedureText: null })
  })

  it('links typed text that names a procedure by code or by title, and keeps the text for the officer', async () => {
    expect(await stored({ procedureText: '9.710002' })).toEqual({ procedure: procedures['9.710002'], procedureText: '9.710002' })
    expect(await stored({ procedureText: 'cap giay phep to chuc hoi nghi quoc te' })).toEqual({ procedure: procedures['9.710001'], procedureText: 'cap giay phep to chuc hoi nghi quoc te' })
    expect(await stored({ procedureText: 'Xác nhận lãnh sự giấy tờ' })).toEqual({ procedure: procedures['9.710002'], procedureText: 'Xác nhận lãnh sự giấy tờ' })
  })

  it('keeps text that names no procedure, or only a draft, as text: stored, never refused, and shown to staff', async () => {
    const unmatched = await deliver(submission({ procedureText: 'thủ tục xin giấy gì đó ở phường <b>không rõ</b>' }))
    expect(unmatched.status).toBe(201)
    const asEditor = await cms.payload.findByID({ collection: 'feedback', id: unmatched.body.id, depth: 0, ...asUser(editor) })
    expect(asEditor).toMatchObject({ procedure: null, procedureText: 'thủ tục xin giấy gì đó ở phường <b>không rõ</b>' })
    expect(await stored({ procedureText: 'Thủ tục chỉ là bản nháp chưa công bố' })).toEqual({ procedure: null, procedureText: 'Thủ tục chỉ là bản nháp chưa công bố' })
  })

  it('delivers a submission queued before with a code no procedure has any more, keeping the code as text', async () => {
    // What an older site's outbox holds: a procedure code, no text.
    expect(await stored({ procedure: '9.719999' })).toEqual({ procedure: null, procedureText: '9.719999' })
    expect(await stored({ procedure: '9.710002' })).toEqual({ procedure: procedures['9.710002'], procedureText: null })
  })

  it('refuses text longer than the form allows, as it refuses any other field', async () => {
    expect((await deliver(submission({ procedureText: 'Ạ'.repeat(FEEDBACK_MAX_LENGTHS.procedureText + 1) }))).status).toBe(400)
  })

  it('erases the typed text with the rest of the personal data', async () => {
    const { body } = await deliver(submission({ procedureText: 'Thủ tục của ông Nguyễn Văn An ở 12 Lê Lợi' }))
    const doc = await cms.payload.update({ collection: 'feedback', id: body.id, data: { erasePersonalData: true }, ...asUser(officer) })
    expect(doc.procedureText).toBeNull()
  })
})

describe('public questions', () => {
  it('publishes an answered item without personal data, readable by anyone; unticking withdraws it', async () => {
    const { body } = await deliver(submission())
    expect(await refusal(cms.payload.update({ collection: 'feedback', id: body.id, data: { publishAsQuestion: true }, ...asUser(officer) }))).toBe('Chỉ công bố được góp ý đã trả lời.')
    const answered = await cms.payload.update({ collection: 'feedback', id: body.id, data: { status: 'da-tra-loi', answer: 'Trả lời Ông Nguyễn Văn An: 5 ngày làm việc.', publishAsQuestion: true }, ...asUser(officer) })
    const questionId = typeof answered.question === 'object' ? answered.question?.id : answered.question
    expect(questionId).toBeTruthy()
    const res = await cms.rest('GET', `/questions/${questionId}`)
    expect(res.status).toBe(200)
    const text = await res.text()
    for (const personal of ['Nguyễn Văn An', '0905 123 456', 'an@example.vn', 'feedback']) expect(text).not.toContain(personal)
    expect(JSON.parse(text)).toMatchObject({ title: 'Hỏi về hộ chiếu công vụ', answer: 'Trả lời Ông […]: 5 ngày làm việc.' })

    await cms.payload.update({ collection: 'feedback', id: body.id, data: { publishAsQuestion: false }, ...asUser(officer) })
    expect((await cms.rest('GET', `/questions/${questionId}`)).status).toBe(404)
  })
})

describe('retention', () => {
  it('erases personal data of items closed longer than the retention period, and records it', async () => {
    const old = await deliver(submission())
    const recent = await deliver(submission())
    const open = await deliver(submission())
    for (const id of [old.body.id, recent.body.id]) {
      await cms.payload.update({ collection: 'feedback', id, data: { status: 'khong-xu-ly', statusReason: 'Trùng nội dung' }, ...asUser(officer) })
    }
    const longAgo = new Date(Date.now() - 400 * 24 * 3600_000).toISOString()
    await cms.payload.update({ collection: 'feedback', id: old.body.id, data: { closedAt: longAgo } })
    await cms.payload.update({ collection: 'feedback', id: open.body.id, data: { receivedAt: longAgo } })

    expect(await eraseExpiredFeedback(cms.payload, 365)).toBe(1)
    const erased = await cms.payload.findByID({ collection: 'feedback', id: old.body.id })
    expect(erased).toMatchObject({ name: '[đã xoá]', email: null, phone: null, address: null, content: '[đã xoá]', internalNotes: [] })
    expect(erased.personalDataErasedAt).toBeTruthy()
    expect(erased.history?.at(-1)).toMatchObject({ event: 'erasure', note: expect.stringContaining('hết thời hạn lưu trữ') })
    expect((await cms.payload.findByID({ collection: 'feedback', id: recent.body.id })).email).toBe('an@example.vn')
    expect((await cms.payload.findByID({ collection: 'feedback', id: open.body.id })).email).toBe('an@example.vn')
    expect(await eraseExpiredFeedback(cms.payload, 365)).toBe(0)
    // Erasure is not a status: the public timeline does not show it.
    const tracked = (await (await cms.rest('GET', `/feedback/track/${old.body.code}`, { headers: SITE })).json()) as { history: unknown[] }
    expect(tracked.history).toHaveLength(2)
  })

  it('runs as a scheduled job: the CMS job runner queues it for its next time, and a run erases', async () => {
    await cms.payload.jobs.handleSchedules({ queue: 'default' })
    const queued = await cms.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'eraseExpiredFeedback' } }, overrideAccess: true })
    expect(queued.docs).toHaveLength(1)
    expect(new Date(queued.docs[0]!.waitUntil!).getTime()).toBeGreaterThan(Date.now())

    const { body } = await deliver(submission())
    await cms.payload.update({ collection: 'feedback', id: body.id, data: { status: 'khong-xu-ly', statusReason: 'Trùng' }, ...asUser(officer) })
    await cms.payload.update({ collection: 'feedback', id: body.id, data: { closedAt: new Date(Date.now() - 2 * 365 * 24 * 3600_000).toISOString() } })
    await cms.payload.jobs.queue({ task: 'eraseExpiredFeedback', input: {} })
    await cms.payload.jobs.run({ queue: 'default' })
    expect((await cms.payload.findByID({ collection: 'feedback', id: body.id })).email).toBeNull()
  })

  it('erases on request when an officer ticks the box', async () => {
    const { body } = await deliver(submission())
    const doc = await cms.payload.update({ collection: 'feedback', id: body.id, data: { erasePersonalData: true }, ...asUser(officer) })
    expect(doc).toMatchObject({ name: '[đã xoá]', email: null, erasePersonalData: false })
    expect(doc.history?.at(-1)).toMatchObject({ event: 'erasure', by: expect.anything(), note: expect.stringContaining('theo yêu cầu') })
  })
})
