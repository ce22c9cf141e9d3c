import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { pacedLoad } from './pacedLoad'

let server: Server | undefined

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler)
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

afterEach(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
  server = undefined
})

describe('pacedLoad', () => {
  it('reads answers with a stated length, chunked answers and empty ones, and counts the statuses', async () => {
    const seen: string[] = []
    const base = await serve((req, res) => {
      seen.push(req.url!)
      if (req.url === '/length') return void res.writeHead(200, { 'content-length': 5000 }).end('x'.repeat(5000))
      if (req.url === '/chunked') {
        res.writeHead(200)
        res.write('x'.repeat(70_000))
        return void setTimeout(() => res.end('y'), 5)
      }
      res.writeHead(404).end()
    })
    const run = await pacedLoad({ base, paths: ['/length', '/chunked', '/missing'], rate: 200, seconds: 0.3, connections: 2 })
    expect(run).toMatchObject({ requests: 60, non2xx: 20, errors: 0 })
    expect(run.latencies).toHaveLength(60)
    expect(seen.filter((url) => url === '/chunked')).toHaveLength(20)
  })

  it('times a request from when it was due, so one waiting for a free connection counts its wait', async () => {
    const base = await serve((_req, res) => setTimeout(() => res.end('ok'), 50))
    const run = await pacedLoad({ base, paths: ['/'], rate: 100, seconds: 0.1, connections: 1 })
    const latencies = run.latencies.sort((a, b) => a - b)
    expect(run.requests).toBe(10)
    // Ten requests due 10 ms apart on one connection that answers in 50 ms: the last waited for the nine before it.
    expect(latencies.at(-1)).toBeGreaterThan(400)
  })

  it('counts a connection the server drops as an error, and goes on on a new one', async () => {
    let calls = 0
    const base = await serve((req, res) => {
      if (++calls === 2) return void req.socket.destroy()
      res.end('ok')
    })
    const run = await pacedLoad({ base, paths: ['/'], rate: 100, seconds: 0.1, connections: 1 })
    expect(run).toMatchObject({ requests: 9, errors: 1, non2xx: 0 })
    expect(Object.keys(run.errorKinds)).toHaveLength(1)
  })
})
