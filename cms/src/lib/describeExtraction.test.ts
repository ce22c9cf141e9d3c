import { describe, expect, it } from 'vitest'
import { describeExtraction, extractionPending } from './describeExtraction'

describe('describeExtraction', () => {
  it('says each state in Vietnamese', () => {
    expect(describeExtraction({ status: 'waiting' })).toBe('Đang chờ trích xuất')
    expect(describeExtraction({ status: 'running', progress: 'OCR trang 3/12' })).toBe('Đang trích xuất: OCR trang 3/12')
    expect(describeExtraction({ status: 'done', pages: 3, characters: 4512 })).toBe('Đã trích xuất: 3 trang, 4.512 ký tự')
    expect(describeExtraction({ status: 'done', pages: 1, characters: 20, textCorrected: true })).toBe('Đã trích xuất: 1 trang, 20 ký tự (văn bản đã sửa)')
    expect(describeExtraction({ status: 'scan-no-text', pages: 2 })).toBe('Bản quét không có lớp văn bản')
    expect(describeExtraction({ status: 'failed', reason: 'Tệp PDF có mật khẩu.' })).toBe('Lỗi: Tệp PDF có mật khẩu.')
    expect(describeExtraction(undefined)).toBe('Chưa trích xuất')
  })

  it('keeps asking only while the job has yet to finish', () => {
    expect(extractionPending({ status: 'waiting' })).toBe(true)
    expect(extractionPending({ status: 'running' })).toBe(true)
    expect(extractionPending({ status: 'done' })).toBe(false)
    expect(extractionPending(null)).toBe(false)
  })
})
