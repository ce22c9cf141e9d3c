import { sampleFiles } from '@congkhai/cms/testing'
import { describe, expect, it } from 'vitest'
import { checkAttachments, detectFileType, safeFileName } from './attachments'

const limits = { maxFiles: 3, maxFileBytes: 1000, maxTotalBytes: 1500 }
const received = (name: string, bytes: Uint8Array) => ({ name, size: bytes.byteLength, head: bytes, tail: bytes })

describe('detectFileType', () => {
  it('knows PDF, JPEG and PNG by their bytes, whatever they are called', () => {
    expect(detectFileType(sampleFiles.pdf)).toBe('application/pdf')
    expect(detectFileType(sampleFiles.jpeg)).toBe('image/jpeg')
    expect(detectFileType(sampleFiles.png)).toBe('image/png')
  })

  it('refuses other files, and files that only start like one', () => {
    expect(detectFileType(sampleFiles.exe)).toBeNull()
    expect(detectFileType(new TextEncoder().encode('<html><script>alert(1)</script>'))).toBeNull()
    expect(detectFileType(new TextEncoder().encode('%PDF-1.7 but nothing else'))).toBeNull()
    expect(detectFileType(sampleFiles.png.subarray(0, 8))).toBeNull()
    expect(detectFileType(new Uint8Array())).toBeNull()
  })
})

describe('checkAttachments', () => {
  it('accepts real files within the limits, with names safe to store', () => {
    const result = checkAttachments([received('Đơn đề nghị.pdf', sampleFiles.pdf), received('ảnh chụp.JPG', sampleFiles.jpeg), received('../../etc/x.png', sampleFiles.png)], limits)
    expect(result.ok && result.files.map((f) => [f.safeName, f.type])).toEqual([
      ['Đơn đề nghị.pdf', 'application/pdf'],
      ['ảnh chụp.jpg', 'image/jpeg'],
      ['x.png', 'image/png'],
    ])
    expect(checkAttachments([], limits)).toEqual({ ok: true, files: [] })
  })

  it('refuses a disguised file, a mismatched name and an empty file with 400 and a Vietnamese message', () => {
    expect(checkAttachments([received('ho-so.pdf', sampleFiles.exe)], limits)).toEqual({ ok: false, status: 400, message: 'Tệp “ho-so.pdf” không phải PDF, JPG hoặc PNG thật; chỉ nhận các loại tệp này.' })
    expect(checkAttachments([received('anh.pdf', sampleFiles.png)], limits)).toMatchObject({ ok: false, status: 400 })
    expect(checkAttachments([received('anh.png.exe', sampleFiles.png)], limits)).toMatchObject({ ok: false, status: 400 })
    expect(checkAttachments([received('rong.pdf', new Uint8Array())], limits)).toEqual({ ok: false, status: 400, message: 'Tệp “rong.pdf” rỗng; vui lòng chọn lại.' })
  })

  it('refuses too many files, one too large and too much in total with 413', () => {
    const png = received('a.png', sampleFiles.png)
    expect(checkAttachments([png, png, png, png], limits)).toEqual({ ok: false, status: 413, message: 'Chỉ được đính kèm tối đa 3 tệp.' })
    const big = { ...received('lon.pdf', sampleFiles.pdf), size: 1001 }
    expect(checkAttachments([big], { ...limits, maxFileBytes: 1000 })).toMatchObject({ ok: false, status: 413, message: expect.stringContaining('Tệp “lon.pdf” lớn hơn') })
    const half = { ...png, size: 800 }
    expect(checkAttachments([half, half], limits)).toMatchObject({ ok: false, status: 413, message: expect.stringContaining('Tổng dung lượng tệp đính kèm vượt quá') })
    expect(checkAttachments([png, png, png, png], limits, 'en')).toMatchObject({ message: 'You can attach at most 3 files.' })
  })

  it('writes sizes in megabytes as Vietnamese does', () => {
    const result = checkAttachments([{ ...received('a.png', sampleFiles.png), size: 6 * 1024 * 1024 }], { maxFiles: 3, maxFileBytes: 5 * 1024 * 1024, maxTotalBytes: 10 * 1024 * 1024 })
    expect(result).toMatchObject({ message: 'Tệp “a.png” lớn hơn 5 MB; vui lòng chọn tệp nhỏ hơn.' })
    expect(checkAttachments([{ ...received('a.png', sampleFiles.png), size: 2 * 1024 * 1024 }], { maxFiles: 3, maxFileBytes: 1.5 * 1024 * 1024, maxTotalBytes: 9e9 })).toMatchObject({ message: expect.stringContaining('1,5 MB') })
  })
})

describe('safeFileName', () => {
  it('keeps the last path segment without control or reserved characters, and an extension', () => {
    expect(safeFileName('C:\\Users\\an\\Giấy tờ.pdf', 'application/pdf')).toBe('Giấy tờ.pdf')
    expect(safeFileName('<script>.png', 'image/png')).toBe('script.png')
    expect(safeFileName('...', 'image/jpeg')).toBe('tep-dinh-kem.jpg')
    expect(safeFileName('\u202egnp.exe\u202c.png', 'image/png')).toBe('gnp.exe.png')
    expect(safeFileName(`${'a'.repeat(300)}.pdf`, 'application/pdf')).toHaveLength(94)
  })
})
