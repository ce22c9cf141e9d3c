import { describe, expect, it } from 'vitest'
import { GET } from '../pages/api/search'
import { parseSearchRequest } from './search'

const parse = (query: string) => parseSearchRequest(new URLSearchParams(query))

describe('parseSearchRequest', () => {
  it('asks for every facet count, in relevance order, first page, by default', () => {
    expect(parse('q=+h%E1%BB%99+chi%E1%BA%BFu+')).toEqual({
      query: {
        q: 'hộ chiếu',
        locale: 'vi',
        filters: {},
        facets: ['type', 'field', 'documentType', 'issuer', 'year', 'status', 'level'],
        sort: 'relevance',
        limit: 10,
        offset: 0,
      },
    })
  })

  it('keeps every value of a repeated facet and ignores unknown parameters', () => {
    const parsed = parse('q=thu%E1%BA%BF&year=2020&year=2021&type=legal-document&issuer=UBND+t%E1%BB%89nh&utm_source=x&sort=newest')
    expect(parsed).toMatchObject({
      query: { filters: { year: [2020, 2021], type: ['legal-document'], issuer: ['UBND tỉnh'] }, sort: 'newest' },
    })
  })

  it('counts only the facets asked for, or none', () => {
    expect(parse('q=ho+chieu&type=procedure&facets=none')).toMatchObject({ query: { facets: [], filters: { type: ['procedure'] } } })
    expect(parse('facets=year&facets=type')).toMatchObject({ query: { facets: ['type', 'year'] } })
    expect(parse('facets=everything')).toEqual({ issues: [{ field: 'facets', message: 'Chỉ đếm được các nhóm type, field, documentType, issuer, year, status, level, hoặc none.' }] })
    expect(parse(`facets=none${'&facets=type'.repeat(7)}`)).toMatchObject({ issues: [{ field: 'facets' }] })
  })

  it('searches one locale: Vietnamese unless English is asked for', () => {
    expect(parse('q=passport&locale=en')).toMatchObject({ query: { q: 'passport', locale: 'en' } })
    expect(parse('locale=fr')).toEqual({ issues: [{ field: 'locale', message: 'Ngôn ngữ phải là vi hoặc en.' }] })
  })

  it('names each bad parameter with a message in Vietnamese', () => {
    expect(parse('year=hai-nghin&sort=cu-nhat&type=tin&limit=0')).toEqual({
      issues: [
        { field: 'type', message: 'Loại nội dung không hợp lệ.' },
        { field: 'year', message: 'Năm phải là số, ví dụ 2020.' },
        { field: 'sort', message: 'Cách sắp xếp phải là relevance, newest hoặc oldest.' },
        { field: 'limit', message: 'limit tối thiểu là 1.' },
      ],
    })
    expect(parse(`q=${'a'.repeat(201)}`)).toEqual({ issues: [{ field: 'q', message: 'Từ khóa tối đa 200 ký tự.' }] })
  })
})

describe('GET /api/search', () => {
  it('answers bad input with 400 and the problems, before touching the engine', async () => {
    const response = await GET({ url: new URL('http://site.test/api/search?year=1800&offset=-1') } as Parameters<typeof GET>[0])
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: 'Tham số tìm kiếm không hợp lệ.',
      issues: [
        { field: 'year', message: 'Năm không hợp lệ.' },
        { field: 'offset', message: 'offset không được âm.' },
      ],
    })
  })
})
