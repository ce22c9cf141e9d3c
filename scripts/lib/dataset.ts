import fs from 'node:fs'
import path from 'node:path'
import type { DatasetPlan, WriteResult } from '@congkhai/cms/bench'
import { run } from './processes'

/** The file `bench:dataset` writes in its data folder once the database holds the dataset. */
export const DATASET_FILE = 'dataset.json'

/** What `<data-dir>/dataset.json` holds: which dataset, where its database listens, and the plan it was written from. */
export interface DatasetFile {
  size: number
  seed: number
  port: number
  writtenAt: string
  result: WriteResult
  plan: DatasetPlan
}

/** Options of `ensureDataset`. */
export interface EnsureDatasetOptions {
  size: number
  /** The folder for the database and `dataset.json`, e.g. `.data/bench-10000`. */
  dataDir: string
  /** Port of the embedded PostgreSQL while the generator runs; a stack started on the folder later may use another. */
  port: number
  seed?: number
  /** The shared data folder; default `../shared/data` beside the repository. */
  source?: string
  force?: boolean
}

const repoRoot = path.resolve(import.meta.dirname, '../..')

/**
 * The data folder the benchmarks keep the dataset of `size` documents in (`.data/bench-<size>`), shared by
 * `bench:build` and `bench:publish` so it is generated once.
 */
export function datasetDir(size: number): string {
  return path.join(repoRoot, `.data/bench-${size}`)
}

/**
 * Makes sure `dataDir` holds a database with the benchmark dataset of `size` documents, generating it when it does
 * not (minutes at 10k; seconds when it is already there), and returns its `dataset.json`.
 *
 * @remarks Runs `benchmarks/dataset.ts` in a child process, because the CMS reads its configuration (data folder,
 * port) once per process. To serve the dataset afterwards, start the stack with `DATA_DIR=<dataDir>` and
 * `POSTGRES_PORT=<port>` (the embedded PostgreSQL starts on the existing folder; the demo seed step then skips).
 */
export async function ensureDataset(options: EnsureDatasetOptions): Promise<DatasetFile> {
  const dataDir = path.resolve(options.dataDir)
  const args = [
    '--import',
    'tsx',
    path.join(repoRoot, 'benchmarks/dataset.ts'),
    '--size',
    String(options.size),
    '--data-dir',
    dataDir,
    '--port',
    String(options.port),
    ...(options.seed === undefined ? [] : ['--seed', String(options.seed)]),
    ...(options.source ? ['--source', options.source] : []),
    ...(options.force ? ['--force'] : []),
  ]
  await run('dataset', process.execPath, args, { cwd: repoRoot, env: { DATABASE_URI: undefined } })
  return readDataset(dataDir)
}

/** Reads the `dataset.json` of a folder `bench:dataset` filled. */
export function readDataset(dataDir: string): DatasetFile {
  const file = path.join(dataDir, DATASET_FILE)
  if (!fs.existsSync(file)) throw new Error(`${file} not found: run npm run bench:dataset -- --data-dir ${dataDir} first`)
  return JSON.parse(fs.readFileSync(file, 'utf8')) as DatasetFile
}
