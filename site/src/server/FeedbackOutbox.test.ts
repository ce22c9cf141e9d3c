import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DeliveryError, FeedbackOutbox, trackingCode, vietnamYear, type OutboxRecord } from './FeedbackOutbox'

const dirs: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const quiet = { log: () => {}, retryMs: { min: 5, max: 20 } }
const never = () => new Promise<void>(() => {})

describe('FeedbackOutbox', () => {
  it('numbers codes per year and has the record on disk before accept resolves', async () => {
    const dir = tempDir()
    const outbox = new FeedbackOutbox({ dir, deliver: never, ...quiet, now: () => new Date('2026-06-01T00:00:00Z') })
    const first = await outbox.accept({ title: 'một' })
    const second = await outbox.accept({ title: 'hai' })
    expect([first.code, second.code]).toEqual(['GY-2026-000001', 'GY-2026-000002'])
    const journal = fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8')
    expect(journal).toContain(first.submissionId)
    expect(journal).toContain('"title":"hai"')
    await outbox.close()
  })

  it('keeps undelivered submissions and the sequence across a restart, and ignores a torn last line', async () => {
    const dir = tempDir()
    const a = new FeedbackOutbox({ dir, deliver: never, ...quiet })
    const kept = await a.accept({ n: 1 })
    await a.accept({ n: 2 })
    await a.close()
    fs.appendFileSync(path.join(dir, 'journal.jsonl'), '{"t":"rec","submissionId":"torn')

    const delivered: OutboxRecord[] = []
    const b = new FeedbackOutbox({ dir, deliver: async (r) => void delivered.push(r), ...quiet })
    await b.open()
    expect(await b.drained(5000)).toBe(true)
    expect(delivered.map((r) => r.submissionId)).toContain(kept.submissionId)
    expect(delivered).toHaveLength(2)
    const next = await b.accept({ n: 3 })
    expect(next.code.endsWith('000003')).toBe(true)
    await b.close()
  })

  it('retries while the CMS is down and delivers each submission once it is back', async () => {
    const dir = tempDir()
    let up = false
    const seen = new Map<string, number>()
    const outbox = new FeedbackOutbox({
      dir,
      ...quiet,
      deliver: async (r) => {
        if (!up) throw new DeliveryError('CMS unreachable', true)
        seen.set(r.submissionId, (seen.get(r.submissionId) ?? 0) + 1)
      },
    })
    const records = await Promise.all(Array.from({ length: 20 }, (_, i) => outbox.accept({ i })))
    await new Promise((r) => setTimeout(r, 60))
    expect(outbox.size).toBe(20)
    up = true
    expect(await outbox.drained(5000)).toBe(true)
    expect(records.every((r) => seen.get(r.submissionId) === 1)).toBe(true)
    await outbox.close()
    // Delivered records are not delivered again after a restart.
    const again = new FeedbackOutbox({ dir, deliver: async () => void seen.set('again', 1), ...quiet })
    await again.open()
    expect(again.size).toBe(0)
    await again.close()
  })

  it('does not let a record the CMS refuses hold back the others', async () => {
    const dir = tempDir()
    const delivered: unknown[] = []
    const outbox = new FeedbackOutbox<{ bad: boolean }>({
      dir,
      ...quiet,
      deliver: async (r) => {
        if (r.data.bad) throw new DeliveryError('400', false)
        delivered.push(r.data)
      },
    })
    await outbox.accept({ bad: true })
    await outbox.accept({ bad: false })
    await new Promise((r) => setTimeout(r, 100))
    expect(delivered).toEqual([{ bad: false }])
    expect(outbox.size).toBe(1)
    await outbox.close()
  })

  it('restarts numbering in a new year (in Vietnam time)', async () => {
    let now = new Date('2026-12-31T16:59:00Z')
    const outbox = new FeedbackOutbox({ dir: tempDir(), deliver: never, ...quiet, now: () => now })
    expect((await outbox.accept({})).code).toBe('GY-2026-000001')
    now = new Date('2026-12-31T17:00:00Z')
    expect((await outbox.accept({})).code).toBe('GY-2027-000001')
    await outbox.close()
  })

  it('compacts the journal once it grows, keeping what is undelivered', async () => {
    const dir = tempDir()
    let up = true
    const outbox = new FeedbackOutbox({ dir, ...quiet, compactBytes: 2000, deliver: async () => { if (!up) throw new DeliveryError('down', true) } })
    for (let i = 0; i < 30; i++) await outbox.accept({ text: 'x'.repeat(100) })
    expect(await outbox.drained(5000)).toBe(true)
    up = false
    const last = await outbox.accept({ text: 'giữ lại' })
    for (let i = 0; i < 5; i++) await outbox.accept({ text: 'y'.repeat(400) })
    await outbox.close()
    expect(fs.statSync(path.join(dir, 'journal.jsonl')).size).toBeLessThan(6000)
    const reopened = new FeedbackOutbox({ dir, deliver: never, ...quiet })
    await reopened.open()
    expect(reopened.findPending(last.code)?.data).toEqual({ text: 'giữ lại' })
    expect(reopened.size).toBe(6)
    await reopened.close()
  })
})

describe('tracking codes', () => {
  it('pads the number to six digits and counts years in Vietnam', () => {
    expect(trackingCode(2026, 123)).toBe('GY-2026-000123')
    expect(vietnamYear(new Date('2025-12-31T17:30:00Z'))).toBe(2026)
  })

  describe('attachments', () => {
    const file = (name: string, text: string) => ({ name, type: 'application/pdf', bytes: new TextEncoder().encode(text) })
    const filesIn = (dir: string) => (fs.existsSync(path.join(dir, 'attachments')) ? fs.readdirSync(path.join(dir, 'attachments')) : [])

    it('stores the files before the record, hands them to the deliverer, and removes them once delivered', async () => {
      const dir = tempDir()
      let release!: () => void
      const gate = new Promise<void>((r) => (release = r))
      const delivered: { code: string; files: string[] }[] = []
      const outbox = new FeedbackOutbox({
        dir,
        ...quiet,
        deliver: async (r, files) => {
          await gate
          delivered.push({ code: r.code, files: files.map((f) => `${f.name}:${fs.readFileSync(f.path, 'utf8')}`) })
        },
      })
      const record = await outbox.accept({ title: 'có tệp' }, [file('a.pdf', 'một'), file('b.pdf', 'hai')])
      expect(record.attachments).toEqual([{ name: 'a.pdf', type: 'application/pdf', size: 5 }, { name: 'b.pdf', type: 'application/pdf', size: 3 }])
      expect(fs.readFileSync(path.join(dir, 'attachments', record.submissionId, '1'), 'utf8')).toBe('hai')
      release()
      expect(await outbox.drained(5000)).toBe(true)
      expect(delivered).toEqual([{ code: record.code, files: ['a.pdf:một', 'b.pdf:hai'] }])
      await expect.poll(() => filesIn(dir)).toEqual([])
      await outbox.close()
    })

    it('keeps the files of undelivered records across a restart, and removes files no record names', async () => {
      const dir = tempDir()
      const a = new FeedbackOutbox({ dir, deliver: never, ...quiet })
      const kept = await a.accept({ n: 1 }, [file('giu.pdf', 'giữ lại')])
      await a.close()
      // A crash between writing the files and the journal record leaves files nobody was promised.
      fs.mkdirSync(path.join(dir, 'attachments', 'orphan'), { recursive: true })
      fs.writeFileSync(path.join(dir, 'attachments', 'orphan', '0'), 'x')

      const seen: string[] = []
      const b = new FeedbackOutbox({ dir, ...quiet, deliver: async (r, files) => void seen.push(`${r.submissionId}:${files.map((f) => fs.readFileSync(f.path, 'utf8')).join()}`) })
      await b.open()
      expect(await b.drained(5000)).toBe(true)
      expect(seen).toEqual([`${kept.submissionId}:giữ lại`])
      await b.close()
      const c = new FeedbackOutbox({ dir, deliver: never, ...quiet })
      await c.open()
      expect(filesIn(dir)).toEqual([])
      await c.close()
    })

    it('accepts nothing, and leaves no file, when the files cannot be written', async () => {
      const dir = tempDir()
      const outbox = new FeedbackOutbox({ dir, deliver: never, ...quiet })
      await outbox.open()
      fs.writeFileSync(path.join(dir, 'attachments'), 'not a folder')
      await expect(outbox.accept({ n: 1 }, [file('a.pdf', 'x')])).rejects.toThrow()
      expect(outbox.size).toBe(0)
      expect((await outbox.accept({ n: 2 })).code.endsWith('000001')).toBe(true)
      await outbox.close()
    })
  })
})
