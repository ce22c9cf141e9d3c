import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { standInCms } from '../testing/standInCms'

// A stand-in for the CMS: the settings name two own fields (ids 30 and 10, in that order, and 99, which has no
// published procedure); the procedures, as the site reads them in every language, belong to four fields.
const fields = {
  10: { id: 10, slug: 'lanh-su', name: { vi: 'Lãnh sự', en: 'Consular affairs' } },
  20: { id: 20, slug: 'hai-quan', name: { vi: 'Hải quan', en: 'Customs' } },
  30: { id: 30, slug: 'hop-tac-quoc-te', name: { vi: 'Hợp tác quốc tế', en: 'International cooperation' } },
  40: { id: 40, slug: 'ho-tich', name: { vi: 'Hộ tịch' } },
}
const procedures = [
  [1, 10],
  [2, 20],
  [3, 20],
  [4, 30],
  [5, 40],
  [6, 10],
].map(([id, field]) => ({ id, code: `1.00000${id}`, name: { vi: `Thủ tục ${id}` }, field: fields[field as keyof typeof fields] }))
let ownFields: number[] = [30, 10, 99]

let cms: Awaited<ReturnType<typeof standInCms>>
let pages: typeof import('./procedurePages')
let content: typeof import('./content')

beforeAll(async () => {
  cms = await standInCms((req, res) => {
    const url = new URL(req.url!, 'http://cms')
    const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    if (url.pathname === '/api/globals/site-settings') return json({ id: 1, agencyName: { vi: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs' }, ownFields })
    if (url.pathname !== '/api/procedures') return json({ docs: [] })
    const ids = url.searchParams.get('where[id][in]')
    if (!ids) return json({ docs: procedures.map(({ id }) => ({ id })) })
    json({ docs: procedures.filter(({ id }) => ids.split(',').includes(String(id))) })
  })
  pages = await import('./procedurePages')
  content = await import('./content')
})

afterAll(() => cms.close())

describe('homeFields', () => {
  it("lists the agency's own fields first, in the settings' order, then the others by name", async () => {
    const vi = await pages.homeFields('vi')
    expect(vi.own.map(({ label, count }) => [label, count])).toEqual([
      ['Hợp tác quốc tế', 1],
      ['Lãnh sự', 2],
    ])
    expect(vi.others.map(({ label, count }) => [label, count])).toEqual([
      ['Hải quan', 2],
      ['Hộ tịch', 1],
    ])
    const en = await pages.homeFields('en')
    expect(en.own.map(({ label }) => label)).toEqual(['International cooperation', 'Consular affairs'])
    expect(en.others.map(({ label, lang }) => [label, lang])).toEqual([
      ['Customs', undefined],
      ['Hộ tịch', 'vi'],
    ])
  })

  it('lists every field as others when the settings name none', async () => {
    ownFields = []
    content.resetContent()
    const { own, others } = await pages.homeFields('vi')
    expect(own).toEqual([])
    expect(others.map(({ slug }) => slug)).toEqual(['hai-quan', 'ho-tich', 'hop-tac-quoc-te', 'lanh-su'])
  })
})

describe('homeFieldGroups', () => {
  const field = (slug: string, count: number) => ({ slug, label: slug, count }) as import('./procedurePages').FieldCount
  it('shows the agency\'s own fields and folds the others', () => {
    const own = [field('lanh-su', 3)]
    const others = [field('a', 50), field('b', 1)]
    expect(pages.homeFieldGroups({ own, others })).toEqual({ first: own, later: others })
  })
  it('with no own fields, shows a short list whole', () => {
    const others = [field('a', 1), field('b', 2)]
    expect(pages.homeFieldGroups({ own: [], others })).toEqual({ first: others, later: [] })
  })
  it('with no own fields, shows the fields with the most procedures in their order and folds the rest', () => {
    const others = ['a', 'b', 'c', 'd', 'e'].map((slug, i) => field(slug, [5, 40, 1, 30, 2][i]!))
    const { first, later } = pages.homeFieldGroups({ own: [], others }, 2)
    expect(first.map((f) => f.slug)).toEqual(['b', 'd'])
    expect(later.map((f) => f.slug)).toEqual(['a', 'c', 'e'])
  })
})
