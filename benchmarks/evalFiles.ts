/**
 * `npm run eval:files [-- --long-scan-pages 100] [-- --skip-search]`: measures text extraction from files (issue 22)
 * and writes the figures into `docs/benchmarks.md` under "Text from files".
 *
 * @remarks Files are generated from real text (the demo seed's legal documents and ALQAC laws in
 * `<repo>/../shared/data`) by `@congkhai/cms/extraction/fixtures` and cached in `.data/extraction-fixtures`. The
 * long-scan run OCRs every page (about 10 s a page on a quiet core): pass a smaller `--long-scan-pages` to try it.
 * `--alqac-scans [--laws N]` measures search relevance from clean scans of the ALQAC laws instead, and only that
 * (`files/evalScannedLaws.ts`).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { extractText, type ExtractionResult } from '@congkhai/cms/extraction'
import {
  alqacLaw,
  characterErrorRate,
  CLEAN_SCAN,
  comparableText,
  ExtractionFixtures,
  firstCharacters,
  firstPages,
  NOISY_SCAN,
  seedSourceDocuments,
  sourceText,
  type SourceDocument,
} from '@congkhai/cms/extraction/fixtures'
import { writeBenchmarkSection } from '../scripts/lib/benchmarksFile'
import { evalScannedLaws } from './files/evalScannedLaws'
import { searchFromFiles } from './files/searchFromFiles'

const repoRoot = resolve(import.meta.dirname, '..')
const dataDir = resolve(repoRoot, '../shared/data/alqac2023-legal-retrieval')
const { values } = parseArgs({
  options: {
    'long-scan-pages': { type: 'string', default: '100' },
    'skip-search': { type: 'boolean', default: false },
    'alqac-scans': { type: 'boolean', default: false },
    laws: { type: 'string' },
  },
})
const LONG_SCAN_PAGES = Number(values['long-scan-pages'])
const TARGETS = { bornDigital: 0.005, legacy: 0.01, ocrClean: 0.03, ocrNoisy: 0.08, twentyPagesSeconds: 2, searchBornDigital: 0.02 }
const fixtures = new ExtractionFixtures()
const percent = (x: number) => `${(x * 100).toFixed(2)} %`
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**')
const loadBefore = os.loadavg().map((x) => x.toFixed(2)).join(' ')

if (values['alqac-scans']) {
  try {
    await evalScannedLaws({ repoRoot, dataDir, fixtures, laws: values.laws })
  } finally {
    await fixtures.close()
  }
  process.exit(0)
}

function text(result: ExtractionResult, what: string): Extract<ExtractionResult, { status: 'done' }> {
  if (result.status !== 'done') throw new Error(`eval:files: ${what}: ${JSON.stringify(result)}`)
  return result
}

/** Character error rate over a set of documents (edits summed over characters summed), and the worst document's. */
async function errorRate(docs: SourceDocument[], make: (doc: SourceDocument) => Promise<Buffer>, filename: string) {
  let edits = 0
  let characters = 0
  let worst = 0
  const encodings = new Map<string, number>()
  for (const doc of docs) {
    const result = text(await extractText({ data: await make(doc), filename }), `${doc.id} ${filename}`)
    const reference = sourceText(doc)
    const rate = characterErrorRate(reference, result.text)
    const length = comparableText(reference).length
    edits += rate * length
    characters += length
    worst = Math.max(worst, rate)
    const encoding = result.legacyEncoding ?? 'none'
    encodings.set(encoding, (encodings.get(encoding) ?? 0) + 1)
  }
  return { rate: edits / characters, worst, documents: docs.length, characters, encodings }
}

console.log('eval:files: generating files (first run: Chromium prints, 300 dpi scans)…')
const lawNames = ['Luật Tiếp cận thông tin 2016', 'Luật Thanh niên 2020', 'Luật Cư trú 2020']
const corpus = [...seedSourceDocuments(), ...lawNames.map((law) => alqacLaw(dataDir, law))]

const formats = [
  { name: 'PDF printed by Chromium', file: 'a.pdf', make: (d: SourceDocument) => fixtures.pdf(d), target: TARGETS.bornDigital, expect: 'none' },
  { name: 'DOCX (docx library)', file: 'a.docx', make: (d: SourceDocument) => fixtures.docx(d), target: TARGETS.bornDigital, expect: 'none' },
  { name: 'DOC (Word 97 binary)', file: 'a.doc', make: (d: SourceDocument) => fixtures.doc(d), target: TARGETS.bornDigital, expect: 'none' },
  { name: 'PDF in TCVN3 (.VnTime)', file: 'a.pdf', make: (d: SourceDocument) => fixtures.pdf(d, 'tcvn3'), target: TARGETS.legacy, expect: 'tcvn3' },
  { name: 'PDF in VNI', file: 'a.pdf', make: (d: SourceDocument) => fixtures.pdf(d, 'vni'), target: TARGETS.legacy, expect: 'vni' },
]
const cerRows: string[] = []
let falseConversions = 0
for (const format of formats) {
  console.log(`eval:files: ${format.name}…`)
  const r = await errorRate(corpus, format.make, format.file)
  const wrong = corpus.length - (r.encodings.get(format.expect) ?? 0)
  if (format.expect === 'none') falseConversions += wrong
  cerRows.push(
    `| ${format.name} | ${r.documents} (${r.characters.toLocaleString('en')} chars) | ${percent(r.rate)} | ${percent(r.worst)} | ≤ ${percent(format.target)} | ${format.expect === 'none' ? `${wrong} converted` : `${r.documents - wrong}/${r.documents} detected`} | ${verdict(r.rate <= format.target && wrong === 0)} |`,
  )
}

console.log('eval:files: OCR of clean and noisy 300 dpi scans…')
const ocrDoc = firstCharacters(alqacLaw(dataDir, 'Luật Tiếp cận thông tin 2016'), 9000)
const ocrRows: string[] = []
const ocrSecondsPerPage: number[] = []
for (const [name, damage, target] of [['clean', CLEAN_SCAN, TARGETS.ocrClean], ['noisy (noise, blur, 1.5° skew, specks)', NOISY_SCAN, TARGETS.ocrNoisy]] as const) {
  const scan = await fixtures.scan(ocrDoc, damage)
  const started = performance.now()
  const result = text(await extractText({ data: scan, filename: 'scan.pdf' }), `scan ${name}`)
  const seconds = (performance.now() - started) / 1000
  ocrSecondsPerPage.push(seconds / result.ocrPages)
  const rate = characterErrorRate(sourceText(ocrDoc), result.text)
  ocrRows.push(`| ${name} | ${result.pages} | ${percent(rate)} | ≤ ${percent(target)} | ${(seconds / result.ocrPages).toFixed(1)} s | ${verdict(rate <= target)} |`)
}

console.log('eval:files: a 20-page born-digital PDF…')
const twenty = await firstPages(await fixtures.pdf(alqacLaw(dataDir, 'Luật Cư trú 2020')), 20)
const cold = performance.now()
text(await extractText({ data: twenty, filename: 'a.pdf' }), '20 pages')
const coldSeconds = (performance.now() - cold) / 1000
const runs: number[] = []
for (let i = 0; i < 5; i++) {
  const started = performance.now()
  text(await extractText({ data: twenty, filename: 'a.pdf' }), '20 pages')
  runs.push((performance.now() - started) / 1000)
}
const twentySeconds = runs.sort((a, b) => a - b)[2]!

console.log(`eval:files: a ${LONG_SCAN_PAGES}-page scan in a child process (OCR of every page)…`)
const longScan = await fixtures.longScan(ocrDoc, CLEAN_SCAN, LONG_SCAN_PAGES)
const longFile = join(fixtures.dir, `long-scan-${LONG_SCAN_PAGES}.pdf`)
await writeFile(longFile, longScan)
const child = [process.execPath, '--import', 'tsx', join(import.meta.dirname, 'files/extractChild.ts'), longFile]
const timed = existsSync('/usr/bin/time')
const run = spawnSync(timed ? '/usr/bin/time' : child[0]!, timed ? ['-f', 'maxrss-kb %M', ...child] : child.slice(1), { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
if (run.status !== 0) throw new Error(`eval:files: the long-scan child failed: ${run.stderr}`)
const long = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { status: string; pages: number; ocrPages: number; seconds: number; baselineRssKb: number; maxRssKb: number }
const anyProcessKb = Number(/maxrss-kb (\d+)/.exec(run.stderr)?.[1]) || undefined

let searchRows = ['| not measured (`--skip-search`) | | | | |']
if (!values['skip-search']) {
  console.log('eval:files: search on ALQAC with each law only in its PDF…')
  const s = await searchFromFiles(dataDir, fixtures)
  const ok = s.typed.recall - s.fromPdf.recall <= TARGETS.searchBornDigital && s.typed.mrr - s.fromPdf.mrr <= TARGETS.searchBornDigital
  searchRows = [
    `| typed text (ALQAC corpus) | ${s.articles.typed} | ${s.typed.recall.toFixed(3)} | ${s.typed.mrr.toFixed(3)} | |`,
    `| text extracted from Chromium-printed PDFs | ${s.articles.fromPdf} | ${s.fromPdf.recall.toFixed(3)} | ${s.fromPdf.mrr.toFixed(3)} | within ${TARGETS.searchBornDigital}: ${verdict(ok)} |`,
    '| text OCRed from clean scans | | | | see "Search relevance from scanned laws" (`--alqac-scans`: about 1,000 pages of OCR, cached per law) |',
  ]
}
await fixtures.close()

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`
const body = `Measured by \`npm run eval:files\` (\`benchmarks/evalFiles.ts\`) on ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores shared with other work (load average before: ${loadBefore}). Files are generated from real text by \`@congkhai/cms/extraction/fixtures\`: ${seedSourceDocuments().length} demo-seed legal documents and ${lawNames.join(', ')} (ALQAC 2023). Character error rate (CER) = edits ÷ characters of the source text, white space collapsed.

### Character error rate by format

| Format | Documents | CER | Worst document | Target | Encoding found | Target met |
| --- | --- | --- | --- | --- | --- | --- |
${cerRows.join('\n')}

Unicode documents wrongly "converted" from a legacy encoding, over all Unicode files above: ${falseConversions} (target 0: ${verdict(falseConversions === 0)}).

### OCR (Tesseract 5, \`-l vie\`, 300 dpi scans, pages rendered at 200 dpi for OCR)

${ocrDoc.paragraphs.length} paragraphs of Luật Tiếp cận thông tin 2016, scanned as image-only PDFs.

| Scan | Pages | CER | Target | OCR time per page | Target met |
| --- | --- | --- | --- | --- | --- |
${ocrRows.join('\n')}

### Time and memory

| Measure | Figure | Target |
| --- | --- | --- |
| 20-page born-digital PDF (Luật Cư trú 2020), median of 5 | ${twentySeconds.toFixed(2)} s (first call, loading pdf.js: ${coldSeconds.toFixed(2)} s) | ≤ 2 s: ${verdict(twentySeconds <= TARGETS.twentyPagesSeconds)} |
| OCR per page | ${ocrSecondsPerPage.map((s) => s.toFixed(1)).join(' s, ')} s (clean, noisy); ${(long.seconds / Math.max(1, long.ocrPages)).toFixed(1)} s over the ${long.pages}-page scan | |
| ${long.pages}-page scan, whole job (${long.status}, ${long.ocrPages} pages OCRed in ${(long.seconds / 60).toFixed(1)} min): peak RSS of the Node process | ${mb(long.maxRssKb)}, of which ${mb(long.baselineRssKb)} before the job began (Node, tsx and pdf.js loaded; pdf.js under plain Node is about 100 MB) | bounded: one page at a time |
| the same, peak RSS of any process of the job (Tesseract included) | ${anyProcessKb ? mb(anyProcessKb) : 'not measured (no /usr/bin/time)'} | |

### Search on ALQAC when each law exists only as its file

Recall@10 and MRR@10 of the engine on the ${'173'} shared ALQAC queries, the extracted text cut into articles at its "Điều N." headings.

| Corpus | Articles | Recall@10 | MRR@10 | Target |
| --- | --- | --- | --- | --- |
${searchRows.join('\n')}
`
await writeBenchmarkSection(join(repoRoot, 'docs/benchmarks.md'), 'Text from files', body)
console.log(body)
