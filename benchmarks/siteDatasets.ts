/**
 * The three datasets `bench:site` scores the public site on, each served by a stack of its own started as
 * `npm start` starts one: the demo seed, the demo seed with the national portal's 2,642 procedures imported, and
 * the 10,000-document benchmark dataset.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { datasetDir, ensureDataset } from '../scripts/lib/dataset'
import { freePort, run, stackEnv, stopService, waitForHttp } from '../scripts/lib/processes'
import { waitForSiteSettled } from '../scripts/lib/siteReady'

const repoRoot = path.resolve(import.meta.dirname, '..')
const NATIONAL_PROCEDURES = path.resolve(repoRoot, '../shared/data/tthc-dichvucong-bo-nganh/procedures.jsonl')

/** The datasets, by the name `--dataset` takes. */
export const SITE_DATASETS = {
  seed: 'demo seed',
  national: 'demo seed + the national portal’s 2,642 procedures imported (no filter)',
  '10k': '10,000-document benchmark dataset (`npm run bench:dataset -- --size 10000`)',
} as const

/** A dataset's name. */
export type SiteDatasetName = keyof typeof SITE_DATASETS

/** A running stack serving one dataset. */
export interface SiteDataset {
  name: SiteDatasetName
  base: string
  /** The stack's CMS, for benchmarks that write content (\`bench:upload\`). */
  cms: string
  /** The stack's data folder, where its installation secrets (the administrator's password) are. */
  dataDir: string
  /** The live build's client folder, where the heaviest pages are looked up. */
  clientDir: string
  stop: () => Promise<void>
}

/** Starts `npm start`'s stack on `dataDir` with free ports; resolves once the site serves a build and has settled. */
async function startStack(name: SiteDatasetName, dataDir: string): Promise<SiteDataset & { env: Record<string, string> }> {
  const env = stackEnv(dataDir, { cms: await freePort(), site: await freePort(), postgres: await freePort() })
  console.log(`bench:site: [${name}] starting a stack on ${path.relative(repoRoot, dataDir)} (the first start migrates, seeds and builds: minutes)…`)
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/start.ts')], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  child.stdout.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (/\[start\]|site build: done|error/i.test(line)) console.log(`bench:site: [${name}] ${line.slice(0, 240)}`)
  })
  const service = { child, exited: new Promise<number | null>((resolve) => child.on('exit', resolve)) }
  // Stopped with the bench (Ctrl-C, kill): a stack left running keeps its ports and skews the next run's figures.
  const onSignal = (signal: NodeJS.Signals) => {
    console.log(`bench:site: [${name}] ${signal}: stopping the stack…`)
    void stopService(service, 30_000).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  const stop = async () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    await stopService(service, 30_000)
  }
  const base = env.SITE_URL!
  await waitForHttp(`${base}/_internal/status`, 60 * 60_000)
  await waitForSiteSettled(base)
  return { name, base, cms: env.CMS_URL!, dataDir, env, clientDir: path.join(env.BUILDS_DIR!, 'current/client'), stop }
}

/**
 * Starts a stack serving the dataset `name`, preparing the data first where it is missing (the 10k dataset is
 * generated once, about ten minutes; the national file is imported on every run, which changes nothing after the first).
 */
export async function startSiteDataset(name: SiteDatasetName): Promise<SiteDataset> {
  if (name === 'seed') return startStack(name, path.join(repoRoot, '.data/bench-site'))
  if (name === '10k') {
    const dataDir = datasetDir(10_000)
    await ensureDataset({ size: 10_000, dataDir, port: await freePort() })
    return startStack(name, dataDir)
  }
  if (!fs.existsSync(NATIONAL_PROCEDURES)) throw new Error(`bench:site: the national dataset is not beside the repository (${NATIONAL_PROCEDURES})`)
  const stack = await startStack(name, path.join(repoRoot, '.data/bench-site-national'))
  console.log('bench:site: [national] importing the national procedures (unchanged after the first run)…')
  await run('import', process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/importProcedures.ts'), NATIONAL_PROCEDURES], { cwd: repoRoot, env: stack.env })
  // The import tells the site what changed; give the message a moment to arrive, then wait for the publish to finish.
  await sleep(3000)
  await waitForSiteSettled(stack.base)
  return stack
}
