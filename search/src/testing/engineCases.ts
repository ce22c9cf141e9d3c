import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { EmbeddedEngine } from '../EmbeddedEngine'
import { MeilisearchEngine } from '../MeilisearchEngine'
import { createMeilisearchKeys } from '../meilisearchKeys'
import type { SearchEngine } from '../SearchEngine'
import { ThreadedEngine } from '../ThreadedEngine'
import { FakeMeilisearch } from './FakeMeilisearch'

/**
 * The engines the shared suites run on (`engines.test.ts`, `snippets.test.ts`), each test file with its own, closed
 * after it.
 */

/** An engine that receives writes and one that answers reads; the same object unless persistence is under test. */
export interface Engines {
  writer: SearchEngine
  reader: SearchEngine
}

const temporaryDirs: string[] = []
const fakes: FakeMeilisearch[] = []
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })))
  await Promise.all(fakes.map((fake) => fake.stop()))
})

// One of each threaded engine serves every test (each test replaces all records first): threads take a while to start.
const threaded: { inMemory?: ThreadedEngine; onFile?: ThreadedEngine } = {}
afterAll(async () => {
  await Promise.all(Object.values(threaded).map((engine) => engine.close()))
})

export const embeddedEngines = [
  {
    name: 'embedded, in memory',
    create: async (): Promise<Engines> => {
      const engine = new EmbeddedEngine()
      return { writer: engine, reader: engine }
    },
  },
  {
    name: 'embedded, snapshot written by one instance and read by another',
    create: async (): Promise<Engines> => {
      const dir = await mkdtemp(join(tmpdir(), 'congkhai-search-'))
      temporaryDirs.push(dir)
      const snapshotPath = join(dir, 'index.json')
      // The reader checks the file on every read so the suite needs no waiting.
      return {
        writer: new EmbeddedEngine({ snapshotPath }),
        reader: new EmbeddedEngine({ snapshotPath, reloadIntervalMs: 0 }),
      }
    },
  },
  {
    name: 'embedded in two worker threads, in memory',
    create: async (): Promise<Engines> => {
      const engine = (threaded.inMemory ??= new ThreadedEngine({ threads: 2 }))
      return { writer: engine, reader: engine }
    },
  },
  {
    name: 'embedded in two worker threads, one writing the snapshot and the other catching up',
    create: async (): Promise<Engines> => {
      if (!threaded.onFile) {
        const dir = await mkdtemp(join(tmpdir(), 'congkhai-search-'))
        temporaryDirs.push(dir)
        // Never reloading on its own: each thread sees a write only through the engine's own catch-up.
        threaded.onFile = new ThreadedEngine({ threads: 2, snapshotPath: join(dir, 'index.json'), reloadIntervalMs: Infinity })
      }
      return { writer: threaded.onFile, reader: threaded.onFile }
    },
  },
]

/** The stand-in's payload limit in the shared suite: small, so that its larger writes must be cut by size. */
export const FAKE_PAYLOAD_LIMIT = 256 * 1024

/**
 * Every engine that can run here. The Meilisearch engine runs against FakeMeilisearch (no real server can run on
 * this machine), started with a master key and a small payload limit, the engine holding only the scoped keys
 * `createMeilisearchKeys` makes (search-only to read, write-only to write). The stand-in filters, sorts, pages,
 * counts facets, applies synonyms and custom ranking rules, and refuses and caps what the server does, but matches
 * words as plain substrings without typos: it joins the tests of records, filters, facets, sort, paging and
 * validity, not the relevance tests (relevance.test.ts).
 */
export const engines = [
  ...embeddedEngines,
  {
    name: 'meilisearch, against FakeMeilisearch',
    create: async (): Promise<Engines> => {
      const fake = new FakeMeilisearch({ masterKey: 'fake-master-key-0123456789', payloadLimit: FAKE_PAYLOAD_LIMIT })
      fakes.push(fake)
      const host = await fake.start()
      const keys = await createMeilisearchKeys({ host, masterKey: 'fake-master-key-0123456789', indexUid: 'congkhai' })
      const engine = new MeilisearchEngine({
        host,
        indexUid: 'congkhai',
        apiKey: keys.writeKey,
        searchKey: keys.searchKey,
        maxPayloadBytes: FAKE_PAYLOAD_LIMIT,
      })
      return { writer: engine, reader: engine }
    },
  },
]
