import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EmbeddedEngine } from './EmbeddedEngine'
import { storedForm } from './storedDocument'
import { fixtures } from './testing/fixtures'

// Behaviour shared with every engine lives in engines.test.ts; this file covers the snapshot file only.
describe('EmbeddedEngine snapshot', () => {
  let dir: string
  let snapshotPath: string

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'congkhai-snapshot-'))
    snapshotPath = join(dir, 'nested', 'index.json')
  })

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('creates the folder and leaves only the snapshot and its journal behind', async () => {
    await new EmbeddedEngine({ snapshotPath }).replaceAll(fixtures)
    expect((await readdir(join(dir, 'nested'))).sort()).toEqual(['index.json', 'index.json.journal'])
    const lines = (await readFile(snapshotPath, 'utf8')).split('\n')
    // A line per record after the header: one line for all of them passed V8's longest string at 100,000 documents.
    expect((JSON.parse(lines[0]!) as { docs: number }).docs).toBe(fixtures.length)
    expect(lines.slice(1, 1 + fixtures.length).map((line) => (JSON.parse(line) as { id: string }).id).sort()).toEqual(fixtures.map((f) => f.id).sort())
  })

  it('refuses a snapshot that ends within its records, saying to reindex', async () => {
    await new EmbeddedEngine({ snapshotPath }).replaceAll(fixtures)
    const lines = (await readFile(snapshotPath, 'utf8')).split('\n')
    await writeFile(snapshotPath, `${lines.slice(0, 2).join('\n')}\n`)
    await expect(new EmbeddedEngine({ snapshotPath }).count()).rejects.toThrow(/ends within its records; reindex/)
  })

  it('warms up on a loaded snapshot without changing what searches find', async () => {
    await new EmbeddedEngine({ snapshotPath }).replaceAll(fixtures)
    const cold = new EmbeddedEngine({ snapshotPath })
    const before = await cold.search({ q: 'hộ chiếu' })
    const warm = new EmbeddedEngine({ snapshotPath })
    await warm.warmUp()
    const after = await warm.search({ q: 'hộ chiếu' })
    expect(after.hits.map((hit) => hit.id)).toEqual(before.hits.map((hit) => hit.id))
    expect(after.hits.length).toBeGreaterThan(0)
  })

  it('keeps a digest of each body, not the text, and still finds records by words of their body', async () => {
    const withBody = fixtures.find((doc) => doc.body !== undefined)!
    await new EmbeddedEngine({ snapshotPath }).replaceAll(fixtures)
    const text = await readFile(snapshotPath, 'utf8')
    expect(text).not.toContain(withBody.body)
    const reader = new EmbeddedEngine({ snapshotPath })
    const held = (await reader.documents()).find((doc) => doc.id === withBody.id)!
    expect(held).toEqual(storedForm(withBody))
    expect(held.bodyDigest).toMatch(/^[A-Za-z0-9+/]{43}=$/)
    const hits = await reader.search({ q: 'quyết định cử đi công tác' })
    expect(hits.hits.map((hit) => hit.id)).toContain(withBody.id)
  })

  it('lets a reader started before the first write see later writes', async () => {
    const reader = new EmbeddedEngine({ snapshotPath, reloadIntervalMs: 0 })
    expect(await reader.count()).toBe(0)
    await new EmbeddedEngine({ snapshotPath }).replaceAll(fixtures)
    expect(await reader.count()).toBe(fixtures.length)
  })

  it('keeps existing records when a new writer process adds one', async () => {
    await new EmbeddedEngine({ snapshotPath }).replaceAll(fixtures.slice(0, 3))
    await new EmbeddedEngine({ snapshotPath }).upsert([fixtures[3]!])
    const reader = new EmbeddedEngine({ snapshotPath })
    expect(await reader.count()).toBe(4)
    const { hits } = await reader.search({ q: 'ho chieu', type: 'procedure' })
    expect(hits.map((hit) => hit.title)).toEqual(['Cấp hộ chiếu công vụ'])
  })

  it('keeps every change when writes are not awaited one by one', async () => {
    const writer = new EmbeddedEngine({ snapshotPath })
    await Promise.all(fixtures.map((doc) => writer.upsert([doc])))
    expect(await new EmbeddedEngine({ snapshotPath }).count()).toBe(fixtures.length)
  })

  it('checks the file at most once per reload interval', async () => {
    const writer = new EmbeddedEngine({ snapshotPath })
    await writer.replaceAll(fixtures)
    const reader = new EmbeddedEngine({ snapshotPath, reloadIntervalMs: 60_000 })
    expect(await reader.count()).toBe(fixtures.length)
    await writer.remove([fixtures[0]!.id])
    expect(await reader.count()).toBe(fixtures.length)
    expect(await new EmbeddedEngine({ snapshotPath }).count()).toBe(fixtures.length - 1)
  })

  it('appends a change to the journal instead of saving the snapshot again, and other processes replay it', async () => {
    const writer = new EmbeddedEngine({ snapshotPath })
    await writer.replaceAll(fixtures.slice(0, 3))
    const reader = new EmbeddedEngine({ snapshotPath, reloadIntervalMs: 0 })
    expect(await reader.count()).toBe(3)
    const saved = await readFile(snapshotPath, 'utf8')
    await writer.upsert([fixtures[3]!])
    await writer.remove([fixtures[0]!.id])
    expect(await readFile(snapshotPath, 'utf8')).toBe(saved)
    const journal = (await readFile(`${snapshotPath}.journal`, 'utf8')).trim().split('\n')
    expect(journal).toHaveLength(3)
    expect(await reader.count()).toBe(3)
    expect((await reader.documents()).map((doc) => doc.id).sort()).toEqual([fixtures[1]!.id, fixtures[2]!.id, fixtures[3]!.id].sort())
    expect(await new EmbeddedEngine({ snapshotPath }).count()).toBe(3)
  })

  it('ignores a journal left from another snapshot and a torn last line', async () => {
    const writer = new EmbeddedEngine({ snapshotPath })
    await writer.replaceAll(fixtures.slice(0, 3))
    await writer.upsert([fixtures[3]!])
    const journal = await readFile(`${snapshotPath}.journal`, 'utf8')
    await writeFile(`${snapshotPath}.journal`, `${journal}{"upsert":[{"id":`)
    expect(await new EmbeddedEngine({ snapshotPath }).count()).toBe(4)
    // A crash between a new snapshot and its journal leaves the old journal: its changes are already in the snapshot.
    await new EmbeddedEngine({ snapshotPath }).replaceAll(fixtures.slice(0, 2))
    await writeFile(`${snapshotPath}.journal`, journal)
    expect(await new EmbeddedEngine({ snapshotPath }).count()).toBe(2)
  })

  it('folds a grown journal into a new snapshot', async () => {
    const writer = new EmbeddedEngine({ snapshotPath })
    await writer.replaceAll(fixtures.slice(0, 1))
    // A long facet value makes a big journal line without making indexing slow.
    const big = { ...fixtures[1]!, facets: { ...fixtures[1]!.facets, issuer: 'x'.repeat(1_100_000) } }
    await writer.upsert([big])
    await writer.upsert([{ ...big, id: `${big.id}-2` }])
    const snapshot = JSON.parse((await readFile(snapshotPath, 'utf8')).split('\n')[0]!) as { docs: number }
    expect(snapshot.docs).toBe(3)
    expect((await readFile(`${snapshotPath}.journal`, 'utf8')).trim().split('\n')).toHaveLength(1)
    expect(await new EmbeddedEngine({ snapshotPath }).count()).toBe(3)
  })

  it('refuses a snapshot written in another format until a reindex replaces it', async () => {
    await new EmbeddedEngine({ snapshotPath }).replaceAll(fixtures)
    await writeFile(snapshotPath, JSON.stringify({ version: 99, docs: [], index: {} }))
    const engine = new EmbeddedEngine({ snapshotPath })
    await expect(engine.count()).rejects.toThrow(/version 99/)
    await engine.replaceAll(fixtures.slice(0, 2))
    expect(await new EmbeddedEngine({ snapshotPath }).count()).toBe(2)
  })
})

describe('EmbeddedEngine result cache', () => {
  it('answers a repeated query the same, whatever its case and spacing, and echoes it as typed', async () => {
    const engine = new EmbeddedEngine({ cacheSize: 10 })
    await engine.replaceAll(fixtures)
    const first = await engine.search({ q: 'hộ chiếu', facets: ['type'] })
    const again = await engine.search({ q: '  Hộ   CHIẾU ', facets: ['type'] })
    expect(again.query).toBe('  Hộ   CHIẾU ')
    expect({ ...again, query: first.query, took: first.took }).toEqual(first)
  })

  it('forgets cached results when the index changes, in this process or through the snapshot', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'congkhai-cache-'))
    try {
      const snapshotPath = join(dir, 'index.json')
      const writer = new EmbeddedEngine({ snapshotPath })
      await writer.replaceAll(fixtures)
      const reader = new EmbeddedEngine({ snapshotPath, reloadIntervalMs: 0, cacheSize: 10 })
      const before = await reader.search({ q: 'ho chieu', type: 'procedure' })
      expect(before.total).toBeGreaterThan(0)
      await writer.remove(before.hits.map((hit) => hit.id))
      expect((await reader.search({ q: 'ho chieu', type: 'procedure' })).total).toBe(0)
      await reader.upsert([fixtures[0]!])
      expect((await reader.search({ q: 'ho chieu', type: 'procedure' })).total).toBe(1)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('keeps at most cacheSize results, dropping the least recently used', async () => {
    const engine = new EmbeddedEngine({ cacheSize: 1 })
    await engine.replaceAll(fixtures)
    const first = await engine.search({ q: 'ho chieu' })
    await engine.search({ q: 'thuong tru' })
    const third = await engine.search({ q: 'ho chieu' })
    expect(third.hits).toEqual(first.hits)
    expect(third.hits).not.toBe(first.hits)
    expect((await engine.search({ q: 'ho chieu' })).hits).toBe(third.hits)
  })
})
