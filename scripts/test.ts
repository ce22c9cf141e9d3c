/**
 * `npm test`: the system packages the tests need (installed with apt as root, otherwise the command to run), type
 * checks, unit and integration tests (vitest), then the end-to-end tests (Playwright in Debian's Chromium), and one
 * closing line `tests: N passed, N failed, N skipped` over both. Exits non-zero if anything failed.
 *
 * @remarks `--prerequisites-only` stops after the first step.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ensureTestPrerequisites } from './lib/testPrerequisites'

const root = path.resolve(import.meta.dirname, '..')
const prerequisitesOnly = process.argv.includes('--prerequisites-only')
if (!ensureTestPrerequisites()) process.exit(1)
if (prerequisitesOnly) process.exit(0)
const out = path.join(root, 'test-results')
fs.mkdirSync(out, { recursive: true })
const bin = (pkg: string, file: string) => path.join(root, 'node_modules', pkg, file)
const extra = process.argv.slice(2)

interface Tally {
  passed: number
  failed: number
  skipped: number
}

function run(args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status ?? 1
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

const vitestJson = path.join(out, 'vitest.json')
const playwrightJson = path.join(out, 'playwright.json')
fs.rmSync(vitestJson, { force: true })
fs.rmSync(playwrightJson, { force: true })

// Types first: a type error in the root package (its config files, scripts/, e2e/, benchmarks/), search, contracts, cms
// or site fails the run. site/ goes through `astro check`, which checks its .astro and .ts files against
// site/tsconfig.json; its hints are left out.
const tsc = (project: string) => run([bin('typescript', 'bin/tsc'), '--noEmit', '-p', project])
const astroCheck = () => run([bin('astro', 'bin/astro.mjs'), 'check', '--root', 'site', '--minimumSeverity', 'warning'], { ASTRO_TELEMETRY_DISABLED: '1' })
const typecheckCode = [() => tsc('tsconfig.json'), () => tsc('search/tsconfig.json'), () => tsc('contracts/tsconfig.json'), () => tsc('cms/tsconfig.json'), astroCheck].reduce(
  (code, check) => check() || code,
  0,
)
if (typecheckCode !== 0) console.error('typecheck failed')
const vitestCode = run([bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`, ...extra])
// Read before Playwright starts: it empties its output folder.
const v = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(vitestJson)
const playwrightCode = run([bin('@playwright/test', 'cli.js'), 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson })

const tally: Tally = { passed: 0, failed: 0, skipped: 0 }
const p = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(playwrightJson)
add(vitestCode, v && { passed: v.numPassedTests, failed: v.numFailedTests, skipped: v.numPendingTests + v.numTodoTests })
add(playwrightCode, p && { passed: p.stats.expected + p.stats.flaky, failed: p.stats.unexpected, skipped: p.stats.skipped })

/** Adds a runner's counts; a runner that failed without a failed test (set-up, server start) counts as one failure. */
function add(code: number, counts: Tally | undefined) {
  tally.passed += counts?.passed ?? 0
  tally.skipped += counts?.skipped ?? 0
  tally.failed += code !== 0 && !counts?.failed ? 1 : (counts?.failed ?? 0)
}

if (typecheckCode !== 0) tally.failed++
console.log(`tests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`)
process.exit(typecheckCode !== 0 || vitestCode !== 0 || playwrightCode !== 0 || tally.failed > 0 ? 1 : 0)
