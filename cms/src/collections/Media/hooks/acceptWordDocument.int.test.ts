import CFB from 'cfb'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeDoc } from '../../../extraction/fixtures/makeDoc'
import { sampleDecisionSource } from '../../../testing/sampleUploads'
import { startTestCms, type TestCms } from '../../../testing/testCms'

let cms: TestCms

const upload = (data: Buffer, name: string, mimetype: string) =>
  cms.payload.create({ collection: 'media', data: {}, file: { data, mimetype, name, size: data.byteLength } })

/** An OLE compound file that is not a Word document: an Excel 97–2003 workbook's container. */
function workbook(): Buffer {
  const container = CFB.utils.cfb_new()
  CFB.utils.cfb_add(container, '/Workbook', Buffer.alloc(4096, 1))
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array)
}

beforeAll(async () => {
  cms = await startTestCms()
})

describe('Word 97–2003 uploads (acceptWordDocument)', () => {
  it('takes a .doc (which Payload detects as application/x-cfb) as a Word document, to be read', async () => {
    const file = await upload(makeDoc(sampleDecisionSource), 'quyet-dinh-cu.doc', 'application/msword')
    expect(file.mimeType).toBe('application/msword')
    expect(file.extraction?.status).toBe('waiting')
  })

  it('refuses another OLE file, even named .doc, with a message in Vietnamese', async () => {
    await expect(upload(workbook(), 'bang-tinh.doc', 'application/msword')).rejects.toThrow(/không phải văn bản Word 97–2003/)
    await expect(upload(makeDoc(sampleDecisionSource), 'van-ban.bin', 'application/x-cfb')).rejects.toThrow(/không phải văn bản Word 97–2003/)
  })
})
