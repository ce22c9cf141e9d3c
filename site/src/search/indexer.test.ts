import { describe, expect, it, vi } from 'vitest'

// 150,000 legal documents, as the CMS lists them at the scale of a ministry's legal database (issue 23).
const MANY = 150_000
vi.mock('../published/cms', async (original) => ({
  ...(await original<object>()),
  listPublished: vi.fn(async (collection: string) =>
    collection !== 'legal-documents'
      ? []
      : Array.from({ length: MANY }, (_, i) => ({
          id: i + 1,
          title: `Quyết định số ${i + 1}`,
          number: `${i + 1}/2019/QĐ-UBND`,
          slug: `${i + 1}-2019-qd-ubnd`,
          documentType: 'quyet-dinh',
          issuer: 'UBND tỉnh',
          issuedDate: '2019-03-01T00:00:00.000Z',
          validity: 'con-hieu-luc',
        })),
  ),
}))

const { publishedRecords } = await import('./indexer')

describe('publishedRecords', () => {
  it('gathers the records of more documents than a call can take as arguments (spread into push, it overflowed the stack at 100,000)', async () => {
    const records = await publishedRecords()
    expect(records).toHaveLength(2 * MANY)
    expect(records[0]).toMatchObject({ id: 'legal-document:vi:1' })
    expect(records.at(-1)).toMatchObject({ id: `legal-document:en:${MANY}` })
  })
})
