/**
 * `npm run bench:upload [-- --runs 3] [--only pdf-1,scan-5]`: the time from uploading a signed file to its text being
 * on the public page (an article's anchor) and in search (a phrase of that article finding the document), for each
 * kind of file: born-digital PDF of 1 and 20 pages, DOCX, DOC, and scans of 1 and 5 pages read by OCR. Figures (the
 * median of `--runs`) go to `docs/benchmarks.md` under "Upload to page".
 *
 * @remarks Issue 22's target: within a minute, seconds for born-digital files. The stack is the demo seed's, started
 * as `npm start` starts one (`siteDatasets.ts`) and stopped at the end. Each run attaches the file to a new published
 * legal document with no text typed, as a clerk would, measures, then deletes both and waits for the site to settle,
 * so runs do not overlap. Files come from `@congkhai/cms/testing/sample-uploads` (the e2e tests send the same ones).
 */
import os from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { setTimeout as sleep } from 'node:timers/promises'
import { installationSecrets } from '@congkhai/contracts/installation-secrets'
import { alqacLaw, CLEAN_SCAN, firstPages } from '@congkhai/cms/extraction/fixtures'
import { ExtractionFixtures, sampleDecisionSource, UPLOAD_FORMATS, type SourceDocument } from '@congkhai/cms/testing/sample-uploads'
import { writeBenchmarkSection } from '../scripts/lib/benchmarksFile'
import { waitForSiteSettled } from '../scripts/lib/siteReady'
import { startSiteDataset, type SiteDataset } from './siteDatasets'

const repoRoot = resolve(import.meta.dirname, '..')
const law = alqacLaw(resolve(repoRoot, '../shared/data/alqac2023-legal-retrieval'), 'Luật Cư trú 2020')
const format = (name: string) => UPLOAD_FORMATS.find((f) => f.name === name)!

/** The files measured: what they are made of, and how. */
const CASES = [
  { id: 'pdf-1', format: format('pdf'), pages: 1, doc: sampleDecisionSource, make: (f: ExtractionFixtures) => f.pdf(sampleDecisionSource) },
  { id: 'pdf-20', format: format('pdf'), pages: 20, doc: law, make: async (f: ExtractionFixtures) => firstPages(await f.pdf(law), 20) },
  { id: 'docx', format: format('docx'), pages: 1, doc: sampleDecisionSource, make: (f: ExtractionFixtures) => f.docx(sampleDecisionSource) },
  { id: 'doc', format: format('doc'), pages: 1, doc: sampleDecisionSource, make: (f: ExtractionFixtures) => f.doc(sampleDecisionSource) },
  { id: 'scan-1', format: format('scan'), pages: 1, doc: sampleDecisionSource, make: (f: ExtractionFixtures) => f.scan(sampleDecisionSource, CLEAN_SCAN) },
  { id: 'scan-5', format: format('scan'), pages: 5, doc: law, make: (f: ExtractionFixtures) => f.scan(law, CLEAN_SCAN, 5) },
] as const
type Case = (typeof CASES)[number]

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, only: { type: 'string' } } })
const RUNS = Math.max(1, Number(values.runs))
const only = values.only?.split(',')
const TIMEOUT_MS = 5 * 60_000
const TARGET_SECONDS = { bornDigital: 10, any: 60 }

/** Words 6 to 14 of the longest paragraph of Điều 2: a phrase of that article unlikely to be anywhere else. */
function articleTwoPhrase(doc: SourceDocument): string {
  const start = doc.paragraphs.findIndex((p) => /^Điều 2\./.test(p))
  const next = doc.paragraphs.findIndex((p, i) => i > start && /^Điều \d+\./.test(p))
  const body = doc.paragraphs.slice(start + 1, next)
  const longest = body.reduce((a, b) => (b.length > a.length ? b : a), '')
  return longest.replace(/^[\d.a-zđ)]+\s+/u, '').split(/\s+/).slice(5, 14).join(' ')
}

/** Polls `check` every 250 ms until it holds; the seconds since `started`. */
async function until(started: number, what: string, check: () => Promise<boolean>): Promise<number> {
  for (const deadline = started + TIMEOUT_MS; Date.now() < deadline; await sleep(250)) if (await check()) return (Date.now() - started) / 1000
  throw new Error(`bench:upload: ${what} not seen within ${TIMEOUT_MS / 1000} s`)
}

/** One upload: seconds to the page and to search, and whether the search hit led to the article's anchor. */
async function measure(stack: SiteDataset, token: string, c: Case, file: Buffer) {
  const headers = { authorization: `JWT ${token}` }
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type: c.format.mimeType }), `bench-${c.id}.${c.format.extension}`)
  form.append('_payload', '{}')
  const started = Date.now()
  const upload = await fetch(`${stack.cms}/api/media`, { method: 'POST', headers, body: form })
  if (upload.status !== 201) throw new Error(`bench:upload: upload ${upload.status} ${await upload.text()}`)
  const media = ((await upload.json()) as { doc: { id: number } }).doc.id
  const created = await fetch(`${stack.cms}/api/legal-documents`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      number: `${Date.now() % 100000}/2026/QĐ-BENCH`,
      title: c.doc.title,
      documentType: 'quyet-dinh',
      validity: 'con-hieu-luc',
      issuer: 'UBND tỉnh',
      issuedDate: '2026-11-01',
      attachments: [media],
      _status: 'published',
    }),
  })
  if (created.status !== 201) throw new Error(`bench:upload: legal document ${created.status} ${await created.text()}`)
  const { id, slug } = ((await created.json()) as { doc: { id: number; slug: string } }).doc
  try {
    const page = await until(started, 'Điều 2 on the page', async () => (await (await fetch(`${stack.base}/van-ban/${slug}`)).text()).includes('id="dieu-2"'))
    let url: string | undefined
    const q = articleTwoPhrase(c.doc)
    const search = await until(started, `"${q}" in search`, async () => {
      const res = await fetch(`${stack.base}/api/search?${new URLSearchParams({ q, type: 'legal-document', facets: 'none' })}`)
      const { hits } = (await res.json()) as { hits: { url: string }[] }
      url = hits.map((hit) => hit.url).find((u) => u.startsWith(`/van-ban/${slug}`))
      return url !== undefined
    })
    return { page, search, toArticle: url === `/van-ban/${slug}#dieu-2` }
  } finally {
    await fetch(`${stack.cms}/api/legal-documents/${id}`, { method: 'DELETE', headers })
    await fetch(`${stack.cms}/api/media/${media}`, { method: 'DELETE', headers })
    await waitForSiteSettled(stack.base, { timeoutMs: TIMEOUT_MS })
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const fixtures = new ExtractionFixtures()
const cases = CASES.filter((c) => !only || only.includes(c.id))
console.log('bench:upload: making the files (first run: Chromium prints, 300 dpi scans)…')
const files = new Map<string, Buffer>()
for (const c of cases) files.set(c.id, await c.make(fixtures))
await fixtures.close()

const loadBefore = os.loadavg().map((x) => x.toFixed(2)).join(' ')
const stack = await startSiteDataset('seed')
const rows: string[] = []
try {
  const login = await fetch(`${stack.cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@congkhai.local', password: installationSecrets(stack.dataDir).ADMIN_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  for (const c of cases) {
    const runs: Awaited<ReturnType<typeof measure>>[] = []
    for (let i = 0; i < RUNS; i++) {
      runs.push(await measure(stack, token, c, files.get(c.id)!))
      console.log(`bench:upload: ${c.id} run ${i + 1}: page ${runs.at(-1)!.page.toFixed(1)} s, search ${runs.at(-1)!.search.toFixed(1)} s`)
    }
    const page = median(runs.map((r) => r.page))
    const search = median(runs.map((r) => r.search))
    const target = c.format.name === 'scan' ? TARGET_SECONDS.any : TARGET_SECONDS.bornDigital
    const met = Math.max(page, search) <= target ? 'met' : '**not met**'
    rows.push(
      `| ${c.format.label}, ${c.pages} page${c.pages > 1 ? 's' : ''} (${c.doc === law ? law.title : 'sample decision'}) | ${(files.get(c.id)!.length / 1024).toFixed(0)} kB | ${page.toFixed(1)} s | ${search.toFixed(1)} s | ${runs.map((r) => Math.max(r.page, r.search).toFixed(1)).join(', ')} s | ${runs.every((r) => r.toArticle) ? 'yes' : `${runs.filter((r) => r.toArticle).length}/${runs.length}`} | ≤ ${target} s: ${met} |`,
    )
  }
} finally {
  await stack.stop()
}

const body = `Measured by \`npm run bench:upload\` (\`benchmarks/uploadBench.ts\`) on ${new Date().toISOString().slice(0, 10)}: the demo seed's stack started as \`npm start\` starts one, on ${os.cpus().length} cores **shared with other work** (load average before: ${loadBefore}), so the figures are upper bounds. Each run uploads the file (\`POST /api/media\`), attaches it to a new published legal document with no text typed, and polls every 250 ms until the public page has Điều 2's anchor and until a search for a phrase of Điều 2 finds the document; median of ${RUNS} runs. Target (issue 22): within a minute; seconds for born-digital files (read here as ≤ ${TARGET_SECONDS.bornDigital} s).

| File | Size | Upload to page | Upload to search | Each run (both seen) | Hit leads to #dieu-2 | Target |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`
await writeBenchmarkSection(join(repoRoot, 'docs/benchmarks.md'), 'Upload to page', body)
console.log(body)
