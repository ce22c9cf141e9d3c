/**
 * `npm run bench:site [-- --base http://localhost:4321]`: runs Lighthouse (mobile, Debian Chromium) on every main page
 * type of the public site, in Vietnamese and English, and writes each page's four scores, its transferred bytes and
 * its JavaScript into `docs/benchmarks.md` under "Public site".
 *
 * @remarks Without `--base` it starts its own stack on the demo seed (ports 3200/4500/54349, data in `.data/bench-site`,
 * kept between runs), exactly as `npm start` does, and stops it at the end.
 */
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import lighthouse, { type Result } from 'lighthouse'
import { writeBenchmarkSection } from '../scripts/lib/benchmarksFile'
import { freePort, startService, stopService, waitForHttp } from '../scripts/lib/processes'
import { inlineScriptBytes, pageWeight, type PageWeight } from './pageWeight'

const TARGETS = { score: 100, totalKb: 60, scriptKb: 10 }
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const repoRoot = resolve(import.meta.dirname, '..')
const { values } = parseArgs({ options: { base: { type: 'string' }, runs: { type: 'string', default: '3' } } })
/** Lighthouse runs per page; the table reports the median run, as Lighthouse's own docs advise for noisy machines. */
const RUNS = Math.max(1, Number(values.runs))

const loadAverage = async () => (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
const loadBefore = await loadAverage()

/** Starts the demo stack on the benchmark's own ports and resolves with its site URL once it serves a build. */
async function startStack() {
  const dataDir = join(repoRoot, '.data/bench-site')
  const env = {
    DATA_DIR: dataDir,
    POSTGRES_PORT: '54349',
    CMS_PORT: '3200',
    CMS_URL: 'http://localhost:3200',
    SITE_PORT: '4500',
    SITE_URL: 'http://localhost:4500',
    PUBLISH_WEBHOOK_URL: 'http://localhost:4500/_internal/publish',
    BUILDS_DIR: join(dataDir, 'site-builds'),
    SEARCH_SNAPSHOT_PATH: join(dataDir, 'search/index.json'),
  }
  console.log('bench:site: starting the demo stack (first run: migrations, seed and builds take a few minutes)…')
  const stack = startService('stack', process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/start.ts')], {
    cwd: repoRoot,
    env,
    filter: (line) => /\[start\]|error|Error/.test(line),
  })
  await waitForHttp(`${env.SITE_URL}/_internal/status`, 20 * 60_000)
  return { stack, base: env.SITE_URL }
}

/** The first entry of the list on `listPath` (past its filters and feed links): a detail page to score. */
async function firstDetail(base: string, listPath: string, prefix: string): Promise<string> {
  const html = await (await fetch(base + listPath)).text()
  const list = html.slice(Math.max(0, html.indexOf('class="list"')))
  const match = new RegExp(`href="(${prefix}/[^"/?#]+)"`).exec(list)
  if (!match) throw new Error(`bench:site: no link to ${prefix}/… on ${listPath}`)
  return match[1]!
}

interface Scored {
  name: string
  path: string
  scores: Record<(typeof CATEGORIES)[number], number>
  weight: PageWeight
  failing: string[]
  performanceRuns: number[]
}

const stack = values.base ? undefined : await startStack()
const base = values.base ?? stack!.base
const port = await freePort()
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    `--remote-debugging-port=${port}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
try {
  const procedure = await firstDetail(base, '/thu-tuc', '/thu-tuc')
  const document = await firstDetail(base, '/van-ban', '/van-ban')
  const article = await firstDetail(base, '/tin-tuc', '/tin-tuc')
  const pages: [string, string][] = [
    ['Home', '/'],
    ['Procedures', '/thu-tuc'],
    ['Procedure', procedure],
    ['Legal documents', '/van-ban'],
    ['Legal document', document],
    ['News', '/tin-tuc'],
    ['News article', article],
    ['Search results', '/tim-kiem?q=ho+chieu'],
    ['Feedback form', '/gop-y'],
    ['Contact', '/lien-he'],
    ['Open data', '/du-lieu'],
    ['Site map', '/so-do-trang'],
    ['Home (English)', '/en/'],
    ['Procedure (English)', `/en${procedure}`],
    ['Legal document (English)', `/en${document}`],
  ]
  const scored: Scored[] = []
  for (const [i, [name, path]] of pages.entries()) {
    console.log(`bench:site: [${i + 1}/${pages.length}] Lighthouse ${path} (${RUNS} runs)`)
    const runs: Result[] = []
    for (let run = 0; run < RUNS; run++) {
      const runner = await lighthouse(base + path, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
      if (!runner) throw new Error(`bench:site: Lighthouse returned nothing for ${path}`)
      if (runner.lhr.runtimeError) throw new Error(`bench:site: Lighthouse failed on ${path}: ${runner.lhr.runtimeError.message}`)
      runs.push(runner.lhr)
    }
    const performanceOf = (r: Result) => Math.round((r.categories.performance?.score ?? 0) * 100)
    // The median run by performance; the other three categories do not vary between runs of a static page.
    const lhr = [...runs].sort((a, b) => performanceOf(a) - performanceOf(b))[Math.floor(runs.length / 2)]!
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scored['scores']
    // What keeps a score below 100, so the table says what to fix rather than only that something is wrong.
    const failing = CATEGORIES.filter((c) => scores[c] < TARGETS.score).flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id),
    )
    const weight = pageWeight(lhr)
    weight.scriptBytes += inlineScriptBytes(await (await fetch(base + path)).text())
    scored.push({ name, path, scores, weight, failing, performanceRuns: runs.map(performanceOf) })
  }

  const kb = (bytes: number) => (bytes / 1024).toFixed(1)
  const met = (ok: boolean) => (ok ? 'met' : '**not met**')
  const rows = scored.map(({ name, path, scores, weight, failing, performanceRuns }) => {
    const all100 = CATEGORIES.every((c) => scores[c] === TARGETS.score)
    const light = weight.totalBytes <= TARGETS.totalKb * 1024 && weight.scriptBytes <= TARGETS.scriptKb * 1024
    const note = failing.length > 0 ? ` (below 100: ${failing.join(', ')})` : ''
    return `| ${name} | \`${path}\` | ${CATEGORIES.map((c) => scores[c]).join(' / ')} | ${performanceRuns.join(', ')} | ${kb(weight.totalBytes)} kB | ${kb(weight.scriptBytes)} kB | ${weight.requests} | ${met(all100)}${note}; ${met(light)} |`
  })
  const chromiumVersion = browser.version()
  const body = [
    `\`npm run bench:site\`, ${new Date().toISOString().slice(0, 10)}. Lighthouse ${runnerVersion()} with its default mobile`,
    `settings (emulated Moto G Power, simulated slow 4G), Debian Chromium ${chromiumVersion}, against the demo seed served by`,
    `\`npm start\`'s site server (Node, no compression) on loopback. Load average before / after: ${loadBefore} / ${await loadAverage()}.`,
    '',
    `Each page is measured ${RUNS} times; scores are those of the median run by performance (Lighthouse's advice for`,
    'variable machines), in the order performance / accessibility / best practices / SEO, and every run\'s performance',
    'score is listed beside them. Transferred is every byte the page loaded (HTML, CSS,',
    'scripts, images, fonts) as Lighthouse counted it; JS is the scripts among them plus the scripts written into the HTML',
    '(Astro inlines small ones; they are counted twice, in both columns).',
    `Targets: all four scores ${TARGETS.score}; at most ${TARGETS.totalKb} kB transferred and ${TARGETS.scriptKb} kB of JavaScript.`,
    '',
    '| Page type | Example | Scores (median run) | Performance, each run | Transferred | JS | Requests | Scores 100; weight |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
  await writeBenchmarkSection(join(repoRoot, 'docs/benchmarks.md'), 'Public site', body)
  console.log(body)
} finally {
  await browser.close()
  if (stack) await stopService(stack.stack, 30_000)
}

function runnerVersion(): string {
  return (JSON.parse(readFileSync(join(repoRoot, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version
}
