import { timingSafeEqual } from 'node:crypto'
import type http from 'node:http'

/** Whether `given` is `secret`, compared in constant time (the publish webhook's shared secret). */
export function secretMatches(given: string | undefined, secret: string): boolean {
  const a = Buffer.from(given ?? '')
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** A request's JSON body, refused past `limit` bytes. */
export async function readJson(req: http.IncomingMessage, limit = 16 * 1024): Promise<unknown> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    size += chunk.length
    if (size > limit) throw new Error('body too large')
    chunks.push(chunk)
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'))
}

/** Answers `body` as JSON, never cached. */
export function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}
