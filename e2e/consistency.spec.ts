import { expect, test } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { admin, published, random } from './support'

const cms = e2eEnv.CMS_URL
const SEED = Number(process.env.CONSISTENCY_SEED ?? 20261127)

interface Doc {
  id: number
  slug: string
  number: string
  title: string
  published: boolean
  deleted: boolean
}

test('after a random run of publish, unpublish, edit and delete, the site and search hold exactly the published set', async ({ request }) => {
  test.setTimeout(6 * 60_000)
  const next = random(SEED)
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]
  const run = `${Date.now() % 100000}`
  // One made-up word marks this run's documents, so search for it returns them and nothing else.
  const marker = `nhatquan${run}`
  const login = await request.post(`${cms}/api/users/login`, { data: admin })
  const headers = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }

  const docs: Doc[] = []
  for (let i = 1; i <= 10; i++) {
    const title = `Quyết định ${marker} số ${i}, bản 0`
    const number = `${i}/2026/QĐ-NQ${run}`
    const status = next() < 0.5 ? 'published' : 'draft'
    const res = await request.post(`${cms}/api/legal-documents${status === 'draft' ? '?draft=true' : ''}`, {
      headers,
      data: { number, title, documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'UBND tỉnh', issuedDate: '2026-11-01', _status: status },
    })
    expect(res.status(), await res.text()).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number; slug: string } }
    docs.push({ id: doc.id, slug: doc.slug, number, title, published: status === 'published', deleted: false })
  }

  const ops: string[] = []
  for (let step = 1; step <= 30; step++) {
    const remaining = docs.filter((d) => !d.deleted)
    const doc = pick(remaining)
    // Deletes stop at three documents left, so the run always ends with something to compare.
    const op = pick(remaining.length > 3 ? (['publish', 'unpublish', 'edit', 'edit', 'delete'] as const) : (['publish', 'unpublish', 'edit'] as const))
    ops.push(`${op} ${doc.number}`)
    if (op === 'delete') {
      expect((await request.delete(`${cms}/api/legal-documents/${doc.id}`, { headers })).ok()).toBeTruthy()
      doc.deleted = true
    } else {
      const publishedAfter = op === 'publish' ? true : op === 'unpublish' ? false : doc.published
      const title = op === 'edit' ? `Quyết định ${marker} số ${doc.number.split('/')[0]}, bản ${step}` : doc.title
      // Without `?draft=true`: the saved document itself changes, as when an editor publishes or unpublishes.
      const res = await request.patch(`${cms}/api/legal-documents/${doc.id}`, {
        headers,
        data: { title, _status: publishedAfter ? 'published' : 'draft' },
      })
      expect(res.ok(), await res.text()).toBeTruthy()
      doc.title = title
      doc.published = publishedAfter
    }
  }
  console.log(`consistency: seed ${SEED}, ${ops.length} operations: ${ops.join('; ')}`)
  await published(request)

  const live = docs.filter((d) => d.published && !d.deleted)
  for (const doc of docs) {
    const res = await request.get(`/van-ban/${doc.slug}`)
    if (!live.includes(doc)) {
      expect(res.status(), `${doc.number} must be gone`).toBe(404)
      continue
    }
    expect(res.status(), `${doc.number} must be live`).toBe(200)
    expect(await res.text()).toContain(doc.title)
  }

  const search = await request.get(`/api/search?q=${marker}&type=legal-document&limit=50`)
  const hits = ((await search.json()) as { hits: { id: string; number?: string; title: string; locale: string }[] }).hits.filter((h) => h.locale === 'vi')
  expect(hits.map((h) => `${h.number} ${h.title}`).sort()).toEqual(live.map((d) => `${d.number} ${d.title}`).sort())

  const openData = (await (await request.get('/du-lieu/van-ban.json')).json()) as { records: { number: string; title: string }[] }
  const listed = openData.records.filter((r) => r.number.endsWith(`QĐ-NQ${run}`))
  expect(listed.map((r) => `${r.number} ${r.title}`).sort()).toEqual(live.map((d) => `${d.number} ${d.title}`).sort())
})
