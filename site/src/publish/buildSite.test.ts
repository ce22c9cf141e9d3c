import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteConfig } from '../config'
import { astroBuildArgs, buildFailure, explainBuildFailure, linkFolder, linkPackages, pointCurrentAt, pruneBuilds, readCurrent } from './buildSite'

describe('astroBuildArgs', () => {
  it('runs astro build into the folder with the heap capped at SITE_BUILD_HEAP_MB and a small young generation', () => {
    const args = astroBuildArgs('/tmp/out')
    expect(args[0]).toBe(`--max-old-space-size=${siteConfig.SITE_BUILD_HEAP_MB}`)
    expect(args[1]).toBe('--max-semi-space-size=16')
    expect(args[2]).toMatch(/astro[\\/]bin[\\/]astro\.mjs$/)
    expect(args.slice(3)).toEqual(['build', '--outDir', '/tmp/out'])
  })
})

describe('buildFailure', () => {
  it('gives the exit code and last lines, and says to raise SITE_BUILD_HEAP_MB when the heap ran out', () => {
    expect(buildFailure(1, ['error: CMS unreachable'])).toBe('astro build failed (exit 1):\nerror: CMS unreachable')
    const oom = buildFailure(134, ['FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'])
    expect(oom).toContain(`tăng SITE_BUILD_HEAP_MB`)
    expect(oom).toContain(`${siteConfig.SITE_BUILD_HEAP_MB} MB`)
  })
})

describe('explainBuildFailure', () => {
  it('gives the first error line and what to do when the cause is known', () => {
    const reason = explainBuildFailure(1, [
      'building client',
      "Cannot find package 'piccolore' imported from /tmp/b/build-1/server/.prerender/prerender-entry.mjs",
      '    at packageResolve (node:internal/modules/esm/resolve:1)',
    ])
    expect(reason).toContain("exit 1) (the site build failed): Cannot find package 'piccolore'")
    expect(reason).toContain(`BUILDS_DIR (${siteConfig.BUILDS_DIR})`)
    expect(explainBuildFailure(1, ['[ERROR] fetch failed: connect ECONNREFUSED 127.0.0.1:3000'])).toContain(`CMS tại ${siteConfig.CMS_URL}`)
    expect(explainBuildFailure(null, [])).toContain('no output')
  })
})

describe('linkPackages', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-builds-'))
  /** A module in a build folder that imports a package of the site by name, as a built server does. */
  function builtModule(buildsDir: string): string {
    const file = path.join(buildsDir, 'build-1', 'server', '.prerender', 'prerender-entry.mjs')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, "export { escape } from 'html-escaper'\nexport { z } from 'zod'\n")
    return file
  }

  it('lets a build outside the repository import the packages the site uses', () => {
    const buildsDir = tmp()
    const file = builtModule(buildsDir)
    // Node itself, as the site server imports a build (not the test runner's resolver).
    const load = () => spawnSync(process.execPath, [file], { encoding: 'utf8' })
    expect(load().stderr).toMatch(/Cannot find package 'html-escaper'/)
    linkPackages(buildsDir)
    const loaded = load()
    expect(loaded.stderr).toBe('')
    expect(loaded.status).toBe(0)
    expect(fs.realpathSync(path.join(buildsDir, 'node_modules'))).toBe(fs.realpathSync(path.join(path.dirname(siteConfig.siteRoot), 'node_modules')))
    fs.rmSync(buildsDir, { recursive: true, force: true })
  })

  it("resolves a build's packages from site/node_modules first, then the repository's, as inside the repository", () => {
    const buildsDir = tmp()
    const file = builtModule(buildsDir)
    // A package only the site has (as npm places a version of its own there), with a link as linkSitePackages makes.
    const siteModules = path.join(tmp(), 'node_modules')
    fs.mkdirSync(path.join(siteModules, 'html-escaper'), { recursive: true })
    fs.writeFileSync(path.join(siteModules, 'html-escaper/package.json'), JSON.stringify({ name: 'html-escaper', type: 'module', exports: './index.js' }))
    fs.writeFileSync(path.join(siteModules, 'html-escaper/index.js'), "export const escape = () => 'site version'\n")
    fs.appendFileSync(file, "import { escape as e } from 'html-escaper'\nconsole.log(e())\n")
    linkPackages(buildsDir)
    linkFolder(path.join(buildsDir, 'build-1', 'node_modules'), siteModules)
    const loaded = spawnSync(process.execPath, [file], { encoding: 'utf8' })
    expect(loaded.stderr).toBe('')
    expect(loaded.stdout.trim()).toBe('site version')
    for (const dir of [buildsDir, path.dirname(siteModules)]) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('replaces a link to another checkout, and leaves a real folder an operator put there alone', () => {
    const buildsDir = tmp()
    fs.symlinkSync('/nonexistent/node_modules', path.join(buildsDir, 'node_modules'))
    linkPackages(buildsDir)
    expect(fs.readlinkSync(path.join(buildsDir, 'node_modules'))).toBe(path.join(path.dirname(siteConfig.siteRoot), 'node_modules'))
    const other = tmp()
    fs.mkdirSync(path.join(other, 'node_modules'))
    linkPackages(other)
    expect(fs.lstatSync(path.join(other, 'node_modules')).isDirectory()).toBe(true)
    for (const dir of [buildsDir, other]) fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe('pruneBuilds', () => {
  it('removes all builds but the newest two, never the one served, and leaves other folders alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-'))
    for (const name of ['build-1', 'build-2', 'build-3', 'build-4', 'current-data']) fs.mkdirSync(path.join(dir, name, 'client'), { recursive: true })
    await pruneBuilds(dir, path.join(dir, 'build-1'))
    expect(fs.readdirSync(dir).sort()).toEqual(['build-1', 'build-3', 'build-4', 'current-data'])
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe('pointCurrentAt and readCurrent', () => {
  it('point current at a build by a relative link, read it back, and read none as empty', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'current-'))
    expect(readCurrent(dir)).toBe('')
    fs.mkdirSync(path.join(dir, 'build-1'))
    fs.mkdirSync(path.join(dir, 'build-2'))
    pointCurrentAt(dir, path.join(dir, 'build-1'))
    pointCurrentAt(dir, path.join(dir, 'build-2'))
    expect(fs.readlinkSync(path.join(dir, 'current'))).toBe('build-2')
    expect(readCurrent(dir)).toBe(fs.realpathSync(path.join(dir, 'build-2')))
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
