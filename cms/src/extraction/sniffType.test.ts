import { describe, expect, it } from 'vitest'
import { declaredKind, sniffType } from './sniffType'

describe('sniffType', () => {
  it('tells PDF, DOCX, DOC, other ZIPs and anything else apart by their bytes', () => {
    expect(sniffType(Buffer.from('%PDF-1.7\n…'))).toBe('pdf')
    expect(sniffType(Buffer.concat([Buffer.alloc(100, 0x20), Buffer.from('%PDF-1.4')]))).toBe('pdf')
    expect(sniffType(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml')]))).toBe('docx')
    expect(sniffType(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....xl/workbook.xml')]))).toBe('zip')
    expect(sniffType(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('doc')
    expect(sniffType(Buffer.from('<!doctype html>'))).toBe('unknown')
    expect(sniffType(Buffer.alloc(0))).toBe('unknown')
  })
})

describe('declaredKind', () => {
  it('takes the MIME type first, then the extension, and nothing for types we do not read', () => {
    expect(declaredKind('x.bin', 'application/pdf')).toBe('pdf')
    expect(declaredKind('x.pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('docx')
    expect(declaredKind('QUYET-DINH.DOC')).toBe('doc')
    expect(declaredKind('anh.png', 'image/png')).toBeUndefined()
  })
})
