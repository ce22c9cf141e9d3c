/**
 * The server `searchBench.ts` loads: plain node:http on a random port of 127.0.0.1 answering `/api/search` with the
 * site server's own handler (`site/src/search/serveSearch.ts`, through `searchEngine()` and its search threads).
 * Only the site server's routing of other paths is left out. Reports its port, its memory and the time it took over
 * each answer when asked, over IPC.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serveSearch } from '@congkhai/site/search-server'

/** Each answer's time in this server, from its request being handled until its last byte was handed to the socket. */
let served: number[] = []

const server = createServer((req, res) => {
  if (!req.url?.startsWith('/api/search')) return void res.writeHead(404).end()
  const started = performance.now()
  res.once('finish', () => served.push(performance.now() - started))
  serveSearch(req, res).catch(() => res.writeHead(500).end())
})

server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }))
process.on('message', (message) => {
  if (message === 'memory') process.send?.({ memory: process.memoryUsage() })
  // Asked before and after a timed run: the times since the last ask.
  if (message === 'served') {
    process.send?.({ served })
    served = []
  }
})
process.on('disconnect', () => server.close(() => process.exit(0)))
