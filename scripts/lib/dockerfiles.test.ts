import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contextFiles, copyTargets, dockerignore, parseDockerfile, readRecipe } from './dockerfiles'

const repoRoot = path.resolve(import.meta.dirname, '../..')

describe('parseDockerfile', () => {
  it('joins continuation lines and drops comments', () => {
    expect(parseDockerfile('# a comment\nFROM node:24\n\nRUN mkdir -p /data \\\n && chown node /data\ncmd ["node", "x.mjs"]\n')).toEqual([
      { keyword: 'FROM', args: 'node:24' },
      { keyword: 'RUN', args: 'mkdir -p /data   && chown node /data' },
      { keyword: 'CMD', args: '["node", "x.mjs"]' },
    ])
  })
})

describe('copyTargets', () => {
  const context = ['package.json', 'cms/package.json', 'cms/src/a.ts', 'cms/src/b/c.ts', 'site/x.astro']
  it('copies a folder\'s contents into the destination and a file into a destination folder or as the destination', () => {
    expect(copyTargets({ kind: 'copy', sources: ['cms'], dest: '/app/cms' }, context).map((t) => t.to)).toEqual(['/app/cms/package.json', '/app/cms/src/a.ts', '/app/cms/src/b/c.ts'])
    expect(copyTargets({ kind: 'copy', sources: ['cms/package.json'], dest: '/app/cms/' }, context)).toEqual([{ from: 'cms/package.json', to: '/app/cms/package.json' }])
    expect(copyTargets({ kind: 'copy', sources: ['cms/src/a.ts'], dest: '/app/x.ts' }, context)).toEqual([{ from: 'cms/src/a.ts', to: '/app/x.ts' }])
  })

  it('fails on a source the build context does not hold (as docker build does)', () => {
    expect(() => copyTargets({ kind: 'copy', sources: ['contracts/src/stats/template.csv'], dest: '/app/' }, context)).toThrow(/nothing in the build context matches/)
  })
})

describe('.dockerignore', () => {
  const ignored = dockerignore(fs.readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8'))

  it('keeps out what a working checkout accumulates: dependencies, builds, local data, environment files, test output', () => {
    const stray = ['node_modules/x', 'site/node_modules/.vite/a', 'cms/.next/cache/x', 'site/.next/x', 'site/.astro/types.d.ts', 'site/.builds/build-1/client/index.html', 'x/.builds/b', 'dist/scripts/start.mjs', 'cms/dist/x', '.data/postgres/PG_VERSION', '.env', '.env.local', 'cms/.env.production', 'test-results/vitest.json', '.git/HEAD']
    expect(stray.filter((file) => !ignored(file))).toEqual([])
  })

  it('sends every tracked source file the image needs', () => {
    for (const file of ['package.json', 'package-lock.json', 'cms/src/payload.config.ts', 'contracts/src/stats/template.csv', 'contracts/src/publishEvent.ts', 'site/astro.config.ts', 'site/src/pages/[...lang]/index.astro', 'search/src/index.ts']) expect(ignored(file), file).toBe(false)
  })

  it('follows Docker\'s rules: * within a segment, ** across, a matched folder takes its contents, ! takes back', () => {
    const rules = dockerignore('*.log\n**/tmp\ndocs/*\n!docs/keep.md\n')
    expect(['a.log', 'x/tmp/y', 'tmp', 'docs/a.md'].every(rules)).toBe(true)
    expect(['x/a.log', 'docs/keep.md', 'docsx/a'].some(rules)).toBe(false)
  })
})

describe('the Dockerfiles', () => {
  const dockerfiles = contextFiles().filter((file) => path.posix.basename(file) === 'Dockerfile')

  it.each(dockerfiles)('%s runs as an unprivileged user and copies only files the build context holds', (file) => {
    const recipe = readRecipe(path.join(repoRoot, file))
    expect(recipe.user).not.toMatch(/^(root|0)(:|$)/)
    expect(recipe.cmd.length).toBeGreaterThan(0)
    const context = contextFiles()
    for (const step of recipe.steps) if (step.kind === 'copy') expect(copyTargets(step, context).length).toBeGreaterThan(0)
  })

  it('the root Dockerfile copies every workspace, its package.json before `npm ci` and then its sources', () => {
    const { workspaces } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { workspaces: string[] }
    const copies = readRecipe(path.join(repoRoot, 'Dockerfile')).steps.flatMap((step) => (step.kind === 'copy' ? [step.sources.join(' ')] : []))
    for (const workspace of workspaces) {
      expect(copies, workspace).toContain(`${workspace}/package.json`)
      expect(copies, workspace).toContain(workspace)
      expect(copies.indexOf(`${workspace}/package.json`), workspace).toBeLessThan(copies.indexOf(workspace))
    }
  })
})
