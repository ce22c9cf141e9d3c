import type http from 'node:http'
import { siteConfig } from '../config'
import { requestAddress } from '../security/requestAddress'
import { answerSearch, SEARCH_ANSWER_HEADERS } from './search'
import { searchLimitedMessage, searchLimiter } from './searchLimit'

/**
 * Answers a `GET` or `HEAD /api/search` on node:http, the way the site server answers every search.
 *
 * @remarks The site server (`host.ts`) calls this instead of the build's Astro route: the same answer
 * (`answerSearch`), without a `Request` and a `Response` built per search. `bench:search` loads it too.
 */
export async function serveSearch(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const wait = searchLimiter.take(requestAddress(req, siteConfig.TRUST_PROXY))
  if (wait > 0) {
    const body = JSON.stringify({ error: searchLimitedMessage(wait) })
    res.writeHead(429, { ...SEARCH_ANSWER_HEADERS, 'retry-after': String(wait), 'content-length': Buffer.byteLength(body) }).end(body)
    return
  }
  const { status, body } = await answerSearch(new URL(req.url ?? '/', 'http://site').searchParams)
  // With its length stated, the answer goes out as one body instead of in chunked encoding. A HEAD gets the body too:
  // node:http drops it, and the host's compression (`compression/compressResponse.ts`) states the length it would have.
  const headers = { ...SEARCH_ANSWER_HEADERS, 'content-length': Buffer.byteLength(body) }
  res.writeHead(status, headers).end(body)
}
