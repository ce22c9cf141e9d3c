/**
 * The server `searchBench.ts` loads: plain node:http on a random port of 127.0.0.1, handing every `/api/search`
 * request to the site's real route handler (`site/src/pages/api/search.ts`), which reads through `searchEngine()`.
 * Only Astro's own request routing is left out. Reports its port, and its memory when asked, over IPC.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { GET } from '../../site/src/pages/api/search'

type RouteContext = Parameters<typeof GET>[0]

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (url.pathname !== '/api/search') return void res.writeHead(404).end()
  const response = await GET({ url, request: new Request(url) } as RouteContext)
  res.writeHead(response.status, Object.fromEntries(response.headers))
  res.end(Buffer.from(await response.arrayBuffer()))
})

server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }))
process.on('message', (message) => {
  if (message === 'memory') process.send?.({ memory: process.memoryUsage() })
})
process.on('disconnect', () => server.close(() => process.exit(0)))
