import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isTrackingCode } from '@congkhai/contracts/tracking-code'
import { afterEach, describe, expect, it } from 'vitest'
import { FeedbackOutbox, TokenSpentError } from './FeedbackOutbox'
import { DeliveryError } from './OutboxDeliverer'
import type { OutboxRecord } from './OutboxJournal'

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
  it('gives random codes in the checked format and has the record on disk before accept resolves', async () => {
    const dir = tempDir()
    const outbox = new FeedbackOutbox({ dir, deliver: never, ...quiet })
    const first = await outbox.accept({ title: 'một' })
    const second = await outbox.accept({ title: 'hai' })
    expect(isTrackingCode(first.code) && isTrackingCode(second.code)).toBe(true)
    expect(first.code).not.toBe(second.code)
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
        if (!up) throw new DeliveryError('CMS unreachable', 'transient')
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
        if (r.data.bad) throw new DeliveryError('timeout reading files', 'record')
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

  it('compacts the journal once it grows, keeping what is undelivered', async () => {
    const dir = tempDir()
    let up = true
    const outbox = new FeedbackOutbox({ dir, ...quiet, compactBytes: 2000, deliver: async () => { if (!up) throw new DeliveryError('down', 'transient') } })
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

describe('FeedbackOutbox', () => {
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
      expect(isTrackingCode((await outbox.accept({ n: 2 })).code)).toBe(true)
      await outbox.close()
    })
  })
})

/** A journal as a build's own outbox wrote it before random codes: legacy codes from a per-year sequence. */
function legacyJournal(dir: string, records: { id: string; code: string; files?: string[] }[], acked: string[] = []) {
  fs.mkdirSync(dir, { recursive: true })
  const lines: unknown[] = [{ t: 'state', year: 2026, lastSeq: records.length }]
  for (const r of records) {
    const rec: Record<string, unknown> = { t: 'rec', submissionId: r.id, code: r.code, receivedAt: '2026-12-01T00:00:00.000Z', data: { title: r.id } }
    if (r.files) {
      rec.attachments = r.files.map((text, i) => ({ name: `${i}.pdf`, type: 'application/pdf', size: Buffer.byteLength(text) }))
      fs.mkdirSync(path.join(dir, 'attachments', r.id), { recursive: true })
      r.files.forEach((text, i) => fs.writeFileSync(path.join(dir, 'attachments', r.id, String(i)), text))
    }
    lines.push(rec)
  }
  for (const id of acked) lines.push({ t: 'ack', id })
  fs.writeFileSync(path.join(dir, 'journal.jsonl'), lines.map((l) => `${JSON.stringify(l)}\n`).join(''))
}

describe('stranded outboxes (issue 18, hole 0)', () => {
  it('take over what older builds still hold, files too, give colliding and legacy codes new ones, keeping the first', async () => {
    const live = tempDir()
    const builds = tempDir()
    // Two builds each numbered from GY-2026-000001; the first build's record 1 was delivered, record 2 was not.
    const old1 = path.join(builds, 'build-1', '.data', 'feedback-outbox')
    const old2 = path.join(builds, 'build-2', '.data', 'feedback-outbox')
    legacyJournal(old1, [{ id: 'a1', code: 'GY-2026-000001' }, { id: 'a2', code: 'GY-2026-000002', files: ['tệp của a2'] }], ['a1'])
    legacyJournal(old2, [{ id: 'b1', code: 'GY-2026-000001' }])

    const delivered: { record: OutboxRecord; files: string[] }[] = []
    const outbox = new FeedbackOutbox({ dir: live, ...quiet, deliver: async (record, files) => void delivered.push({ record, files: files.map((f) => fs.readFileSync(f.path, 'utf8')) }) })
    expect(await outbox.adopt(old1)).toBe(1)
    expect(await outbox.adopt(old2)).toBe(1)
    expect(await outbox.drained(5000)).toBe(true)
    expect(fs.existsSync(path.join(old1, 'journal.jsonl')) || fs.existsSync(path.join(old2, 'journal.jsonl'))).toBe(false)
    expect(fs.existsSync(path.join(old1, 'attachments'))).toBe(false)

    const byId = Object.fromEntries(delivered.map((d) => [d.record.submissionId, d]))
    expect(Object.keys(byId).sort()).toEqual(['a2', 'b1'])
    expect(byId.a2!.files).toEqual(['tệp của a2'])
    expect(byId.a2!.record.originalCode).toBe('GY-2026-000002')
    expect(byId.b1!.record.originalCode).toBe('GY-2026-000001')
    for (const d of delivered) expect(isTrackingCode(d.record.code)).toBe(true)
    await outbox.close()
  })

  it('are taken over once even when a crash left the old journal after the copy', async () => {
    const live = tempDir()
    const old = path.join(tempDir(), 'build-1', '.data', 'feedback-outbox')
    legacyJournal(old, [{ id: 'x1', code: 'GY-2026-000001' }])
    const first = new FeedbackOutbox({ dir: live, deliver: never, ...quiet })
    expect(await first.adopt(old)).toBe(1)
    await first.close()
    // As if the process died before removing the old journal.
    legacyJournal(old, [{ id: 'x1', code: 'GY-2026-000001' }])
    const second = new FeedbackOutbox({ dir: live, deliver: never, ...quiet })
    expect(await second.adopt(old)).toBe(0)
    expect(second.size).toBe(1)
    await second.close()
  })

  it('still reads a legacy live journal, and gives its records codes in the new format', async () => {
    const dir = tempDir()
    legacyJournal(dir, [{ id: 'l1', code: 'GY-2026-000007' }])
    const delivered: OutboxRecord[] = []
    const outbox = new FeedbackOutbox({ dir, ...quiet, deliver: async (r) => void delivered.push(r) })
    await outbox.open()
    expect(await outbox.drained(5000)).toBe(true)
    expect(delivered).toHaveLength(1)
    expect(isTrackingCode(delivered[0]!.code)).toBe(true)
    expect(delivered[0]!.originalCode).toBe('GY-2026-000007')
    expect(fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8')).not.toContain('"t":"state"')
    await outbox.close()
  })
})

describe('refusals the CMS will not change its mind on (issue 18, hole 0)', () => {
  it('park the record, keep it across restarts, retry it rarely, and show its code and reason', async () => {
    const dir = tempDir()
    let calls = 0
    const refuse = async () => {
      calls++
      throw new DeliveryError('HTTP 400: Dữ liệu góp ý không hợp lệ. (title: Too big)', 'refused')
    }
    const outbox = new FeedbackOutbox<{ title: string }>({ dir, ...quiet, parkedRetryMs: 150, deliver: refuse })
    const record = await outbox.accept({ title: 'bị từ chối' })
    await expect.poll(() => outbox.status().parked.length).toBe(1)
    expect(outbox.status()).toMatchObject({ pending: 1, parked: [{ code: record.code, reason: 'HTTP 400: Dữ liệu góp ý không hợp lệ. (title: Too big)' }] })
    expect(JSON.stringify(outbox.status())).not.toContain('bị từ chối')
    // Retried, but only after the long wait, not with the short back-off of a CMS outage.
    const before = calls
    await new Promise((r) => setTimeout(r, 60))
    expect(calls).toBe(before)
    await expect.poll(() => calls, { timeout: 2000 }).toBeGreaterThan(before)
    await outbox.close()

    let fixed = false
    const again = new FeedbackOutbox<{ title: string }>({ dir, ...quiet, parkedRetryMs: 60_000, deliver: async () => { if (!fixed) throw new DeliveryError('HTTP 400: still', 'refused') } })
    await again.open()
    expect(again.size).toBe(1)
    expect(again.status().parked[0]?.code).toBe(record.code)
    await again.close()
    fixed = true
    const last = new FeedbackOutbox<{ title: string }>({ dir, ...quiet, deliver: async () => {} })
    await last.open()
    expect(await last.drained(5000)).toBe(true)
    expect(last.status()).toEqual({ pending: 0, parked: [] })
    await last.close()
  })

  it('give a record whose code the CMS already holds a new code, and deliver it', async () => {
    const dir = tempDir()
    const tried: string[] = []
    const delivered: OutboxRecord[] = []
    const outbox = new FeedbackOutbox({ dir, ...quiet, deliver: async (r) => {
      tried.push(r.code)
      if (tried.length === 1) throw new DeliveryError('HTTP 409: code taken', 'code-taken')
      delivered.push(r)
    } })
    const record = await outbox.accept({ n: 1 })
    expect(await outbox.drained(5000)).toBe(true)
    expect(tried[0]).toBe(record.code)
    expect(delivered[0]!.code).not.toBe(record.code)
    expect(isTrackingCode(delivered[0]!.code)).toBe(true)
    expect(delivered[0]!.originalCode).toBe(record.code)
    expect(outbox.status().parked).toEqual([])
    await outbox.close()
  })
})

describe('form tokens (issue 18, hole 4)', () => {
  it('are spent once, by an accepted submission or a dropped one, and stay spent across a restart until they expire', async () => {
    const dir = tempDir()
    const outbox = new FeedbackOutbox({ dir, deliver: never, ...quiet })
    const token = { id: 'nonce-accepted-01', until: Date.now() + 60_000 }
    await outbox.accept({ n: 1 }, [], token)
    await expect(outbox.accept({ n: 2 }, [], token)).rejects.toBeInstanceOf(TokenSpentError)
    expect(outbox.size).toBe(1)
    await outbox.spendToken({ id: 'nonce-dropped-001', until: Date.now() + 60_000 })
    await expect(outbox.spendToken({ id: 'nonce-dropped-001', until: Date.now() + 60_000 })).rejects.toBeInstanceOf(TokenSpentError)
    await outbox.spendToken({ id: 'nonce-expired-001', until: Date.now() - 1 })
    await outbox.close()

    const again = new FeedbackOutbox({ dir, deliver: never, ...quiet })
    expect(await again.tokenSpent('nonce-accepted-01')).toBe(true)
    expect(await again.tokenSpent('nonce-dropped-001')).toBe(true)
    expect(await again.tokenSpent('nonce-expired-001')).toBe(false)
    expect(fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8')).not.toContain('nonce-expired-001')
    await again.close()
  })

  it('let only one of two simultaneous sends of one form through', async () => {
    const outbox = new FeedbackOutbox({ dir: tempDir(), deliver: never, ...quiet })
    const token = { id: 'nonce-race-00001', until: Date.now() + 60_000 }
    const results = await Promise.allSettled([outbox.accept({ n: 1 }, [], token), outbox.accept({ n: 2 }, [], token)])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect(outbox.size).toBe(1)
    await outbox.close()
  })
})
