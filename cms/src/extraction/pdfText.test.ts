import { describe, expect, it } from 'vitest'
import { dropRunningLines } from './pdfText'

describe('dropRunningLines', () => {
  it('drops page numbers at either end of a page and a header repeated on most pages, and keeps the body', () => {
    const pages = [1, 2, 3, 4].map((n) => ['CÔNG BÁO/Số 12/Ngày 5-1-2024', `Điều ${n}. Nội dung`, `Đoạn văn ${'thứ '.repeat(n)}.`, n % 2 ? `- ${n} -` : `Trang ${n}/4`])
    expect(dropRunningLines(pages)).toEqual([1, 2, 3, 4].map((n) => [`Điều ${n}. Nội dung`, `Đoạn văn ${'thứ '.repeat(n)}.`]))
  })

  it('keeps a line that merely recurs on few pages, and numbers that are content', () => {
    const pages = [['Điều 1. Phạm vi', '1. Khoản một'], ['Điều 2. Đối tượng', '2023'], ['Điều 3. Giải thích', 'Điều 3. Giải thích']]
    expect(dropRunningLines(pages)).toEqual([['Điều 1. Phạm vi', '1. Khoản một'], ['Điều 2. Đối tượng'], ['Điều 3. Giải thích', 'Điều 3. Giải thích']])
  })
})
