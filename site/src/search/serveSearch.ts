import type http from 'node:http'
import { answerSearch, SEARCH_ANSWER_HEADERS } from './search'

/**
 * Answers a `GET` or `HEAD /api/search` on node:http, the way the site server answers every search.
 *
 * @remarks The site server (`host.ts`) calls this instead of the build's Astro route: the same answer
 * (`answerSearch`), without a `Request` and a `Response` built per search. `bench:search` loads it too.
 */
export async function serveSearch(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const { status, body } = await answerSearch(new URL(req.url ?? '/', 'http://site').searchParams)
  // With its length stated, the answer goes out as one body instead of in chunked encoding. A HEAD gets the body too:
  // node:http drops it, and the host's compression (`compression/compressResponse.ts`) states the length it would have.
  const headers = { ...SEARCH_ANSWER_HEADERS, 'content-length': Buffer.byteLength(body) }
  res.writeHead(status, headers).end(body)
}
