import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import readline from 'node:readline'
import { siteConfig } from '../config'

const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs')

/**
 * Node's arguments for a full build into `outDir`: `astro build` with the heap capped at `SITE_BUILD_HEAP_MB`.
 *
 * @remarks Uncapped, the build's memory grew to between 1.2 and 1.56 GB at 10,000 documents, as the garbage of
 * rendering piled up; capped at 1024 MB it peaked at 1.1 GB in the same time (`npm run bench:build` runs these
 * arguments too).
 */
export function astroBuildArgs(outDir: string): string[] {
  return [`--max-old-space-size=${siteConfig.SITE_BUILD_HEAP_MB}`, astroBin, 'build', '--outDir', outDir]
}

/** What a failed build reports: its exit code and last lines, and what to do when it ran out of heap. */
export function buildFailure(code: number | null, tail: string[]): string {
  const hint = tail.some((line) => /heap out of memory/i.test(line)) ? `\nBản dựng hết bộ nhớ (${siteConfig.SITE_BUILD_HEAP_MB} MB): tăng SITE_BUILD_HEAP_MB (the build ran out of its heap: raise SITE_BUILD_HEAP_MB).` : ''
  return `astro build failed (exit ${code}):\n${tail.join('\n')}${hint}`
}

/**
 * Runs `astro build` into a new folder under `buildsDir` and returns it; the folder is removed if the build fails.
 *
 * @remarks Each build gets its own folder so the one being served is never written to: swapping is then a pointer change.
 */
export async function buildSite(opts: { siteRoot: string; buildsDir: string; log: (line: string) => void }): Promise<string> {
  fs.mkdirSync(opts.buildsDir, { recursive: true })
  const outDir = path.join(opts.buildsDir, `build-${Date.now()}`)
  const started = Date.now()
  const child = spawn(process.execPath, astroBuildArgs(outDir), {
    cwd: opts.siteRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const tail: string[] = []
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (raw) => {
      // Without colour codes: the lines end up in JSON logs and in the admin's publish status.
      const line = raw.replace(/\x1b\[[0-9;]*m/g, '')
      tail.push(line)
      if (tail.length > 40) tail.shift()
      if (/generating static routes|building|Completed|error|▶|└─|✓ Completed|pages? built|Complete!/i.test(line)) opts.log(`site build: ${line.trim()}`)
    })
  }
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (code !== 0) {
    fs.rmSync(outDir, { recursive: true, force: true })
    throw new Error(buildFailure(code, tail))
  }
  opts.log(`site build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return outDir
}

/** Removes all builds but the newest `keep`, never the one being served. */
export function pruneBuilds(buildsDir: string, current: string, keep = 2): void {
  const builds = fs
    .readdirSync(buildsDir)
    .filter((name) => name.startsWith('build-'))
    .sort()
    .reverse()
  for (const name of builds.slice(keep)) {
    const dir = path.join(buildsDir, name)
    if (dir !== current) fs.rmSync(dir, { recursive: true, force: true })
  }
}
