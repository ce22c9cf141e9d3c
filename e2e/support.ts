/**
 * Helpers shared by the end-to-end specs: waiting for the publisher, signing in to the CMS, requests that keep the
 * body as sent, seeded randomness.
 */
import http from 'node:http'
import zlib from 'node:zlib'
import { installationSecrets } from '@congkhai/contracts/installation-secrets'
import { expect, type APIRequestContext } from '@playwright/test'
import { e2eEnv } from '../playwright.config'

/** The secrets the e2e stack generated into its DATA_DIR when it started (read once the stack is up). */
export const stackSecrets = () => installationSecrets(e2eEnv.DATA_DIR)

/** The demo administrator the e2e stack's seed creates, with the password generated for this stack. */
export const admin = {
  email: 'admin@congkhai.local',
  get password() {
    return stackSecrets().ADMIN_PASSWORD
  },
}

/** The header that authenticates a publish event to the e2e stack's site server. */
export const publishHeaders = () => ({ 'x-publish-secret': stackSecrets().PUBLISH_SECRET })

/** Waits until the site server is idle and has published every change the CMS reported to it. */
export async function published(request: APIRequestContext, timeoutMs = 5 * 60_000): Promise<void> {
  await expect
    .poll(async () => {
      const s = (await (await request.get('/_internal/status')).json()) as { state: string; received: number; published: number; incremental?: string }
      // After a full build, its precompressed copies and its patch thread come in the background (`loading`).
      return s.state === 'idle' && s.published >= s.received && s.incremental !== 'loading'
    }, { timeout: timeoutMs, intervals: [500, 1000] })
    .toBe(true)
}

/** Signs the demo administrator in to the CMS and returns the header that authenticates its REST requests. */
export async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const res = await request.post(`${e2eEnv.CMS_URL}/api/users/login`, { data: admin })
  expect(res.ok()).toBeTruthy()
  return { authorization: `JWT ${((await res.json()) as { token: string }).token}` }
}

/** A small seeded generator (mulberry32) of numbers in [0, 1), so a failing random run can be replayed. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An answer as it came over the wire: the body still in its content coding. */
export interface RawAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** A request on node:http, which leaves the body as it was sent (Playwright's and fetch's decode it). */
export function rawRequest(url: URL | string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** The body of a raw answer, decoded from brotli or gzip. */
export function decoded(answer: RawAnswer): Buffer {
  const coding = answer.headers['content-encoding']
  return coding === 'br' ? zlib.brotliDecompressSync(answer.body) : coding === 'gzip' ? zlib.gunzipSync(answer.body) : answer.body
}
