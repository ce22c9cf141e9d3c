import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { EmbeddedEngine } from './EmbeddedEngine'
import { fixtures } from './testing/fixtures'
import type { SearchEngine } from './SearchEngine'

/** An engine that receives writes and one that answers reads; the same object unless persistence is under test. */
interface Engines {
  writer: SearchEngine
  reader: SearchEngine
}

const temporaryDirs: string[] = []
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

const engines = [
  {
    name: 'embedded, in memory',
    create: async (): Promise<Engines> => {
      const engine = new EmbeddedEngine()
      return { writer: engine, reader: engine }
    },
  },
  {
    name: 'embedded, snapshot written by one instance and read by another',
    create: async (): Promise<Engines> => {
      const dir = await mkdtemp(join(tmpdir(), 'congkhai-search-'))
      temporaryDirs.push(dir)
      const snapshotPath = join(dir, 'index.json')
      // The reader checks the file on every read so the suite needs no waiting.
      return {
        writer: new EmbeddedEngine({ snapshotPath }),
        reader: new EmbeddedEngine({ snapshotPath, reloadIntervalMs: 0 }),
      }
    },
  },
]

describe.each(engines)('$name', ({ create }) => {
  let writer: SearchEngine
  let reader: SearchEngine
  const titles = async (q: string, options = {}) =>
    (await reader.search({ q, limit: 100, ...options })).hits.map((hit) => hit.title)

  beforeEach(async () => {
    ;({ writer, reader } = await create())
    await writer.replaceAll(fixtures)
  })

  it('finds accented titles from unaccented queries', async () => {
    expect(await titles('ho chieu')).toContain('Cấp hộ chiếu công vụ')
    expect(await titles('dang ky')).toContain('Đăng ký thường trú')
    expect(await titles('ĐĂNG KÝ')).toContain('Đăng ký thường trú')
  })

  it('requires every word when some document has them all', async () => {
    const found = await titles('hộ chiếu công vụ')
    expect(found).toContain('Cấp hộ chiếu công vụ')
    expect(found).not.toContain('Đăng ký thường trú')
  })

  it('falls back to any word when no document has them all', async () => {
    expect(await titles('hộ chiếu xe máy')).toContain('Cấp hộ chiếu công vụ')
  })

  it.each(['15/2020/QĐ-UBND', '15/2020/qd-ubnd', '15 2020 QĐ UBND'])('ranks the document for "%s" first', async (q) => {
    const { hits } = await reader.search({ q })
    expect(hits[0]?.id).toBe('legal-document:vi:15')
  })

  it('finds a procedure by its code', async () => {
    const { hits } = await reader.search({ q: '1.004194' })
    expect(hits[0]?.title).toBe('Đăng ký thường trú')
  })

  it('matches the last word as a prefix while the user is typing', async () => {
    expect(await titles('đăng ký thường tr')).toContain('Đăng ký thường trú')
  })

  it('tolerates a typo in a longer word', async () => {
    expect(await titles('ho chieuu')).toContain('Cấp hộ chiếu công vụ')
  })

  it('expands abbreviations both ways', async () => {
    expect(await titles('thẻ ABTC')).toContain(
      'Nghị định quy định về việc xét cho phép sử dụng thẻ đi lại của doanh nhân APEC',
    )
    expect(await titles('sửa đổi ủy ban nhân dân')).toContain(
      'Quyết định sửa đổi, bổ sung một số điều của Quy chế quản lý hộ chiếu',
    )
  })

  it('filters by locale', async () => {
    expect(await titles('passports', { locale: 'en' })).toEqual(['Issuance of official passports'])
    expect(await titles('passports', { locale: 'vi' })).toEqual([])
    const { hits } = await reader.search({ q: '1.001108', locale: 'vi' })
    expect(hits.map((hit) => hit.locale)).toEqual(['vi'])
  })

  it('filters by type', async () => {
    const procedures = await reader.search({ q: 'hộ chiếu', type: 'procedure' })
    expect(procedures.hits.map((hit) => hit.id)).toEqual(['procedure:vi:1'])
    const documents = await reader.search({ q: 'hộ chiếu', type: 'legal-document' })
    expect(documents.hits.map((hit) => hit.type)).toEqual(['legal-document', 'legal-document'])
  })

  it('stops finding removed records and ignores unknown ids', async () => {
    await writer.remove(['procedure:vi:1', 'procedure:vi:404'])
    expect(await titles('ho chieu')).not.toContain('Cấp hộ chiếu công vụ')
    expect(await reader.count()).toBe(fixtures.length - 1)
  })

  it('replaces a record upserted with an existing id', async () => {
    const [first] = fixtures
    await writer.upsert([{ ...first!, title: 'Cấp đổi hộ chiếu công vụ' }])
    expect(await titles('cap doi')).toContain('Cấp đổi hộ chiếu công vụ')
    expect(await titles('ho chieu')).not.toContain('Cấp hộ chiếu công vụ')
    expect(await reader.count()).toBe(fixtures.length)
  })

  it('replaceAll drops every record not given', async () => {
    await writer.replaceAll([fixtures[1]!])
    expect(await reader.count()).toBe(1)
    expect(await titles('ho chieu')).toEqual([])
    expect(await titles('dang ky')).toEqual(['Đăng ký thường trú'])
  })

  it('marks matched words in the accented title and summary', async () => {
    const { hits } = await reader.search({ q: 'ho chieu', type: 'procedure' })
    expect(hits[0]?._formatted.title).toBe('Cấp <mark>hộ</mark> <mark>chiếu</mark> công vụ')
    expect(hits[0]?._formatted.summary).toContain('<mark>hộ</mark> <mark>chiếu</mark>')
  })

  it('escapes HTML from the source text', async () => {
    const { hits } = await reader.search({ q: 'giả mạo' })
    const summary = hits.find((hit) => hit.id === 'news:vi:7')?._formatted.summary
    expect(summary).toContain('&lt;script&gt;')
    expect(summary).not.toContain('<script>')
    expect(summary).toContain('<mark>giả</mark> <mark>mạo</mark>')
  })

  it('pages through results with a stable total', async () => {
    const first = await reader.search({ q: 'lịch tiếp công dân', limit: 5 })
    const last = await reader.search({ q: 'lịch tiếp công dân', limit: 5, offset: 10 })
    expect(first.total).toBe(12)
    expect(last.total).toBe(12)
    expect(first.hits).toHaveLength(5)
    expect(last.hits).toHaveLength(2)
    expect(first.hits.map((hit) => hit.id)).not.toEqual(expect.arrayContaining(last.hits.map((hit) => hit.id)))
    expect([first.limit, first.offset, last.offset]).toEqual([5, 0, 10])
  })

  it('returns 10 hits by default and at most 100', async () => {
    expect((await reader.search({ q: 'lịch tiếp công dân' })).hits).toHaveLength(10)
    expect((await reader.search({ q: 'lịch tiếp công dân', limit: 1000 })).limit).toBe(100)
  })

  it('lists every matching record, newest first, for a blank query', async () => {
    const { hits, total } = await reader.search({ q: '', type: 'news', limit: 3 })
    expect(total).toBe(13)
    expect(hits.map((hit) => hit.date)).toEqual(['2024-12-01', '2024-11-05', '2024-11-01'])
  })

  it('counts the records', async () => {
    expect(await reader.count()).toBe(fixtures.length)
  })
})
