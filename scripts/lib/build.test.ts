import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { bundlesAreCurrent, ENTRY_POINTS, recordBundles } from './build'

let root = ''
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

/** A checkout of its own: one source, the lockfile, and an (empty) bundle for every entry point. */
function checkout(): string {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-build-'))
  fs.mkdirSync(path.join(root, 'site/src'), { recursive: true })
  fs.writeFileSync(path.join(root, 'site/src/config.ts'), 'export const a = 1\n')
  fs.writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion": 3}\n')
  for (const name of Object.keys(ENTRY_POINTS)) {
    fs.mkdirSync(path.dirname(path.join(root, 'dist', name)), { recursive: true })
    fs.writeFileSync(path.join(root, 'dist', `${name}.mjs`), '')
  }
  recordBundles(root, ['site/src/config.ts'])
  return root
}

it('bundles made from the sources as they are now are current, so npm start does not rebuild them', () => {
  expect(bundlesAreCurrent(checkout())).toBe(true)
})

it('a changed source, a changed lockfile or a missing bundle makes them stale', () => {
  fs.appendFileSync(path.join(checkout(), 'site/src/config.ts'), 'export const b = 2\n')
  expect(bundlesAreCurrent(root)).toBe(false)
  fs.rmSync(root, { recursive: true, force: true })

  fs.writeFileSync(path.join(checkout(), 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}\n')
  expect(bundlesAreCurrent(root)).toBe(false)
  fs.rmSync(root, { recursive: true, force: true })

  fs.rmSync(path.join(checkout(), 'dist/site/host.mjs'))
  expect(bundlesAreCurrent(root)).toBe(false)
})

it('without a record of what they were made from, they are stale', () => {
  fs.rmSync(path.join(checkout(), 'dist/build-manifest.json'))
  expect(bundlesAreCurrent(root)).toBe(false)
})
