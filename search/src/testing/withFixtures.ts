import { beforeEach } from 'vitest'
import type { Engines } from './engineCases'
import { fixtures } from './fixtures'

/** Sets up an engine pair with the fixtures before each test and returns accessors for the test bodies. */
export function withFixtures(create: () => Promise<Engines>) {
  const engines = {} as Engines
  beforeEach(async () => {
    Object.assign(engines, await create())
    await engines.writer.replaceAll(fixtures)
  })
  const titles = async (q: string, options = {}) =>
    (await engines.reader.search({ q, limit: 100, ...options })).hits.map((hit) => hit.title)
  return { engines, titles }
}

