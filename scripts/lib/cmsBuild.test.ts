import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { cmsBuildFingerprint, workspaceDependencies } from './cmsBuild'

const repoRoot = path.resolve(import.meta.dirname, '../..')
let root = ''
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), text)
}

it('the CMS build depends on the workspaces the CMS imports, and theirs', () => {
  expect(workspaceDependencies(path.join(repoRoot, 'cms')).map((dir) => path.relative(repoRoot, dir))).toEqual(['contracts', 'search'])
})

it('a change in a workspace the CMS imports makes its build stale; one in a workspace it does not import does not', () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-cms-build-'))
  write('package.json', JSON.stringify({ workspaces: ['lower', 'shared', 'cms', 'site'] }))
  write('lower/package.json', JSON.stringify({ name: '@x/lower' }))
  write('shared/package.json', JSON.stringify({ name: '@x/shared', dependencies: { '@x/lower': '0.1.0' } }))
  write('cms/package.json', JSON.stringify({ name: '@x/cms', dependencies: { '@x/shared': '0.1.0', zod: '4' } }))
  write('site/package.json', JSON.stringify({ name: '@x/site' }))
  for (const file of ['cms/src/a.ts', 'shared/src/b.ts', 'lower/src/c.ts', 'site/src/d.ts']) write(file, 'export const v = 1\n')
  const cms = path.join(root, 'cms')
  let before = cmsBuildFingerprint(cms)
  for (const file of ['shared/src/b.ts', 'lower/src/c.ts', 'cms/src/a.ts']) {
    fs.appendFileSync(path.join(root, file), 'export const w = 2\n')
    const after = cmsBuildFingerprint(cms)
    expect(after, file).not.toBe(before)
    before = after
  }
  fs.appendFileSync(path.join(root, 'site/src/d.ts'), 'export const w = 2\n')
  expect(cmsBuildFingerprint(cms)).toBe(before)
})
