import { beforeAll, describe, expect, inject, it } from 'vitest'
import { cmsConfig } from '../config'
import type { Media } from '../payload-types'
import { ensureServiceAccounts } from '../seed/serviceAccounts'
import { printSampleDecisionPdf, sampleDecision } from '../testing/sampleDecision'
import { startTestCms, type TestCms } from '../testing/testCms'
import { EXTRACTION_QUEUE } from './runExtractionSoon'
import { makeDocx } from '../extraction/fixtures/makeDocx'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

let cms: TestCms
let pdf: Buffer
let editor: { id: number; collection: 'users' }
const EDITOR_KEY = 'test-editor-api-key-extraction-01'
const events = async () => (await (await fetch(`${inject('webhookUrl')}/events`)).json()) as Record<string, unknown>[]
let seq = 0

/** Uploads a file to the media library as the admin does (multipart), returning the stored document. */
async function upload(data: Buffer, name: string, mimetype = 'application/pdf'): Promise<Media> {
  return cms.payload.create({ collection: 'media', data: mimetype.startsWith('image/') ? { alt: 'Ảnh thử' } : {}, file: { data, mimetype, name, size: data.byteLength }, user: editor, overrideAccess: false })
}

const runQueue = () => cms.payload.jobs.run({ queue: EXTRACTION_QUEUE })
const media = (id: number) => cms.payload.findByID({ collection: 'media', id, depth: 0 })

async function legalDocument(attachments: number[]) {
  return cms.payload.create({
    collection: 'legal-documents',
    data: { number: `${++seq}/2026/QĐ-TX`, title: 'Quyết định ban hành Quy chế tiếp công dân', documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'UBND tỉnh', issuedDate: '2026-11-01', attachments, _status: 'published' },
  })
}

beforeAll(async () => {
  cms = await startTestCms()
  await ensureServiceAccounts(cms.payload)
  const user = await cms.payload.create({ collection: 'users', data: { email: 'extraction-editor@test.local', password: 'extraction-password', roles: ['editor'], enableAPIKey: true, apiKey: EDITOR_KEY } })
  editor = { ...user, collection: 'users' } as typeof editor
  pdf = await printSampleDecisionPdf()
})

describe('text extraction from uploaded files', () => {
  it('reads a born-digital PDF attached to a legal document, then re-publishes the document with the text', async () => {
    const file = await upload(pdf, 'quyet-dinh-27.pdf')
    expect(file.extraction?.status).toBe('waiting')
    const doc = await legalDocument([file.id])
    const before = (await events()).length

    await runQueue()

    const done = await media(file.id)
    expect(done.extraction).toMatchObject({ status: 'done', pages: 1, method: 'text-layer', textCorrected: false, progress: null })
    const text = done.extraction!.text!
    for (const line of ['Điều 1. Phạm vi điều chỉnh', 'Điều 3. Hiệu lực thi hành', 'tiếp công dân định kỳ vào ngày mười lăm']) expect(text).toContain(line)
    expect(done.extraction!.characters).toBe(text.length)
    expect(done.extraction!.extractedAt).toBeTruthy()

    // The site hears of the document again, and reading it as a visitor (depth 1, as the build does) brings the text.
    expect((await events()).slice(before)).toContainEqual(expect.objectContaining({ collection: 'legal-documents', id: doc.id, operation: 'update' }))
    for (const headers of [{}, { authorization: `users API-Key ${cmsConfig.BUILD_API_KEY}` }] as Record<string, string>[]) {
      const res = await cms.rest('GET', `/legal-documents/${doc.id}?depth=1&populate[legal-documents][number]=true`, { headers })
      expect(res.status).toBe(200)
      const body = (await res.json()) as { attachments: Media[] }
      expect(body.attachments[0]!.extraction).toMatchObject({ status: 'done', pages: 1 })
      expect(body.attachments[0]!.extraction!.text).toContain(sampleDecision.paragraphs[0])
    }
  })

  it('marks a corrupt file failed with a Vietnamese reason, and stores no text', async () => {
    // Past the upload's own check (a PDF header, `xref` and `%%EOF` at the end) but no PDF inside.
    const corrupt = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x5a), Buffer.from('\nxref\n0 1\n0000000000 65535 f \ntrailer << /Size 1 >>\nstartxref\n9\n%%EOF\n')])
    const file = await upload(corrupt, 'hong.pdf')
    const doc = await legalDocument([file.id])
    await runQueue()
    const failed = await media(file.id)
    expect(failed.extraction).toMatchObject({ status: 'failed', text: null, characters: null })
    expect(failed.extraction!.reason).toMatch(/\p{L}{2,}/u)
    // The document is still there for visitors, with the file and no text.
    const res = await cms.rest('GET', `/legal-documents/${doc.id}?depth=1`)
    expect(((await res.json()) as { attachments: Media[] }).attachments[0]!.extraction).toMatchObject({ status: 'failed', text: null })
  })

  it('stores the whole text of a long document (past the 40,000 characters Payload allows a text by default)', async () => {
    const articles = (count: number) =>
      Array.from({ length: count }, (_, i) => [`Điều ${i + 1}. Quy định thứ ${i + 1}`, ...sampleDecision.paragraphs.filter((p) => !p.startsWith('Điều'))]).flat()
    const long = await upload(await makeDocx({ id: 'dai', title: sampleDecision.title, paragraphs: articles(200) }), 'nghi-dinh-dai.docx', DOCX)
    await runQueue()
    const done = (await media(long.id)).extraction!
    expect(done).toMatchObject({ status: 'done', method: 'docx' })
    expect(done.characters).toBeGreaterThan(40_000)
    expect(done.text).toContain('Điều 200. Quy định thứ 200')
  })

  it('keeps an editor-corrected text when the file is extracted again, until the file is replaced', async () => {
    const file = await upload(pdf, 'quyet-dinh-sua.pdf')
    await runQueue()
    const corrected = `${(await media(file.id)).extraction!.text}\n\nĐiều 4. Điều khoản bổ sung do biên tập viên gõ lại`
    const edited = await cms.payload.update({ collection: 'media', id: file.id, data: { extraction: { text: corrected } }, user: editor, overrideAccess: false })
    expect(edited.extraction).toMatchObject({ textCorrected: true, characters: corrected.length, status: 'done' })

    // An editor's form opened before the job finished sends an empty text, and must not wipe the result.
    await cms.payload.update({ collection: 'media', id: file.id, data: { alt: 'Quyết định', extraction: { text: '' } }, user: editor, overrideAccess: false })
    expect((await media(file.id)).extraction!.text).toBe(corrected)

    const res = await cms.rest('POST', `/media/${file.id}/extract`, { headers: { authorization: `users API-Key ${EDITOR_KEY}` } })
    expect(res.status).toBe(202)
    expect((await media(file.id)).extraction!.status).toBe('waiting')
    await runQueue()
    expect((await media(file.id)).extraction).toMatchObject({ status: 'done', text: corrected, textCorrected: true, pages: 1 })

    // A new file is a new text: the correction of the old one goes.
    const replaced = await cms.payload.update({ collection: 'media', id: file.id, data: {}, file: { data: pdf, mimetype: 'application/pdf', name: 'quyet-dinh-sua-2.pdf', size: pdf.byteLength }, user: editor, overrideAccess: false })
    expect(replaced.extraction).toMatchObject({ status: 'waiting', textCorrected: false, text: null })
    await runQueue()
    expect((await media(file.id)).extraction!.text).not.toContain('Điều 4.')
  })

  it('lets nobody but the job write its results, and only editors ask for a re-run', async () => {
    const image = await upload(Buffer.from((await import('../testing/sampleFiles')).sampleFiles.png), `anh-${++seq}.png`, 'image/png')
    expect(image.extraction?.status).toBe('not-applicable')
    expect((await cms.payload.count({ collection: 'payload-jobs', where: { 'input.media': { equals: image.id } } })).totalDocs).toBe(0)

    const file = await upload(pdf, 'quyet-dinh-quyen.pdf')
    await runQueue()
    const forged = await cms.rest('PATCH', `/media/${file.id}`, { headers: { authorization: `users API-Key ${EDITOR_KEY}` }, body: { extraction: { status: 'failed', reason: 'Giả mạo', pages: 99, textCorrected: true } } })
    expect(forged.status).toBe(200)
    expect((await media(file.id)).extraction).toMatchObject({ status: 'done', reason: null, pages: 1, textCorrected: false })

    const rerun = (headers: Record<string, string>) => cms.rest('POST', `/media/${file.id}/extract`, { headers })
    expect((await rerun({})).status).toBe(401)
    expect((await rerun({ authorization: `users API-Key ${cmsConfig.SITE_API_KEY}` })).status).toBe(403)
    expect((await rerun({ authorization: `users API-Key ${cmsConfig.BUILD_API_KEY}` })).status).toBe(403)
    expect((await cms.rest('GET', `/media/${file.id}/extract`, { headers: { authorization: `users API-Key ${EDITOR_KEY}` } })).status).not.toBe(202)
    expect((await media(file.id)).extraction!.status).toBe('done')
    expect((await cms.rest('POST', `/media/${image.id}/extract`, { headers: { authorization: `users API-Key ${EDITOR_KEY}` } })).status).toBe(400)
    expect((await cms.rest('POST', '/media/987654/extract', { headers: { authorization: `users API-Key ${EDITOR_KEY}` } })).status).toBe(404)
  })
})
