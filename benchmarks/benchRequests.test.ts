import { fixtures } from '@congkhai/search/testing'
import { describe, expect, it } from 'vitest'
import { benchRequests } from './benchRequests'

describe('benchRequests', () => {
  const requests = () => benchRequests(fixtures, ['Thủ tục cấp hộ chiếu công vụ gồm những gì?'], 200)

  it('labels each request with its kind', () => {
    const of = (kind: string) => requests().filter((request) => request.kind === kind)
    expect(of('code').every(({ path }) => /q=1\.00/.test(path))).toBe(true)
    expect(of('browse').every(({ path }) => !path.includes('q='))).toBe(true)
    expect(of('code').length).toBeGreaterThan(0)
  })

  it('gives the same request paths on every run', () => {
    expect(requests()).toEqual(requests())
  })

  it('sends every kind of request the site serves, each a valid /api/search path', () => {
    const urls = requests().map(({ path }) => new URL(path, 'http://bench.test'))
    expect(new Set(urls.map((url) => url.pathname))).toEqual(new Set(['/api/search']))
    expect(urls.some((url) => url.searchParams.get('q') === 'Thủ tục cấp hộ chiếu công vụ gồm những gì?')).toBe(true)
    expect(
      urls.some((url) => url.searchParams.get('q') === '15 2020 QĐ UBND' || url.searchParams.get('q') === 'qd 15/2020'),
    ).toBe(true)
    expect(urls.some((url) => !url.searchParams.has('q') && url.searchParams.get('sort') === 'newest')).toBe(true)
    expect(urls.some((url) => url.searchParams.has('type') && url.searchParams.has('q'))).toBe(true)
  })
})
