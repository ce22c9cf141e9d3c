import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const SOURCES = ['src', 'next.config.ts', 'package.json', 'tsconfig.json']

function hashTree(root: string, entries: string[], hash = createHash('sha256')) {
  for (const entry of entries.sort()) {
    const full = path.join(root, entry)
    if (!fs.existsSync(full)) continue
    const stat = fs.statSync(full)
    if (stat.isDirectory()) hashTree(full, fs.readdirSync(full), hash)
    else hash.update(`${path.relative(root, full)}\0`).update(fs.readFileSync(full))
  }
  return hash
}

/**
 * A fingerprint of everything the CMS's Next.js build depends on: its sources and the installed packages.
 *
 * @remarks Stored beside the build; `npm start` rebuilds only when it changed, so a second start takes seconds.
 */
export function cmsBuildFingerprint(cmsRoot: string): string {
  const hash = hashTree(cmsRoot, [...SOURCES])
  const lock = path.join(cmsRoot, '..', 'package-lock.json')
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock))
  return hash.digest('hex')
}

const stampFile = (cmsRoot: string) => path.join(cmsRoot, '.next', 'congkhai-build-fingerprint')

/** True when `.next` holds a complete build of exactly these sources. */
export function cmsBuildIsCurrent(cmsRoot: string, fingerprint: string): boolean {
  const stamp = stampFile(cmsRoot)
  return fs.existsSync(path.join(cmsRoot, '.next', 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === fingerprint
}

/** Records that `.next` is a build of these sources. */
export function markCmsBuild(cmsRoot: string, fingerprint: string): void {
  fs.writeFileSync(stampFile(cmsRoot), fingerprint)
}
