import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { missingPrerequisites, planTestSetup, TEST_PREREQUISITES, thisMachine, type Machine } from './testPrerequisites'

/** A machine with these files, `/usr/bin` and `/bin` on its PATH. */
const machine = (files: string[], over: Partial<Machine> = {}): Machine => ({
  PATH: '/usr/bin:/bin',
  isRoot: true,
  hasApt: true,
  exists: (file) => files.includes(file),
  ...over,
})
const everything = ['/usr/bin/chromium', '/usr/sbin/nginx', '/usr/bin/docker-compose', '/usr/bin/systemd-analyze', '/usr/bin/java', '/usr/bin/tesseract', '/usr/share/tesseract-ocr/5/tessdata/vie.traineddata', '/usr/lib/postgresql/15/bin/postgres']

describe('planTestSetup', () => {
  it('runs the tests at once when every package is there', () => {
    expect(planTestSetup(machine(everything))).toEqual({ action: 'run' })
    expect(planTestSetup(machine(everything, { isRoot: false, hasApt: false }))).toEqual({ action: 'run' })
  })

  it('as root with apt, says what it installs and installs only what is missing', () => {
    const plan = planTestSetup(machine(['/usr/bin/docker-compose', '/usr/bin/systemd-analyze', '/usr/bin/java', '/usr/bin/tesseract', '/usr/share/tesseract-ocr/5/tessdata/vie.traineddata', '/usr/lib/postgresql/15/bin/postgres']))
    expect(plan.action).toBe('install')
    if (plan.action !== 'install') return
    expect(plan.packages).toEqual(['chromium', 'nginx'])
    expect(plan.announce).toMatch(/^\[test\] .*installing chromium nginx with apt-get/)
    expect(plan.commands).toEqual([
      ['apt-get', 'update', '-q'],
      ['apt-get', 'install', '-y', '-q', 'chromium', 'nginx'],
    ])
  })

  it('without root, stops with one line naming the exact command', () => {
    const plan = planTestSetup(machine(['/usr/bin/chromium', '/usr/bin/nginx', '/usr/bin/java', '/usr/bin/tesseract', '/usr/share/tesseract-ocr/5/tessdata/vie.traineddata', '/usr/lib/postgresql/15/bin/postgres'], { isRoot: false }))
    expect(plan).toMatchObject({ action: 'stop', packages: ['docker-compose', 'systemd'] })
    if (plan.action !== 'stop') return
    expect(plan.message).toContain('sudo apt-get install -y docker-compose systemd')
    expect(plan.message).not.toContain('\n')
  })

  it('without apt, stops and names the packages to install some other way', () => {
    const plan = planTestSetup(machine([], { hasApt: false }))
    expect(plan).toMatchObject({ action: 'stop', packages: ['chromium', 'nginx', 'docker-compose', 'systemd', 'default-jre-headless', 'tesseract-ocr', 'tesseract-ocr-vie', 'postgresql'] })
    if (plan.action === 'stop') expect(plan.message).toMatch(/no apt-get.*chromium nginx docker-compose systemd default-jre-headless tesseract-ocr tesseract-ocr-vie postgresql/)
  })

  it("installs Debian's PostgreSQL server when no major version of it is there, and takes any one as present", () => {
    const withoutServer = everything.filter((file) => !file.startsWith('/usr/lib/postgresql/'))
    expect(planTestSetup(machine(withoutServer))).toMatchObject({ action: 'install', packages: ['postgresql'] })
    // The client alone (pg_dump, psql) is not the server.
    expect(planTestSetup(machine([...withoutServer, '/usr/bin/pg_dump', '/usr/lib/postgresql/15/bin/pg_dump']))).toMatchObject({ action: 'install', packages: ['postgresql'] })
    for (const major of ['15', '16', '17']) expect(planTestSetup(machine([...withoutServer, `/usr/lib/postgresql/${major}/bin/postgres`]))).toEqual({ action: 'run' })
    const plan = planTestSetup(machine(withoutServer, { isRoot: false }))
    expect(plan).toMatchObject({ action: 'stop', packages: ['postgresql'] })
    if (plan.action === 'stop') expect(plan.message).toContain('sudo apt-get install -y postgresql')
  })
})

describe('missingPrerequisites', () => {
  it('finds commands on PATH only, and Chromium only where Playwright launches it', () => {
    const elsewhere = machine(['/opt/x/docker-compose', '/usr/bin/systemd-analyze', '/usr/sbin/nginx', '/opt/x/chromium', '/usr/bin/java', '/opt/x/tesseract', '/usr/share/tesseract-ocr/4.00/tessdata/vie.traineddata', '/usr/lib/postgresql/17/bin/postgres'], { PATH: '/opt/x:/usr/bin' })
    expect(missingPrerequisites(elsewhere).map((p) => p.package)).toEqual(['chromium'])
    expect(missingPrerequisites({ ...elsewhere, PATH: '/usr/bin' }).map((p) => p.package)).toEqual(['chromium', 'docker-compose', 'tesseract-ocr'])
  })

  it('sees this machine through a PATH without docker-compose as missing it (the real file system)', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-path-'))
    try {
      const real = thisMachine()
      expect(missingPrerequisites({ ...real, PATH: empty }).map((p) => p.package)).toEqual(
        TEST_PREREQUISITES.filter((p) => !p.provides.some((f) => path.isAbsolute(f) && fs.existsSync(f))).map((p) => p.package),
      )
    } finally {
      fs.rmSync(empty, { recursive: true })
    }
  })
})

describe('npm test on a machine without a prerequisite', () => {
  it('stops before running any test, with the command to run, when it cannot install', () => {
    // With an empty PATH, docker-compose and systemd-analyze are not found and there is no apt-get to install them.
    const root = path.resolve(import.meta.dirname, '../..')
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-path-'))
    try {
      const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/test.ts'), '--prerequisites-only'], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: empty, HOME: empty, NODE_ENV: 'test' },
      })
      expect(result.status).toBe(1)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/missing .*docker-compose systemd/)
      expect(result.stdout).not.toMatch(/tsc|vitest/)
    } finally {
      fs.rmSync(empty, { recursive: true })
    }
  }, 30_000)
})
