import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

// `build`: the loaders `next.config.ts` runs (`build/replaceModule.cjs`).
const SOURCES = ['src', 'build', 'next.config.ts', 'package.json', 'tsconfig.json']

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

const readManifest = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; dependencies?: Record<string, string>; workspaces?: string[] }

/**
 * The folders of the workspaces a workspace imports (`@congkhai/*` among its dependencies), and theirs, in turn.
 *
 * @remarks Their packages export TypeScript sources that the CMS's Next.js build compiles with its own
 * (`transpilePackages`), so a change there is a change to the build.
 */
export function workspaceDependencies(workspaceRoot: string): string[] {
  const repoRoot = path.dirname(workspaceRoot)
  const folders = new Map((readManifest(repoRoot).workspaces ?? []).map((folder) => [readManifest(path.join(repoRoot, folder)).name, path.join(repoRoot, folder)]))
  const found = new Set<string>()
  const visit = (dir: string) => {
    for (const name of Object.keys(readManifest(dir).dependencies ?? {})) {
      const folder = folders.get(name)
      if (folder && !found.has(folder)) {
        found.add(folder)
        visit(folder)
      }
    }
  }
  visit(workspaceRoot)
  return [...found].sort()
}

/**
 * A fingerprint of everything the CMS's Next.js build depends on: its sources, those of the workspaces it imports,
 * and the installed packages.
 *
 * @remarks Stored beside the build; `npm start` rebuilds only when it changed, so a second start takes seconds.
 */
export function cmsBuildFingerprint(cmsRoot: string): string {
  const hash = hashTree(cmsRoot, [...SOURCES])
  for (const folder of workspaceDependencies(cmsRoot)) hashTree(folder, ['src', 'package.json'], hash.update(`${path.basename(folder)}/\0`))
  const lock = path.join(cmsRoot, '..', 'package-lock.json')
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock))
  return hash.digest('hex')
}

const stampFile = (cmsRoot: string) => path.join(cmsRoot, '.next', 'congkhai-build-fingerprint')

/**
 * Where the standalone build's CMS lives (`next.config.ts`: `output: 'standalone'`), beside its own trimmed
 * `node_modules`; `dist/cms/server.mjs` serves it.
 *
 * @remarks The tracing root is the repository (the workspaces share one `node_modules`), so Next.js lays the CMS out
 * under `cms/` inside the standalone folder.
 */
export function cmsStandaloneDir(cmsRoot: string): string {
  return path.join(cmsRoot, '.next', 'standalone', 'cms')
}

/** True when `.next` holds a complete build of exactly these sources, its standalone server included. */
export function cmsBuildIsCurrent(cmsRoot: string, fingerprint: string): boolean {
  const stamp = stampFile(cmsRoot)
  return (
    fs.existsSync(path.join(cmsRoot, '.next', 'BUILD_ID')) &&
    fs.existsSync(path.join(cmsStandaloneDir(cmsRoot), '.next', 'static')) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, 'utf8') === fingerprint
  )
}

/**
 * Copies the browser assets into the standalone build, which leaves them out.
 *
 * @remarks Next.js expects a CDN or the deployment to provide `.next/static` (and `public/`, which the CMS has none
 * of); the CMS serves them itself, as `next start` does.
 */
export function completeCmsBuild(cmsRoot: string): void {
  const target = path.join(cmsStandaloneDir(cmsRoot), '.next', 'static')
  fs.rmSync(target, { recursive: true, force: true })
  fs.cpSync(path.join(cmsRoot, '.next', 'static'), target, { recursive: true })
  const publicDir = path.join(cmsRoot, 'public')
  if (fs.existsSync(publicDir)) fs.cpSync(publicDir, path.join(cmsStandaloneDir(cmsRoot), 'public'), { recursive: true })
}

/** Records that `.next` is a build of these sources. */
export function markCmsBuild(cmsRoot: string, fingerprint: string): void {
  fs.writeFileSync(stampFile(cmsRoot), fingerprint)
}
