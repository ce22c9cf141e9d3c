import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractText, type ExtractionResult } from './index'
import { characterErrorRate, CLEAN_SCAN, ExtractionFixtures, firstParagraphs, seedSourceDocuments, sourceText } from './fixtures/index'
import { loadPdf } from './loadPdf'

const fixtures = new ExtractionFixtures()
// Two seed documents: a decree with chapters and many articles (two pages), and the first paragraphs of a law (one page).
const decree = seedSourceDocuments().find((d) => d.paragraphs.length >= 12)!
const short = firstParagraphs(seedSourceDocuments()[0]!, 6)
let files: Record<string, Buffer>

beforeAll(async () => {
  files = {
    pdf: await fixtures.pdf(decree),
    tcvn3: await fixtures.pdf(decree, 'tcvn3'),
    vni: await fixtures.pdf(decree, 'vni'),
    docx: await fixtures.docx(decree),
    doc: await fixtures.doc(decree),
    scan: await fixtures.scan(short, CLEAN_SCAN),
    ...(await fixtures.bad(short)),
  }
  await fixtures.close()
}, 300_000)
afterAll(() => fixtures.close())

function expectDone(result: ExtractionResult) {
  if (result.status !== 'done') throw new Error(`expected text, got ${JSON.stringify(result)}`)
  return result
}

describe('extractText on good files', () => {
  it('reads a born-digital PDF: the source text, without the "Trang N/M" footers, each article heading on its own line', async () => {
    const result = expectDone(await extractText({ data: files.pdf!, filename: 'nghi-dinh.pdf', declaredMimeType: 'application/pdf' }))
    expect(result).toMatchObject({ method: 'text-layer', ocrPages: 0, characters: result.text.length })
    expect(result.pages).toBeGreaterThanOrEqual(2)
    expect(result.legacyEncoding).toBeUndefined()
    expect(characterErrorRate(sourceText(decree), result.text)).toBeLessThan(0.005)
    expect(result.text).not.toMatch(/Trang \d+\/\d+/)
    for (const heading of decree.paragraphs.filter((p) => /^Điều \d+\./.test(p))) expect(result.text).toContain(`\n${heading}\n`)
    expect(result.text).toMatch(/\n\n/)
    expect(result.text).toBe(result.text.normalize('NFC'))
  })

  it('reads TCVN3 and VNI PDFs as Unicode and says which encoding they were in', async () => {
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const result = expectDone(await extractText({ data: files[encoding]!, filename: 'cu.pdf' }))
      expect(result.legacyEncoding).toBe(encoding)
      expect(characterErrorRate(sourceText(decree), result.text), encoding).toBeLessThan(0.01)
    }
  })

  it('reads a DOCX and a DOC', async () => {
    const docx = expectDone(await extractText({ data: files.docx!, filename: 'qd.docx' }))
    expect(docx.method).toBe('docx')
    expect(characterErrorRate(sourceText(decree), docx.text)).toBeLessThan(0.005)
    const doc = expectDone(await extractText({ data: files.doc!, filename: 'qd.doc', declaredMimeType: 'application/msword' }))
    expect(doc.method).toBe('doc')
    expect(characterErrorRate(sourceText(decree), doc.text)).toBeLessThan(0.005)
    expect(doc.text).toContain('\n\nĐiều 1.')
  })

  it('reads a scan with Tesseract, reporting each page of OCR', async () => {
    const progress: string[] = []
    const result = expectDone(await extractText({ data: files.scan!, filename: 'scan.pdf' }, { onProgress: (p) => progress.push(`${p.phase} ${p.page}/${p.pages}`) }))
    expect(result).toMatchObject({ method: 'ocr', ocrPages: 1, pages: 1 })
    expect(progress).toEqual(['text 1/1', 'ocr 1/1'])
    expect(characterErrorRate(sourceText(short), result.text)).toBeLessThan(0.03)
  }, 180_000)

  it('marks a scan "without text" when OCR is off, with a reason in Vietnamese', async () => {
    const result = await extractText({ data: files.scan!, filename: 'scan.pdf' }, { ocr: false })
    expect(result).toMatchObject({ status: 'scan-no-text', pages: 1 })
    if (result.status === 'scan-no-text') expect(result.reason).toMatch(/bản quét.*Tesseract/)
  })

  it('reads a file by what it is when its name says another type we read (a DOCX named .pdf)', async () => {
    const result = expectDone(await extractText({ data: files.docx!, filename: 'quyet-dinh.pdf', declaredMimeType: 'application/pdf' }))
    expect(result.method).toBe('docx')
  })

  it('stops when aborted', async () => {
    await expect(extractText({ data: files.pdf!, filename: 'a.pdf' }, { signal: AbortSignal.abort() })).rejects.toThrow(/abort/i)
  })
})

describe('extractText on bad files: a failure with a reason in Vietnamese, never an exception', () => {
  const failsWith = async (data: Buffer, filename: string, code: string, reason: RegExp, declaredMimeType?: string) => {
    const result = await extractText({ data, filename, declaredMimeType })
    expect(result).toMatchObject({ status: 'failed', code })
    if (result.status === 'failed') expect(result.reason).toMatch(reason)
  }

  it('an encrypted PDF (which the fixture\'s password does open)', async () => {
    await failsWith(files.encrypted!, 'mat.pdf', 'encrypted', /mật khẩu/)
    const task = loadPdf(files.encrypted!, 'matkhau')
    const page = await (await task.promise).getPage(1)
    expect((await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('')).toBe('Noi dung mat')
    await task.destroy()
  })

  it('a truncated PDF and a garbled one', async () => {
    await failsWith(files.truncated!, 'cut.pdf', 'corrupt', /bị hỏng/)
    await failsWith(files.garbled!, 'noise.pdf', 'corrupt', /bị hỏng/)
    await failsWith(files.docx!.subarray(0, 3000), 'cut.docx', 'corrupt', /bị hỏng/)
    await failsWith(Buffer.concat([files.doc!.subarray(0, 512), Buffer.alloc(2048, 0xff)]), 'cut.doc', 'corrupt', /bị hỏng/)
  })

  it('a DOCX that is a ZIP bomb, with honest or lying sizes, without inflating it all', async () => {
    const before = process.memoryUsage().rss
    await failsWith(files.zipBomb!, 'bom.docx', 'too-large', /bom ZIP/)
    await failsWith(files.zipBombLying!, 'bom.docx', 'too-large', /bom ZIP/)
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024)
  })

  it('a PDF over the page limit (501 pages; or 3 with maxPages 2)', async () => {
    await failsWith(files.manyPages!, 'dai.pdf', 'too-many-pages', /501 trang, vượt giới hạn 300 trang/)
    const result = await extractText({ data: files.pdf!, filename: 'a.pdf' }, { maxPages: 1 })
    expect(result).toMatchObject({ status: 'failed', code: 'too-many-pages' })
  })

  it('a file whose declared type lies (an HTML page named .pdf), and a type we do not read', async () => {
    await failsWith(files.htmlNamedPdf!, 'quyet-dinh.pdf', 'type-mismatch', /không phải là PDF/, 'application/pdf')
    await failsWith(files.htmlNamedPdf!, 'quyet-dinh.docx', 'type-mismatch', /không phải là DOCX/)
    await failsWith(Buffer.from('Quyết định số 1'), 'ghi-chu.txt', 'unsupported', /PDF, DOCX và DOC/, 'text/plain')
    await failsWith(Buffer.alloc(0), 'rong.pdf', 'type-mismatch', /không phải là PDF/)
  })
})
