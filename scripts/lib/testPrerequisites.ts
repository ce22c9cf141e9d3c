import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** A Debian package the tests use, and the files that show it is installed. */
export interface Prerequisite {
  /** The Debian package that provides it. */
  package: string
  /** Absolute paths the tests use (any one is enough), or command names looked up on `PATH`. */
  provides: string[]
  /** Which tests need it, for the line printed before installing. */
  why: string
}

/**
 * Everything `npm test` needs from the system beyond `npm ci`, one entry per Debian package.
 *
 * @remarks Absolute paths where a test uses one (Playwright launches `/usr/bin/chromium`, `scripts/lib/nginx.ts` looks
 * in `/usr/sbin` and `/usr/bin`, `e2e/validHtml.spec.ts` runs `/usr/bin/java`; Tesseract's Vietnamese model is where Debian's
 * Tesseract 5, or 4 on older releases, looks for it; PostgreSQL's server where Debian 12 (15), Ubuntu 24.04 (16) and Debian 13
 * (17) put it, `scripts/lib/debianPostgres.ts` taking the newest), so a binary of the same name
 * elsewhere on `PATH` does not hide a missing package. The HTML checker's jar comes from npm (`vnu-jar`) with its own
 * install script denied in `allowScripts`: it would download a Java runtime from GitHub.
 */
export const TEST_PREREQUISITES: readonly Prerequisite[] = [
  { package: 'chromium', provides: ['/usr/bin/chromium'], why: 'the end-to-end tests (Playwright in Debian\'s Chromium)' },
  { package: 'nginx', provides: ['/usr/sbin/nginx', '/usr/bin/nginx'], why: 'the nginx configuration tests' },
  { package: 'docker-compose', provides: ['docker-compose'], why: 'the docker-compose.yml validation (`docker-compose config -q`)' },
  { package: 'systemd', provides: ['systemd-analyze'], why: 'the systemd unit checks (`systemd-analyze verify`)' },
  { package: 'default-jre-headless', provides: ['/usr/bin/java'], why: 'the HTML checks (the Nu Html Checker, vnu-jar, runs on Java)' },
  { package: 'tesseract-ocr', provides: ['tesseract'], why: 'the OCR of scanned files (cms/src/extraction runs `tesseract` from PATH)' },
  {
    package: 'tesseract-ocr-vie',
    provides: ['/usr/share/tesseract-ocr/5/tessdata/vie.traineddata', '/usr/share/tesseract-ocr/4.00/tessdata/vie.traineddata'],
    why: "Tesseract's Vietnamese model for that OCR",
  },
  {
    package: 'postgresql',
    provides: ['15', '16', '17', '18'].map((major) => `/usr/lib/postgresql/${major}/bin/postgres`),
    why: "the external PostgreSQL test (scripts/externalPostgres.int.test.ts starts Debian's server as a cluster of its own)",
  },
]

/** What the machine looks like to the check: injected so that a test can describe a machine without nginx. */
export interface Machine {
  /** The `PATH` commands are looked up on. */
  PATH: string
  isRoot: boolean
  /** Whether `apt-get` can be run (Debian, Ubuntu). */
  hasApt: boolean
  exists(file: string): boolean
}

/** What `npm test` does before running anything. */
export type SetupPlan =
  | { action: 'run' }
  | { action: 'install'; packages: string[]; announce: string; commands: string[][] }
  | { action: 'stop'; packages: string[]; message: string }

/** The prerequisites the machine lacks. */
export function missingPrerequisites(machine: Machine, prerequisites: readonly Prerequisite[] = TEST_PREREQUISITES): Prerequisite[] {
  const dirs = machine.PATH.split(path.delimiter).filter(Boolean)
  const found = (entry: string) => (path.isAbsolute(entry) ? machine.exists(entry) : dirs.some((dir) => machine.exists(path.join(dir, entry))))
  return prerequisites.filter((p) => !p.provides.some(found))
}

/**
 * Decides what to do about missing prerequisites: nothing, install them with apt, or stop with the command to run.
 *
 * @remarks Installing needs root and apt; anywhere else the user is told the one command to run, before any test
 * starts, rather than watching every browser test fail to launch.
 */
export function planTestSetup(machine: Machine, prerequisites: readonly Prerequisite[] = TEST_PREREQUISITES): SetupPlan {
  const missing = missingPrerequisites(machine, prerequisites)
  if (missing.length === 0) return { action: 'run' }
  const packages = missing.map((p) => p.package)
  const list = packages.join(' ')
  if (machine.isRoot && machine.hasApt) {
    return {
      action: 'install',
      packages,
      announce: `[test] cài đặt ${list} bằng apt-get (installing ${list} with apt-get: needed by ${missing.map((p) => p.why).join('; ')})`,
      commands: [
        ['apt-get', 'update', '-q'],
        ['apt-get', 'install', '-y', '-q', ...packages],
      ],
    }
  }
  const command = machine.hasApt ? `sudo apt-get install -y ${list}` : `cài các gói Debian/Ubuntu ${list} (install the Debian/Ubuntu packages ${list}, or their equivalents)`
  return {
    action: 'stop',
    packages,
    message: machine.hasApt
      ? `[test] Thiếu ${list}; hãy chạy: ${command} rồi chạy lại npm test (missing ${list}; run: ${command}, then npm test again)`
      : `[test] Thiếu ${list} và máy này không có apt-get (missing ${list} and this machine has no apt-get): ${command}, rồi chạy lại npm test (then npm test again)`,
  }
}

/** This machine, as the check sees it. */
export function thisMachine(): Machine {
  const PATH = process.env.PATH ?? ''
  const exists = (file: string) => fs.existsSync(file)
  const hasApt = PATH.split(path.delimiter).some((dir) => dir && exists(path.join(dir, 'apt-get')))
  return { PATH, isRoot: process.getuid?.() === 0, hasApt, exists }
}

/**
 * Makes sure the tests' system packages are there: installs them as root with apt, or says what to run and returns
 * false.
 *
 * @remarks apt's own progress lines are shown (`-q`, not `-qq`): a Chromium install takes a minute or two.
 */
export function ensureTestPrerequisites(machine: Machine = thisMachine(), log: (line: string) => void = console.log): boolean {
  const plan = planTestSetup(machine)
  if (plan.action === 'run') return true
  if (plan.action === 'stop') {
    console.error(plan.message)
    return false
  }
  log(plan.announce)
  for (const [command, ...args] of plan.commands) {
    const result = spawnSync(command!, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', NEEDRESTART_SUSPEND: '1' } })
    if (result.status !== 0) {
      console.error(`[test] ${[command, ...args].join(' ')} thất bại (failed, exit ${result.status ?? result.signal}); các test chưa chạy (no test was run)`)
      return false
    }
  }
  const still = missingPrerequisites(thisMachine())
  if (still.length > 0) {
    console.error(`[test] vẫn thiếu sau khi cài (still missing after the install): ${still.map((p) => `${p.package} (${p.provides.join(' or ')})`).join(', ')}`)
    return false
  }
  return true
}
