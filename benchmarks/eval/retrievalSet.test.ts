import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articleDocument, loadRetrievalSet } from './retrievalSet'
import { writeEvalFolders } from './writeEvalFolders'

describe('articleDocument', () => {
  it('takes the first line as the title and the rest as the body', () => {
    const doc = articleDocument({ law_id: 'Luật Cư trú 2020', article_id: '20', text: 'Điều kiện\nCông dân có…' })
    expect(doc).toMatchObject({ title: 'Điều kiện', body: 'Công dân có…', summary: 'Luật Cư trú 2020' })
    expect(doc.facets).toEqual({ documentType: 'Luật', year: 2020 })
  })

  it.each([
    'Công dân có quyền tự do đi lại.',
    '1. Nhà nước bảo đảm quyền con người.\n\n2. Công dân có nghĩa vụ…',
    'Quốc hội có những nhiệm vụ và quyền hạn sau đây:\n\n1. Làm Hiến pháp…',
  ])('titles an article without a title line by its number: %s', (text) => {
    const doc = articleDocument({ law_id: 'Hiến pháp 2013', article_id: '23', text })
    expect(doc).toMatchObject({ title: 'Điều 23', body: text })
    expect(doc.facets?.documentType).toBe('Hiến pháp')
  })
})

describe('loadRetrievalSet', () => {
  let folders: Awaited<ReturnType<typeof writeEvalFolders>>
  beforeAll(async () => {
    folders = await writeEvalFolders()
  })
  afterAll(async () => {
    await rm(folders.root, { recursive: true, force: true })
  })

  it('reads the articles and the judged queries, leaving out queries nobody judged', async () => {
    const set = await loadRetrievalSet(folders.data)
    expect(set.docs).toHaveLength(3)
    expect(set.queries.map((query) => query.id)).toEqual(['q1', 'q2'])
    expect([...set.queries[0]!.relevant]).toEqual(['legal-document:vi:Luật Cư trú 2020/27'])
  })
})
