import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { EmbeddedEngine } from '@congkhai/search'
import { e2eEnv } from '../playwright.config'
import { adminHeaders, published } from './support'

const cms = e2eEnv.CMS_URL
const repoRoot = path.resolve(import.meta.dirname, '..')
const run = promisify(execFile)

/** The records `/api/search` returns for a query in a locale, as `id: title`. */
async function found(request: APIRequestContext, q: string, locale: 'vi' | 'en' = 'vi'): Promise<string[]> {
  const res = await request.get(`/api/search?q=${encodeURIComponent(q)}&locale=${locale}&limit=100`)
  expect(res.status()).toBe(200)
  return ((await res.json()) as { hits: { id: string; title: string }[] }).hits.map((hit) => `${hit.id}: ${hit.title}`)
}

/** Runs one of the repository's scripts against the e2e stack and returns its exit code and output. */
async function script(name: 'searchCheck' | 'reindex'): Promise<{ code: number; output: string }> {
  const node = path.join(repoRoot, 'node_modules/.bin/node')
  try {
    const { stdout } = await run(node, ['--import', 'tsx', `scripts/${name}.ts`], { cwd: repoRoot, env: { ...process.env, ...e2eEnv } })
    return { code: 0, output: stdout }
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string }
    return { code, output: stdout + stderr }
  }
}

test('search sync: publish, update, a draft on top, English, and delete each leave the index as the site shows it', async ({ request }) => {
  test.setTimeout(6 * 60_000)
  const headers = await adminHeaders(request)
  const tag = `ĐB${Date.now() % 100000}`
  const created = await request.post(`${cms}/api/legal-documents`, {
    headers,
    data: {
      number: `${Date.now() % 1000}/2026/QĐ-SNgV`,
      title: `Quyết định phê duyệt kế hoạch đối ngoại ${tag}`,
      documentType: 'quyet-dinh',
      validity: 'con-hieu-luc',
      issuer: 'Sở Ngoại vụ',
      issuedDate: '2026-11-25',
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const { id } = ((await created.json()) as { doc: { id: number } }).doc
  const vi = `legal-document:vi:${id}`
  const en = `legal-document:en:${id}`
  const viTitle = `${vi}: Quyết định phê duyệt kế hoạch đối ngoại ${tag}`
  const enTitle = `${en}: Decision approving the foreign affairs plan ${tag}`
  await published(request)
  // Publish → one record per locale; the English one falls back to the Vietnamese title until translated.
  expect(await found(request, tag)).toEqual([viTitle])
  expect(await found(request, tag, 'en')).toEqual([`${en}: Quyết định phê duyệt kế hoạch đối ngoại ${tag}`])

  // Update (the English translation) → upserted in that locale only.
  const translated = await request.patch(`${cms}/api/legal-documents/${id}?locale=en`, {
    headers,
    data: { title: `Decision approving the foreign affairs plan ${tag}`, _status: 'published' },
  })
  expect(translated.ok()).toBeTruthy()
  await published(request)
  expect(await found(request, tag, 'en')).toEqual([enTitle])
  expect(await found(request, tag)).toEqual([viTitle])

  // A draft saved on the published document → the published version stays indexed.
  const draft = await request.patch(`${cms}/api/legal-documents/${id}?draft=true`, {
    headers,
    data: { title: `Bản nháp chưa công bố ${tag}`, _status: 'draft' },
  })
  expect(draft.ok()).toBeTruthy()
  await published(request)
  expect(await found(request, tag)).toEqual([viTitle])
  expect(await found(request, tag, 'en')).toEqual([enTitle])

  // search:check agrees with the CMS; a record lost from the index is reported, and a reindex brings it back.
  const inStep = await script('searchCheck')
  expect(inStep.output).toContain('search:check: embedded: in step')
  expect(inStep.code).toBe(0)
  await new EmbeddedEngine({ snapshotPath: e2eEnv.SEARCH_SNAPSHOT_PATH }).remove([vi])
  const differs = await script('searchCheck')
  expect(differs.code).toBe(1)
  expect(differs.output).toContain(`1 missing (published, not indexed): ${vi}`)
  const reindex = await script('reindex')
  expect(reindex.code).toBe(0)
  expect(reindex.output).toMatch(/index: embedded: \d+\/\d+ records/)
  expect(reindex.output).toContain('index: embedded: swapped in')
  expect((await script('searchCheck')).code).toBe(0)
  await expect.poll(() => found(request, tag), { timeout: 10_000 }).toEqual([viTitle])

  // Delete → removed in every locale.
  expect((await request.delete(`${cms}/api/legal-documents/${id}`, { headers })).ok()).toBeTruthy()
  await published(request)
  expect(await found(request, tag)).toEqual([])
  expect(await found(request, tag, 'en')).toEqual([])
})

test('no server key reaches a browser: the built client files and the served pages never contain one', async ({ request }) => {
  const keys = [e2eEnv.MEILISEARCH_SEARCH_KEY, e2eEnv.MEILISEARCH_WRITE_KEY]
  // `current` is the symlink to the live build that nginx serves from.
  const client = path.join(fs.realpathSync(path.join(e2eEnv.BUILDS_DIR, 'current')), 'client')
  const files = fs.readdirSync(client, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
  expect(files.length).toBeGreaterThan(20)
  const leaking = files
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => keys.some((key) => fs.readFileSync(file).includes(key)))
  expect(leaking).toEqual([])
  for (const page of ['/', '/tim-kiem?q=ho+chieu', '/en/tim-kiem?q=passport', '/api/search?q=ho+chieu', '/gop-y', '/en']) {
    const res = await request.get(page)
    expect(res.status(), page).toBe(200)
    const text = await res.text()
    for (const key of keys) expect(text, page).not.toContain(key)
  }
})
