import { describe, expect, it } from 'vitest'
import { checkZip } from './checkZip'
import { writeZip, zipBombDocx } from './fixtures/badFiles'

describe('checkZip', () => {
  it('returns the entries asked for from an archive within its limits', async () => {
    const zip = await writeZip([{ name: 'docProps/app.xml', data: Buffer.from('<Pages>3</Pages>') }, { name: 'word/document.xml', data: Buffer.alloc(5000, 0x61) }])
    const result = await checkZip(zip, ['docProps/app.xml'])
    expect(result.ok).toBe(true)
    if (result.ok) expect([...result.entries]).toEqual([['docProps/app.xml', Buffer.from('<Pages>3</Pages>')]])
  })

  it('fails too-large on declared sizes before inflating anything, and on inflated bytes when the sizes lie', async () => {
    const limits = { maxTotalBytes: 4 * 1024 * 1024, maxXmlBytes: 4 * 1024 * 1024, maxEntries: 10 }
    expect(await checkZip(await zipBombDocx(8, false), [], limits)).toMatchObject({ ok: false, code: 'too-large', detail: expect.stringMatching(/declared/) })
    expect(await checkZip(await zipBombDocx(8, true), [], limits)).toMatchObject({ ok: false, code: 'too-large' })
    const lyingWithinEntry = await writeZip([{ name: 'a.xml', data: { zeros: 8 * 1024 * 1024 }, declaredSize: 0xffffffff }])
    expect(await checkZip(lyingWithinEntry, [], limits)).toMatchObject({ ok: false, code: 'too-large' })
  })

  it('counts XML apart: a picture may be large, the XML the reader parses may not', async () => {
    const limits = { maxTotalBytes: 8 * 1024 * 1024, maxXmlBytes: 1024 * 1024, maxEntries: 10 }
    const picture = await writeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }, { name: 'word/media/image1.png', data: { zeros: 3 * 1024 * 1024 } }])
    expect(await checkZip(picture, [], limits)).toMatchObject({ ok: true })
    const xml = await writeZip([{ name: 'word/document.xml', data: { zeros: 3 * 1024 * 1024 } }])
    expect(await checkZip(xml, [], limits)).toMatchObject({ ok: false, code: 'too-large' })
  })

  it('fails too-large on too many entries, and corrupt on bytes that are not a ZIP', async () => {
    const many = await writeZip(Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from('x') })))
    expect(await checkZip(many, [], { maxTotalBytes: 1e6, maxXmlBytes: 1e6, maxEntries: 10 })).toMatchObject({ ok: false, code: 'too-large' })
    expect(await checkZip(Buffer.from('PK\x03\x04 not really'))).toMatchObject({ ok: false, code: 'corrupt' })
  })
})
