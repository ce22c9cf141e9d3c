import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { siteConfig } from '../config'
import { PRECOMPRESS_LATER } from '../integrations/precompressBuild'
import { atPriority, BACKGROUND_PRIORITY, runNode } from './runNode'

/** A line without its colour codes: the lines end up in JSON logs and in the admin's publish status. */
const withoutColours = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, '')

const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs')

/** The young generation's semi-spaces, in MB: see `astroBuildArgs`. */
const SEMI_SPACE_MB = 16

/**
 * Node's arguments for a full build into `outDir`: `astro build` with the heap capped at `SITE_BUILD_HEAP_MB` and
 * the young generation at {@link SEMI_SPACE_MB} a semi-space.
 *
 * @remarks Uncapped, the build's memory grew to between 1.2 and 1.56 GB at 10,000 documents, as the garbage of
 * rendering piled up; capped at 1024 MB it peaked at 1.1 GB in the same time (`npm run bench:build` runs these
 * arguments too). Left to size the young generation itself, V8 kept the pages it had given up in a pool, resident:
 * 378 MB at 10,000 documents and 1 GB at 100,000, with a live heap of about 500 MB there (`--trace-gc`'s "pooled").
 * With 8 MB semi-spaces the 10k build peaked at 929 MB instead of 1,135, in the same time (106 and 107 s). Once the
 * build held its documents' large fields in a file, 16 MB was faster at the same peak (2026-12-07, one after another,
 * `/usr/bin/time`): at 100,000 documents prerendering 637 s against 671 s, the whole build 987 s against 1,031 s,
 * peak 1,621 MB both; at 10,000, 87 s against 96-100 s, peak 653 MB against 660. At 8 MB the young generation was
 * collected after every page or so; at 16 MB, at 100,000 documents, 13,277 young collections still took 64 s.
 */
export function astroBuildArgs(outDir: string): string[] {
  return [`--max-old-space-size=${siteConfig.SITE_BUILD_HEAP_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, astroBin, 'build', '--outDir', outDir]
}

/** What a failed build reports: its exit code and last lines, and what to do when it ran out of heap. */
export function buildFailure(code: number | null, tail: string[]): string {
  const hint = tail.some((line) => /heap out of memory/i.test(line)) ? `\n${HEAP_HINT()}` : ''
  return `astro build failed (exit ${code}):\n${tail.join('\n')}${hint}`
}

const HEAP_HINT = () => `Bản dựng hết bộ nhớ (${siteConfig.SITE_BUILD_HEAP_MB} MB): tăng SITE_BUILD_HEAP_MB (the build ran out of its heap: raise SITE_BUILD_HEAP_MB).`

/** Known causes of a failed build, found in its output, with what to do about each. */
const CAUSES: { test: RegExp; hint: () => string }[] = [
  { test: /heap out of memory/i, hint: HEAP_HINT },
  {
    test: /Cannot find (package|module)/i,
    hint: () => `Bản dựng không tìm thấy thư viện của site: BUILDS_DIR (${siteConfig.BUILDS_DIR}) phải cho phép liên kết tượng trưng tới node_modules của mã nguồn (the build cannot reach the site's packages from BUILDS_DIR).`,
  },
  { test: /ENOSPC|no space left/i, hint: () => `Hết dung lượng đĩa cho BUILDS_DIR (${siteConfig.BUILDS_DIR}) (the disk is full).` },
  { test: /EACCES|EPERM|EROFS|read-only file system/i, hint: () => `Không có quyền ghi vào BUILDS_DIR (${siteConfig.BUILDS_DIR}) (no permission to write there).` },
  {
    test: /ECONNREFUSED|fetch failed|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|CMS.*(unreachable|answered)/i,
    hint: () => `Không đọc được nội dung từ CMS tại ${siteConfig.CMS_URL} (the CMS did not answer the build: is it running, is CMS_URL right?).`,
  },
]

/**
 * One paragraph saying why a build failed: the first error line of its output, and what to do when the cause is known.
 *
 * @remarks The whole output (its last 40 lines) goes to the log; this is what `/_internal/status` and the admin show.
 */
export function explainBuildFailure(code: number | null, tail: string[]): string {
  const first = tail.find((line) => /error|cannot|failed|ENOSPC|EACCES|ECONNREFUSED/i.test(line))?.trim() ?? tail.at(-1)?.trim() ?? 'no output'
  const hints = CAUSES.filter((cause) => tail.some((line) => cause.test.test(line))).map((cause) => cause.hint())
  return [`astro build thất bại (exit ${code}) (the site build failed): ${first}`, ...hints].join(' ')
}

/** A build that did not produce a site: `reason` is one paragraph for people, `message` has the build's output too. */
export class BuildFailure extends Error {
  constructor(
    readonly reason: string,
    detail: string,
  ) {
    super(detail)
    this.name = 'BuildFailure'
  }
}

/**
 * Makes the packages the site's build imports resolvable from `<buildsDir>/build-…`, wherever `buildsDir` is.
 *
 * @remarks A built server (and the prerender bundle `astro build` runs) imports its packages by name, and Node looks
 * for them in `node_modules` folders from the importing file upwards: under `site/.builds` it finds the repository's,
 * anywhere else (`/var/lib/congkhai/builds`) nothing ("Cannot find package 'piccolore'", issue 19). A link
 * `<buildsDir>/node_modules` to the repository's `node_modules` gives a build outside the same lookup as one inside;
 * Node follows the link to the real files, so each package's own imports resolve as in the repository. Packages npm
 * placed in `site/node_modules` (none today: everything is hoisted) are linked into each build by the
 * `linkSitePackages` integration, as `astro build` empties its folder first. Copying or bundling the packages instead
 * would cost hundreds of MB per build, or a different build.
 */
export function linkPackages(buildsDir: string): void {
  linkFolder(path.join(buildsDir, 'node_modules'), path.join(path.dirname(siteConfig.siteRoot), 'node_modules'))
}

/** Points the link `link` at `target` (when `target` exists), replacing a link elsewhere; a real folder is left alone. */
export function linkFolder(link: string, target: string): void {
  if (!fs.existsSync(target)) return
  let current: string | undefined
  try {
    current = fs.readlinkSync(link)
  } catch {
    // No link yet, or a real folder, which is left alone: an operator put it there.
    if (fs.existsSync(link)) return
  }
  if (current === target) return
  // A link to another checkout (the repository moved) is replaced by renaming over it, never left missing.
  const next = `${link}.next-${process.pid}`
  fs.rmSync(next, { force: true })
  fs.symlinkSync(target, next, 'dir')
  fs.renameSync(next, link)
}

/**
 * Runs `astro build` into a new folder under `buildsDir` and returns it; the folder is removed if the build fails.
 *
 * @remarks Each build gets its own folder so the one being served is never written to: swapping is then a pointer change.
 */
export async function buildSite(opts: { siteRoot: string; buildsDir: string; log: (line: string) => void }): Promise<string> {
  const outDir = path.join(opts.buildsDir, `build-${Date.now()}`)
  try {
    fs.mkdirSync(outDir, { recursive: true })
    linkPackages(opts.buildsDir)
  } catch (err) {
    fs.rmSync(outDir, { recursive: true, force: true })
    const reason = `Không tạo được thư mục bản dựng trong BUILDS_DIR (${opts.buildsDir}) (the build cannot start: its folder cannot be created there): ${(err as Error).message}`
    throw new BuildFailure(reason, reason)
  }
  const started = Date.now()
  const { code, tail: raw } = await runNode(astroBuildArgs(outDir), {
    cwd: opts.siteRoot,
    // Swapped in as soon as its pages are written, precompressed after (`compression/precompressProcess.ts`).
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [PRECOMPRESS_LATER]: '1' },
    keep: 40,
    priority: BACKGROUND_PRIORITY,
    onLine: (line) => {
      if (/generating static routes|building|Completed|error|▶|└─|✓ Completed|pages? built|Complete!|precompressed/i.test(line)) opts.log(`site build: ${withoutColours(line).trim()}`)
    },
  })
  if (code !== 0) {
    const tail = raw.map(withoutColours)
    fs.rmSync(outDir, { recursive: true, force: true })
    throw new BuildFailure(explainBuildFailure(code, tail), buildFailure(code, tail))
  }
  opts.log(`site build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return outDir
}

/**
 * Removes all builds but the newest `keep`, never the one being served.
 *
 * @remarks A build at 10,000 documents is some 100,000 files. Removed synchronously, they held the site server's event
 * loop for seconds; with `fs.promises.rm`, their 100,000 removals queued on the thread pool every file the server
 * reads for a request, which then waited up to 12 s just after a swap. `rm -rf` in a process of its own, below the
 * server's priority, costs the server nothing.
 */
export async function pruneBuilds(buildsDir: string, current: string, keep = 2): Promise<void> {
  const builds = (await fs.promises.readdir(buildsDir))
    .filter((name) => name.startsWith('build-'))
    .sort()
    .reverse()
  for (const name of builds.slice(keep)) {
    const dir = path.join(buildsDir, name)
    if (dir !== current) await removeFolder(dir)
  }
}

/** Removes a folder and all it holds with `rm -rf` below the server's priority, or, without `rm`, from here. */
async function removeFolder(dir: string): Promise<void> {
  const { command, args } = atPriority('rm', ['-rf', '--', dir])
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore' })
    child.once('error', () => resolve(null))
    child.once('close', resolve)
  })
  if (code !== 0) await fs.promises.rm(dir, { recursive: true, force: true })
}

/**
 * Points `<buildsDir>/current` at `dir` by renaming a fresh link over it: readers (nginx) see the old build or the new
 * one.
 */
export function pointCurrentAt(buildsDir: string, dir: string): void {
  const link = path.join(buildsDir, 'current')
  const next = `${link}.next`
  fs.rmSync(next, { force: true })
  fs.symlinkSync(path.relative(buildsDir, dir), next)
  fs.renameSync(next, link)
}

/** The build `<buildsDir>/current` names: a link since this version, a file holding the path before it; '' for none. */
export function readCurrent(buildsDir: string): string {
  const link = path.join(buildsDir, 'current')
  try {
    const stat = fs.lstatSync(link)
    return stat.isSymbolicLink() ? fs.realpathSync(link) : fs.readFileSync(link, 'utf8').trim()
  } catch {
    return ''
  }
}
