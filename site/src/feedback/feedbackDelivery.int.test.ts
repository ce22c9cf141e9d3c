import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { sampleFiles } from '@congkhai/cms/testing'
import { startTestCms, type TestCms } from '@congkhai/cms/testing/cms'
import type { FeedbackInput } from '@congkhai/contracts/feedback'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { siteConfig } from '../config'
import { FeedbackOutbox } from './FeedbackOutbox'
import { deliverToCms, strandedOutboxes } from './feedbackIntake'

let cms: TestCms
let server: http.Server
let port = 0
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-outbox-'))

/** The CMS's REST API over real HTTP, so it can be stopped (connections cut mid-request) and started again. */
function startServer(): Promise<void> {
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = chunks.length ? Buffer.concat(chunks) : undefined
    const request = new Request(`http://127.0.0.1:${port}${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body })
    const response = await cms.handle(request)
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => {
    port = (server.address() as AddressInfo).port
    resolve()
  }))
}

function stopServer(): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeAllConnections()
  return closed
}

const input = (i: number): FeedbackInput => ({
  kind: 'gop-y',
  name: `Người gửi ${i}`,
  email: `nguoi-gui-${i}@example.vn`,
  title: `Góp ý số ${i} trong luồng`,
  content: 'Nội dung góp ý đủ dài để được chấp nhận, gửi trong lúc CMS bị dừng.',
  consent: true,
})

const outbox = () =>
  new FeedbackOutbox<FeedbackInput>({ dir, deliver: (r, files) => deliverToCms(r, files, `http://127.0.0.1:${port}`), log: () => {}, retryMs: { min: 50, max: 400 } })

beforeAll(async () => {
  cms = await startTestCms()
  await cms.payload.create({ collection: 'users', data: { email: 'outbox-site@test.local', password: 'site-password-123', roles: ['site'], enableAPIKey: true, apiKey: siteConfig.SITE_API_KEY } })
  await startServer()
})

afterAll(async () => {
  await stopServer().catch(() => {})
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('feedback delivery when the CMS goes away', () => {
  it('every submission answered with success reaches the CMS exactly once, across a CMS outage and a site restart', async () => {
    let site = outbox()
    await site.open()
    const accepted: string[] = []
    const withFiles: string[] = []
    const total = 240
    for (let i = 0; i < total; i++) {
      if (i === 60) await stopServer()
      if (i === 120) {
        // The site process restarts while the CMS is still down: the outbox on disk is all it has.
        expect(site.size).toBeGreaterThanOrEqual(60)
        await site.close()
        site = outbox()
        await site.open()
      }
      if (i === 160) await startServer()
      // Every tenth comes with attachments, which must arrive with it, once.
      const files = i % 10 === 3 ? [{ name: `don-${i}.pdf`, type: 'application/pdf', bytes: sampleFiles.pdf }, { name: `anh-${i}.png`, type: 'image/png', bytes: sampleFiles.png }] : []
      const record = await site.accept(input(i), files)
      accepted.push(record.code)
      if (files.length) withFiles.push(record.code)
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 30))
    }
    expect(await site.drained(60_000)).toBe(true)
    await site.close()

    const { docs } = await cms.payload.find({ collection: 'feedback', where: { code: { in: accepted } }, limit: total * 2, depth: 0, select: { code: true } })
    const counts = new Map<string, number>()
    for (const doc of docs) counts.set(doc.code, (counts.get(doc.code) ?? 0) + 1)
    expect(new Set(accepted).size).toBe(total)
    expect(accepted.filter((code) => counts.get(code) !== 1)).toEqual([])
    expect(docs).toHaveLength(total)

    const attachments = await cms.payload.find({ collection: 'feedback-attachments', where: { feedbackCode: { in: withFiles } }, limit: 1000, depth: 0 })
    expect(withFiles).toHaveLength(24)
    expect(attachments.docs).toHaveLength(withFiles.length * 2)
    const stored = await cms.payload.find({ collection: 'feedback', where: { code: { in: withFiles } }, limit: 100, depth: 0, select: { attachments: true } })
    expect(stored.docs.map((d) => d.attachments?.length)).toEqual(withFiles.map(() => 2))
    // Delivered: nothing left in the outbox's folder.
    await expect.poll(() => fs.readdirSync(path.join(dir, 'attachments'))).toEqual([])
  })
})

describe('a delivery whose answer was lost (issue 23: a CMS replica killed after storing it)', () => {
  it('is sent again and stored once, with its attachment once', async () => {
    // Between the outbox and the CMS: passes the first delivery on, lets the CMS store it, then cuts the connection
    // instead of answering, as a replica killed just after its commit (or nginx's 502 for it) looks to the site.
    const statuses: number[] = []
    const lossy = http.createServer(async (req, res) => {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const headers = Object.fromEntries(['content-type', 'authorization'].flatMap((name) => (req.headers[name] ? [[name, String(req.headers[name])]] : [])))
      const answer = await fetch(`http://127.0.0.1:${port}${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) })
      const body = Buffer.from(await answer.arrayBuffer())
      statuses.push(answer.status)
      if (statuses.length === 1) return void req.socket.destroy()
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' })
      res.end(body)
    })
    await new Promise<void>((resolve) => lossy.listen(0, '127.0.0.1', resolve))
    const live = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-outbox-lost-'))
    const box = new FeedbackOutbox<FeedbackInput>({
      dir: live,
      deliver: (r, files) => deliverToCms(r, files, `http://127.0.0.1:${(lossy.address() as AddressInfo).port}`),
      log: () => {},
      retryMs: { min: 50, max: 400 },
    })
    const record = await box.accept(input(77), [{ name: 'don-mat-tra-loi.pdf', type: 'application/pdf', bytes: sampleFiles.pdf }])
    expect(await box.drained(30_000)).toBe(true)
    // Stored by the first delivery (201), whose answer the outbox never saw; the second finds it (200).
    expect(statuses).toEqual([201, 200])
    const { docs } = await cms.payload.find({ collection: 'feedback', where: { submissionId: { equals: record.submissionId } }, depth: 0, limit: 10 })
    expect(docs.map((d) => d.code)).toEqual([record.code])
    expect(docs[0]!.attachments).toHaveLength(1)
    const files = await cms.payload.find({ collection: 'feedback-attachments', where: { submissionId: { equals: record.submissionId } }, depth: 0, limit: 10 })
    expect(files.docs).toHaveLength(1)
    await box.close()
    await new Promise((resolve) => lossy.close(resolve))
    fs.rmSync(live, { recursive: true, force: true })
  })
})

describe('what retrying cannot fix (issue 18, hole 0)', () => {
  it('stranded records of two builds, both numbered GY-2026-000001, all land, under new codes, the first kept in a note', async () => {
    const live = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-outbox-live-'))
    const builds = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-builds-'))
    const ids: string[] = []
    for (const build of ['build-1', 'build-2']) {
      const old = path.join(builds, build, '.data', 'feedback-outbox')
      fs.mkdirSync(old, { recursive: true })
      const submissionId = randomUUID()
      ids.push(submissionId)
      const rec = { t: 'rec', submissionId, code: 'GY-2026-000001', receivedAt: new Date().toISOString(), data: input(ids.length) }
      fs.writeFileSync(path.join(old, 'journal.jsonl'), `${JSON.stringify({ t: 'state', year: 2026, lastSeq: 1 })}\n${JSON.stringify(rec)}\n`)
    }
    const box = new FeedbackOutbox<FeedbackInput>({ dir: live, deliver: (r, files) => deliverToCms(r, files, `http://127.0.0.1:${port}`), log: () => {}, retryMs: { min: 50, max: 400 } })
    for (const old of await strandedOutboxes(builds)) await box.adopt(old)
    expect(await box.drained(30_000)).toBe(true)
    const { docs } = await cms.payload.find({ collection: 'feedback', where: { submissionId: { in: ids } }, depth: 0, limit: 10 })
    expect(docs).toHaveLength(2)
    expect(new Set(docs.map((d) => d.code)).size).toBe(2)
    for (const doc of docs) expect(doc.internalNotes?.map((n) => n.note).join()).toContain('GY-2026-000001')
    await box.close()
    fs.rmSync(live, { recursive: true, force: true })
    fs.rmSync(builds, { recursive: true, force: true })
  })

  it('a record the CMS refuses is parked, not retried in a loop, and reported by code and reason', async () => {
    const live = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-outbox-parked-'))
    let attempts = 0
    const box = new FeedbackOutbox<FeedbackInput>({
      dir: live,
      deliver: (r, files) => (attempts++, deliverToCms(r, files, `http://127.0.0.1:${port}`)),
      log: () => {},
      retryMs: { min: 50, max: 400 },
    })
    // A kind the CMS does not know: the site's own rules would never let it through, the CMS's refuse it.
    const record = await box.accept({ ...input(99), kind: 'khieu-nai' as FeedbackInput['kind'] })
    await expect.poll(() => box.status().parked.length, { timeout: 10_000 }).toBe(1)
    expect(box.status().parked[0]).toMatchObject({ code: record.code, reason: expect.stringMatching(/^HTTP 400: Dữ liệu góp ý không hợp lệ\. \(kind: /) })
    const after = attempts
    await new Promise((r) => setTimeout(r, 1000))
    expect(attempts).toBe(after)
    await box.close()
    fs.rmSync(live, { recursive: true, force: true })
  })
})
