import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { waitForSiteReady, waitForSiteSettled } from './siteReady'

let server: http.Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

/** A site status path that gives the answers in turn, the last one from then on. */
async function statusServer(answers: { code: number; body: object }[]): Promise<string> {
  let i = 0
  server = http.createServer((_req, res) => {
    const { code, body } = answers[Math.min(i++, answers.length - 1)]!
    res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/_internal/status`
}

const building = (startedAt: string) => ({ code: 503, body: { ready: false, state: 'building', running: { kind: 'full', startedAt, expectedSeconds: 900 } } })

describe('waitForSiteReady', () => {
  it('waits past its quiet limit while the site says its first build is running, saying so, and resolves when it serves', async () => {
    const startedAt = new Date(Date.now() - 120_000).toISOString()
    const url = await statusServer([...Array.from({ length: 12 }, () => building(startedAt)), { code: 200, body: { ready: true, state: 'idle' } }])
    const lines: string[] = []
    const began = Date.now()
    await waitForSiteReady(url, { log: (l) => lines.push(l), quietTimeoutMs: 50, progressEveryMs: 20, pollMs: 10 })
    expect(Date.now() - began).toBeGreaterThan(50)
    expect(lines.length).toBeGreaterThan(0)
    expect(lines[0]).toMatch(/still building \(12\d s so far, the last one took 900 s\)/)
  })

  it('resolves when the first build failed and is retried: the site says why', async () => {
    const url = await statusServer([{ code: 503, body: { ready: false, state: 'failed', retry: { kind: 'full', attempt: 1, at: new Date().toISOString(), delaySeconds: 5 } } }])
    await expect(waitForSiteReady(url, { log: () => {}, quietTimeoutMs: 1000, pollMs: 10 })).resolves.toBeUndefined()
  })

  it('gives up after its quiet limit when nothing says a build is under way', async () => {
    const url = await statusServer([{ code: 503, body: { ready: false, state: 'idle' } }])
    await expect(waitForSiteReady(url, { log: () => {}, quietTimeoutMs: 100, pollMs: 10 })).rejects.toThrow(/no build under way for 0 s \(HTTP 503, idle\)/)
  })

  it('gives up when nothing answers', async () => {
    const url = await statusServer([])
    await new Promise<void>((resolve) => server!.close(() => resolve()))
    server = undefined
    await expect(waitForSiteReady(url, { log: () => {}, quietTimeoutMs: 100, pollMs: 10 })).rejects.toThrow(/not ready/)
  })
})

describe('waitForSiteSettled', () => {
  const idle = { ready: true, state: 'idle', received: 3, published: 3 }
  it('waits while no build is served, a publish runs or the live build is still loading its patch thread and precompressing, then answers the status', async () => {
    const url = await statusServer([
      { code: 503, body: { ...idle, ready: false } },
      { code: 200, body: { ...idle, state: 'building', published: 2 } },
      { code: 200, body: { ...idle, incremental: 'loading' } },
      { code: 200, body: { ...idle, incremental: 'ready', lastDurationMs: 95_100 } },
    ])
    const base = url.replace('/_internal/status', '')
    await expect(waitForSiteSettled(base, { pollMs: 10 })).resolves.toMatchObject({ incremental: 'ready', lastDurationMs: 95_100 })
  })

  it('fails at once on a failed publish with no retry, and after its deadline saying where the site was', async () => {
    const failed = await statusServer([{ code: 200, body: { ...idle, state: 'failed', lastError: 'astro build failed' } }])
    await expect(waitForSiteSettled(failed.replace('/_internal/status', ''), { pollMs: 10 })).rejects.toThrow(/publish failed: astro build failed/)
    await new Promise<void>((resolve) => server!.close(() => resolve()))
    const loading = await statusServer([{ code: 200, body: { ...idle, incremental: 'loading' } }])
    await expect(waitForSiteSettled(loading.replace('/_internal/status', ''), { timeoutMs: 50, pollMs: 10 })).rejects.toThrow(/did not settle within 0 s \(idle, 3 of 3 published, incremental loading\)/)
  })
})
