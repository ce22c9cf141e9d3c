import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EmbeddedEngine } from './EmbeddedEngine'
import { fixtures } from './testing/fixtures'
import { ThreadedEngine } from './ThreadedEngine'

// The behaviour every engine shares is in engines.test.ts; these are the threads' own.
describe('ThreadedEngine', () => {
  let dir: string
  let engine: ThreadedEngine
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'congkhai-threads-'))
    engine = new ThreadedEngine({ threads: 2, snapshotPath: join(dir, 'index.json'), reloadIntervalMs: Infinity })
  })
  afterEach(async () => {
    await engine.close()
    await rm(dir, { recursive: true, force: true })
  })

  const ids = async (q: string) => (await engine.search({ q, limit: 100 })).hits.map((hit) => hit.id).sort()

  it('makes a write searchable on every thread once it resolves', async () => {
    await engine.replaceAll(fixtures)
    // Four searches at once keep both threads busy, so both have loaded the index.
    await Promise.all([1, 2, 3, 4].map(() => engine.search({ q: 'hộ chiếu' })))
    await engine.upsert([{ id: 'news:vi:99', type: 'news', locale: 'vi', title: 'Giải bóng đá Olympic', url: '/tin-tuc/olympic' }])
    const answers = await Promise.all([1, 2, 3, 4].map(() => ids('olympic')))
    expect(answers).toEqual([1, 2, 3, 4].map(() => ['news:vi:99']))
    await engine.remove(['news:vi:99'])
    expect(await Promise.all([1, 2, 3, 4].map(() => ids('olympic')))).toEqual([[], [], [], []])
  })

  it('takes up a snapshot another process rewrote once refreshed, answering the searches already asked', async () => {
    await engine.replaceAll(fixtures.slice(0, 2))
    const asked = Promise.all([1, 2, 3, 4].map(() => engine.count()))
    // Another process (npm run reindex) writes the snapshot; the threads read it only when told.
    await new EmbeddedEngine({ snapshotPath: join(dir, 'index.json') }).replaceAll(fixtures)
    await engine.refresh()
    expect(await asked).toEqual([2, 2, 2, 2])
    expect(await Promise.all([1, 2, 3, 4].map(() => engine.count()))).toEqual([1, 2, 3, 4].map(() => fixtures.length))
    await engine.upsert([{ id: 'news:vi:99', type: 'news', locale: 'vi', title: 'Giải bóng đá Olympic', url: '/tin-tuc/olympic' }])
    expect(await ids('olympic')).toEqual(['news:vi:99'])
  })

  it('reports the progress of a replaceAll made in a thread', async () => {
    const progress: [number, number][] = []
    await engine.replaceAll(fixtures, { onProgress: (done, total) => progress.push([done, total]) })
    expect(progress.at(-1)).toEqual([fixtures.length, fixtures.length])
    expect(await engine.count()).toBe(fixtures.length)
  })

  it('fails the calls of a stopped thread and answers the next call from new threads reading the snapshot', async () => {
    await engine.replaceAll(fixtures)
    // The expectation is attached before the close: a rejection left unhandled while the threads stop is an error.
    const failed = expect(engine.search({ q: 'hộ chiếu' })).rejects.toThrow(/stopped/)
    await engine.close()
    await failed
    expect((await engine.documents()).map((doc) => doc.id).sort()).toEqual(fixtures.map((doc) => doc.id).sort())
  })

  it('lets the process exit once no call is waiting, with a thread that was never asked anything', { timeout: 60_000 }, async () => {
    await engine.replaceAll(fixtures)
    const script = `
      import { ThreadedEngine } from './src/ThreadedEngine.ts'
      const engine = new ThreadedEngine({ threads: 2, snapshotPath: ${JSON.stringify(join(dir, 'index.json'))} })
      console.log((await engine.search({ q: 'hộ chiếu' })).total)
    `
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: join(import.meta.dirname, '..'),
      timeout: 30_000,
    })
    expect(Number(stdout.trim())).toBeGreaterThan(0)
  })
})
