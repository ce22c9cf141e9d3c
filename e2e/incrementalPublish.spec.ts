import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { adminHeaders, published, publishHeaders } from './support'

const cms = e2eEnv.CMS_URL

interface Status {
  runs: { incremental: number; full: number }
  health: { build: { id: string } | null }
  lastPatch?: { rendered: number; durationMs: number; first?: { pages: number; liveMs: number } }
  incremental?: 'ready' | 'loading' | 'unavailable'
  state: string
}

const status = async (request: APIRequestContext) => (await (await request.get('/_internal/status')).json()) as Status

/**
 * Every file of a build's public output, by path, with what differs between two builds of the same content blanked
 * (precompressed copies decoded).
 */
function snapshot(buildId: string): Map<string, string> {
  const root = path.join(e2eEnv.BUILDS_DIR, buildId, 'client')
  const files = new Map<string, string>()
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    let body = fs.readFileSync(file)
    // A precompressed copy is compared by what it decodes to, which must be the file beside it: a stale copy would
    // give brotli and gzip clients another version of the page.
    const copy = /\.(br|gz)$/.exec(entry.name)
    if (copy) {
      body = copy[1] === 'br' ? zlib.brotliDecompressSync(body) : zlib.gunzipSync(body)
      expect(body.equals(fs.readFileSync(file.slice(0, -copy[0].length))), `${file} decodes to the file beside it`).toBe(true)
    }
    // Open-data downloads say when they were generated.
    files.set(path.relative(root, file), body.toString('utf8').replace(/"generatedAt": "[^"]*"/g, '"generatedAt": ""'))
  }
  return files
}

/** Requests `urls` over and over until stopped, and returns every answer that was not 200. */
function hammer(request: APIRequestContext, urls: string[]): { stop: () => Promise<string[]>; count: () => number } {
  const failures: string[] = []
  let running = true
  let count = 0
  const loop = async () => {
    while (running) {
      for (const url of urls) {
        const res = await request.get(url, { maxRedirects: 0 })
        count++
        if (res.status() !== 200) failures.push(`${url} → ${res.status()}`)
      }
    }
  }
  const loops = [loop(), loop()]
  return {
    count: () => count,
    stop: async () => {
      running = false
      await Promise.all(loops)
      return failures
    },
  }
}

test('incremental publishes leave the site exactly as a full build would, with no 404 or 5xx while they land', async ({ request }) => {
  test.setTimeout(8 * 60_000)
  await published(request)
  const headers = await adminHeaders(request)
  const run = `${Date.now() % 100000}`

  // A procedure citing a legal document: editing the document must reach the procedure's page too.
  const cited = (await (await request.get(`${cms}/api/procedures?where[legalBasis][exists]=true&limit=1&depth=1`)).json()) as {
    docs: { id: number; code: string; name: string; legalBasis: { id: number; slug: string; title: string }[] }[]
  }
  const procedure = cited.docs[0]
  const doc = procedure.legalBasis[0]
  const news = ((await (await request.get(`${cms}/api/news?limit=1`)).json()) as { docs: { id: number; slug: string }[] }).docs[0]
  const urls = ['/', '/van-ban', '/en/van-ban', `/van-ban/${doc.slug}`, `/en/van-ban/${doc.slug}`, `/thu-tuc/${procedure.code}`, '/thu-tuc', `/tin-tuc/${news.slug}`, '/sitemap.xml', '/du-lieu/van-ban.json', '/tin-tuc/feed.xml']
  for (const url of urls) expect((await request.get(url)).status(), url).toBe(200)

  const before = await status(request)
  const client = hammer(request, urls)
  let patchedBuild = ''
  let incremental = new Map<string, string>()
  try {
    // An edit that changes a facet (validity), a new document amending it, a procedure renamed.
    const edit = await request.patch(`${cms}/api/legal-documents/${doc.id}`, { headers, data: { title: `${doc.title} (sửa ${run})`, validity: 'het-hieu-luc-mot-phan' } })
    expect(edit.ok(), await edit.text()).toBeTruthy()
    // The document's own pages (Vietnamese and English) were written ahead of the lists and pages it appears on.
    await published(request)
    const { lastPatch } = await status(request)
    expect(lastPatch?.first?.pages, JSON.stringify(lastPatch)).toBeGreaterThanOrEqual(2)
    expect(lastPatch!.first!.liveMs).toBeLessThanOrEqual(lastPatch!.durationMs)
    expect(lastPatch!.rendered).toBeGreaterThan(2)
    const create = (number: string) =>
      request.post(`${cms}/api/legal-documents`, {
        headers,
        data: { number, title: `Quyết định thử ${run}`, documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'UBND tỉnh', issuedDate: '2026-11-20', amends: [doc.id], _status: 'published' },
      })
    const amending = (await (await create(`${run}/2026/QĐ-UBND`)).json()) as { doc: { id: number; slug: string } }
    const renamed = await request.patch(`${cms}/api/procedures/${procedure.id}`, { headers, data: { name: `${procedure.name} (sửa ${run})` } })
    expect(renamed.ok(), await renamed.text()).toBeTruthy()
    await published(request)
    expect((await request.get(`/van-ban/${doc.slug}`)).status()).toBe(200)
    expect(await (await request.get(`/van-ban/${amending.doc.slug}`)).text()).toContain(`Quyết định thử ${run}`)
    expect(await (await request.get(`/thu-tuc/${procedure.code}`)).text()).toContain(`(sửa ${run})`)

    // Then an unpublish, a deletion and a news edit.
    const other = (await (await create(`${run}b/2026/QĐ-UBND`)).json()) as { doc: { id: number; slug: string } }
    await published(request)
    expect((await request.get(`/van-ban/${other.doc.slug}`)).status()).toBe(200)
    expect((await request.patch(`${cms}/api/legal-documents/${amending.doc.id}`, { headers, data: { _status: 'draft' } })).ok()).toBeTruthy()
    expect((await request.delete(`${cms}/api/legal-documents/${other.doc.id}`, { headers })).ok()).toBeTruthy()
    expect((await request.patch(`${cms}/api/news/${news.id}`, { headers, data: { title: `Tin thử ${run}` } })).ok()).toBeTruthy()
    await published(request)
    expect((await request.get(`/van-ban/${amending.doc.slug}`)).status()).toBe(404)
    expect((await request.get(`/van-ban/${other.doc.slug}`)).status()).toBe(404)

    const patched = await status(request)
    expect(patched.runs.full, 'no publish needed a full build').toBe(before.runs.full)
    expect(patched.runs.incremental).toBeGreaterThan(before.runs.incremental)
    expect(patched.health.build?.id).toBe(before.health.build?.id)
    patchedBuild = patched.health.build?.id as string

    // Read now: the full builds below replace it, and the older builds are removed.
    incremental = snapshot(patchedBuild)

    // A full build of the same content, swapped in while the client keeps asking; and a second one (a settings
    // change) queued behind it, which starts as soon as the first is live: it stops the first's precompression and
    // the loading of its patch thread rather than wait for them, and its own build is readied in their place.
    expect((await request.post('/_internal/publish', { data: { full: true }, headers: publishHeaders() })).status()).toBe(202)
    // Sent once the first has started: sent together, the two would be one build.
    await expect.poll(async () => (await status(request)).state, { timeout: 60_000, intervals: [100] }).not.toBe('idle')
    expect((await request.post('/_internal/publish', { data: { full: true, reindex: false }, headers: publishHeaders() })).status()).toBe(202)
    await expect.poll(async () => (await status(request)).runs.full, { timeout: 5 * 60_000 }).toBeGreaterThanOrEqual(before.runs.full + 2)
    await published(request)
    expect((await status(request)).incremental).toBe('ready')
  } finally {
    const failures = await client.stop()
    expect(failures, `answers other than 200 among ${client.count()} requests`).toEqual([])
  }

  const full = await status(request)
  const rebuilt = snapshot(full.health.build?.id as string)
  expect([...incremental.keys()].sort()).toEqual([...rebuilt.keys()].sort())
  const differing = [...rebuilt].filter(([file, body]) => incremental.get(file) !== body).map(([file]) => file)
  expect(differing, 'files the incremental publishes left different from a full build').toEqual([])
})
