/**
 * Issue 19: `npm start` as root from a clone in a folder no other user can enter (`mktemp -d`, `/root`: mode 700)
 * failed with `spawn …/initdb EACCES` and a stack trace. A clone of this repository's committed HEAD, in such a folder,
 * starts the whole stack here on the default data folder (`<clone>/.data`).
 *
 * @remarks The clone gets `node_modules` hard-linked (`cp -al`: workspace links are relative, so they point inside the
 * clone) and a current CMS build of this checkout when there is one; `scripts/start.ts` rebuilds it otherwise.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it, onTestFailed } from 'vitest'
import { freePort, waitForHttp } from './lib/processes'
import { isAlive as alive, processTree, stopStack } from './lib/processTree'

const repoRoot = path.resolve(import.meta.dirname, '..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-private-'))
const clone = path.join(dir, 'congkhai')

function execOrThrow(command: string, args: string[], cwd?: string): void {
  const done = spawnSync(command, args, { cwd, encoding: 'utf8' })
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${done.stderr}`)
}

let stack: { pid: number; exited: Promise<number | null> } | undefined
afterAll(async () => {
  // A failed test must not leave the stack running.
  await stopStack(stack)
  fs.rmSync(dir, { recursive: true, force: true })
}, 60_000)

it('a clone in a mode-700 folder starts: the database, the CMS and the public site answer, and Ctrl-C stops them', async () => {
  expect(fs.statSync(dir).mode & 0o777).toBe(0o700)
  execOrThrow('git', ['clone', '--quiet', repoRoot, clone])
  for (const modules of ['node_modules', 'cms/node_modules', 'site/node_modules', 'search/node_modules']) {
    if (fs.existsSync(path.join(repoRoot, modules))) execOrThrow('cp', ['-al', path.join(repoRoot, modules), path.join(clone, modules)])
  }
  if (fs.existsSync(path.join(repoRoot, 'cms/.next/BUILD_ID'))) {
    execOrThrow('cp', ['-al', path.join(repoRoot, 'cms/.next'), path.join(clone, 'cms/.next')])
    // What a running server writes to is copied for real, so this checkout's build is never changed through a link.
    for (const writable of ['cache', 'trace']) {
      const target = path.join(clone, 'cms/.next', writable)
      if (!fs.existsSync(target)) continue
      fs.rmSync(target, { recursive: true, force: true })
      fs.cpSync(path.join(repoRoot, 'cms/.next', writable), target, { recursive: true })
    }
  }

  const [cms, site, postgres] = [await freePort(), await freePort(), await freePort()]
  // As a newcomer runs it: no DATA_DIR, nothing of the integration tests' own setup; only the ports are moved.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    NODE_ENV: 'production',
    CMS_PORT: String(cms),
    CMS_URL: `http://127.0.0.1:${cms}`,
    SITE_PORT: String(site),
    SITE_HOST: '127.0.0.1',
    SITE_URL: `http://127.0.0.1:${site}`,
    PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${site}/_internal/publish`,
    POSTGRES_PORT: String(postgres),
  }
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(clone, 'scripts/start.ts')], { cwd: clone, env, stdio: ['ignore', 'pipe', 'pipe'] })
  stack = { pid: child.pid!, exited: new Promise((resolve) => child.on('exit', resolve)) }
  let log = ''
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  onTestFailed(() => console.log(log.split('\n').slice(-60).join('\n')))
  const exitedEarly = stack.exited.then((code) => Promise.reject(new Error(`scripts/start.ts exited (${code}) before the stack was up`)))

  await Promise.race([waitForHttp(`http://127.0.0.1:${cms}/api/health`, 20 * 60_000), exitedEarly])
  expect(log).not.toMatch(/EACCES/)
  await Promise.race([waitForHttp(`http://127.0.0.1:${site}/_internal/status`, 20 * 60_000), exitedEarly])
  const home = await fetch(`http://127.0.0.1:${site}/`)
  expect(home.status).toBe(200)
  expect(await home.text()).toContain('<html lang="vi"')

  // The data stayed in the clone's own folder, root's, behind the mode-700 parent.
  expect(fs.existsSync(path.join(clone, '.data/postgres/PG_VERSION'))).toBe(true)
  expect(spawnSync('find', [path.join(clone, '.data'), '!', '-uid', String(process.getuid!())], { encoding: 'utf8' }).stdout.trim()).toBe('')
  expect(fs.statSync(dir).mode & 0o777).toBe(0o700)

  const tree = processTree(stack.pid)
  process.kill(stack.pid, 'SIGTERM')
  expect(await stack.exited).toBe(0)
  await new Promise((resolve) => setTimeout(resolve, 1000))
  expect(tree.filter(alive)).toEqual([])
}, 30 * 60_000)
