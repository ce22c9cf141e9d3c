import { describe, expect, it } from 'vitest'
import { contractLongForms, MAX_QUERY_WORDS, meilisearchQueryText, pageWindow } from './meilisearchQuery'
import { SYNONYMS } from './vietnamese'

describe('contractLongForms', () => {
  it('writes every long form Meilisearch would not expand as its short form, whatever its marks and case', () => {
    expect(contractLongForms('Ủy ban nhân dân tỉnh')).toBe('UBND tỉnh')
    expect(contractLongForms('uy ban nhan dan tinh')).toBe('UBND tinh')
    expect(contractLongForms('nộp hồ sơ bảo hiểm xã hội, bảo hiểm y tế')).toBe('nộp hồ sơ BHXH, BHYT')
    expect(contractLongForms('Nghị định Chính phủ số 10')).toBe('NĐ-CP số 10')
    // Three words or fewer: Meilisearch expands them itself.
    expect(contractLongForms('quyết định 15/2020')).toBe('quyết định 15/2020')
  })

  it('leaves no synonym group with a form of more than three words that a query could not reach', () => {
    const long = SYNONYMS.flat().filter((form) => form.split(/\s+/).length > 3)
    expect(long.length).toBeGreaterThanOrEqual(13)
    for (const form of long) expect(contractLongForms(form).split(/\s+/).length, form).toBeLessThanOrEqual(2)
  })
})

describe('meilisearchQueryText', () => {
  it('sends a query of up to ten words as typed', () => {
    expect(meilisearchQueryText('  hộ chiếu công vụ ')).toBe('hộ chiếu công vụ')
    expect(meilisearchQueryText('15/2020/QĐ-UBND')).toBe('15/2020/QĐ-UBND')
  })

  it('past ten words drops stop words and repeats first, and never sends more than ten', () => {
    const q = 'Cán bộ được cử đi công tác nước ngoài thì làm thủ tục cấp hộ chiếu công vụ như thế nào'
    const sent = meilisearchQueryText(q)
    expect(sent.split(' ')).toHaveLength(MAX_QUERY_WORDS)
    expect(sent).toBe('Cán bộ cử đi công tác nước ngoài làm thủ')
    const counted = meilisearchQueryText('hai ba bốn năm sáu bảy tám chín mười mười hai mười ba mười bốn')
    expect(counted).toBe('hai ba bốn năm sáu bảy tám chín mười')
  })
})

describe('pageWindow', () => {
  it('asks for the page itself when the offset is a multiple of the page size', () => {
    expect(pageWindow(0, 10)).toEqual({ page: 1, hitsPerPage: 10, skip: 0 })
    expect(pageWindow(10_000, 100)).toEqual({ page: 101, hitsPerPage: 100, skip: 0 })
  })

  it('finds a page that holds the whole window at any offset', () => {
    for (const [offset, limit] of [[3, 5], [150, 100], [1195, 7], [9999, 100], [1, 1]] as const) {
      const { page, hitsPerPage, skip } = pageWindow(offset, limit)
      const start = (page - 1) * hitsPerPage
      expect(start + skip).toBe(offset)
      expect(skip + limit).toBeLessThanOrEqual(hitsPerPage)
    }
  })

  it('asks for no hits when none are wanted', () => {
    expect(pageWindow(40, 0)).toEqual({ page: 1, hitsPerPage: 0, skip: 0 })
  })
})
