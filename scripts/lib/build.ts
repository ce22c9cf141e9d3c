import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { cmsBuildFingerprint, cmsBuildIsCurrent, completeCmsBuild, markCmsBuild } from './cmsBuild.ts'
import { run } from './processes.ts'

/**
 * The production entry points `npm run build` compiles into `dist/`, by output name (`dist/<name>.mjs`).
 *
 * @remarks Each is one bundle of its TypeScript and the workspaces' (`@congkhai/*`) it imports, with packages from
 * `node_modules` left as imports: the long-running processes and an operator's commands then run on plain Node,
 * without the tsx loader (issue 19).
 */
export const ENTRY_POINTS: Record<string, string> = {
  'cms/server': 'cms/src/server.ts',
  'site/host': 'site/src/publish/host.ts',
  'site/patchWorker': 'site/src/publish/patchWorker.ts',
  'site/precompress': 'site/src/compression/precompressMain.ts',
  'search/searchThread': 'search/src/searchThread.ts',
  ...Object.fromEntries(
    ['start', 'migrate', 'seed', 'db', 'reindex', 'backup', 'restore', 'importProcedures', 'importStats', 'extractBackfill'].map((name) => [`scripts/${name}`, `scripts/${name}.ts`]),
  ),
}

const manifestFile = (root: string) => path.join(root, 'dist', 'build-manifest.json')

/** The contents of the files a bundle was made from, hashed with the lockfile (package versions) and this builder. */
function hashInputs(root: string, inputs: string[]): string {
  const hash = createHash('sha256')
  for (const file of [...inputs, 'package-lock.json', 'scripts/lib/build.ts'].sort()) {
    const full = path.join(root, file)
    hash.update(`${file}\0`).update(fs.existsSync(full) ? fs.readFileSync(full) : 'missing')
  }
  return hash.digest('hex')
}

/** Records that the bundles in `dist/` were made from `inputs` (paths relative to `root`) as they are now. */
export function recordBundles(root: string, inputs: string[]): void {
  fs.writeFileSync(manifestFile(root), JSON.stringify({ entries: Object.keys(ENTRY_POINTS), inputs, hash: hashInputs(root, inputs) }, null, 2))
}

/** True when every bundle in `dist/` exists and was made from exactly the sources there are now. */
export function bundlesAreCurrent(root: string): boolean {
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFile(root), 'utf8')) as { inputs: string[]; hash: string; entries: string[] }
    const entries = Object.keys(ENTRY_POINTS)
    return (
      manifest.entries.join() === entries.join() &&
      entries.every((name) => fs.existsSync(path.join(root, 'dist', `${name}.mjs`))) &&
      manifest.hash === hashInputs(root, manifest.inputs)
    )
  } catch {
    return false
  }
}

/**
 * Bundles the entry points into `dist/` with esbuild and records what they were made from.
 *
 * @remarks Packages of `node_modules` stay external (resolved at run time from the repository's `node_modules`, as
 * with the sources); the workspaces are bundled because their packages point at TypeScript. `COMPILED` tells the
 * code it runs from `dist/`: the search threads start `dist/search/searchThread.mjs` instead of registering a
 * TypeScript loader, the CMS server serves the standalone Next.js build, and `start` does not build again.
 */
export async function buildBundles(root: string, log: (line: string) => void): Promise<void> {
  const started = Date.now()
  log(`bundling ${Object.keys(ENTRY_POINTS).length} entry points into dist/ with esbuild…`)
  const esbuild = await import('esbuild')
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, file]) => [name, path.join(root, file)])),
    outdir: path.join(root, 'dist'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    define: { COMPILED: 'true' },
    plugins: [
      {
        name: 'external-packages',
        setup(build) {
          // Bare imports are packages from node_modules, except the workspaces, whose exports are TypeScript sources.
          build.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.path.startsWith('@congkhai/') || args.path.startsWith('node:') || path.isAbsolute(args.path)) return undefined
            return { path: args.path, external: true }
          })
        },
      },
    ],
  })
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules/'))
  recordBundles(root, inputs)
  log(`bundled ${Object.keys(ENTRY_POINTS).length} entry points from ${inputs.length} source files in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/**
 * Everything production runs: the bundles in `dist/` and the CMS's standalone Next.js build; with `ifStale`, only
 * what is missing or older than its sources.
 *
 * @remarks `npm start` builds with `ifStale` on every start, so a second start takes seconds; `npm run build`
 * builds everything (images, deployments).
 */
export async function buildAll(root: string, opts: { ifStale: boolean; log: (line: string) => void; env?: Record<string, string | undefined> }): Promise<void> {
  const { log } = opts
  const started = Date.now()
  if (opts.ifStale && bundlesAreCurrent(root)) log('[1/2] compiled entry points in dist/ are current')
  else {
    log('[1/2] compiling the entry points')
    await buildBundles(root, (line) => log(`      ${line}`))
  }
  const cmsRoot = path.join(root, 'cms')
  const fingerprint = cmsBuildFingerprint(cmsRoot)
  if (opts.ifStale && cmsBuildIsCurrent(cmsRoot, fingerprint)) log('[2/2] CMS build (Next.js, standalone) is current')
  else {
    log('[2/2] building the CMS (Next.js production build, standalone; a few minutes the first time)')
    await run('cms build', process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: cmsRoot,
      env: { ...opts.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    })
    completeCmsBuild(cmsRoot)
    markCmsBuild(cmsRoot, fingerprint)
  }
  log(`build done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}
