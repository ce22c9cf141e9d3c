/**
 * The server `feedbackBench.ts` loads: plain node:http on a random port of 127.0.0.1, handing every
 * `POST /api/feedback` to the site's real route handler (site/src/pages/api/feedback.ts), which validates, fsyncs the
 * submission to the outbox and answers. Only Astro's own routing and origin middleware are left out. Reports its port
 * over IPC; on disconnect closes the outbox (flushing it) and exits.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { POST } from '@congkhai/site/api/feedback'
import { feedbackIntake } from '@congkhai/site/feedback'

type RouteContext = Parameters<typeof POST>[0]

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (url.pathname !== '/api/feedback' || req.method !== 'POST') return void res.writeHead(404).end()
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const request = new Request(url, { method: 'POST', headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) })
  const context = {
    url,
    request,
    clientAddress: req.socket.remoteAddress ?? '127.0.0.1',
    locals: {},
    redirect: (path: string, status = 302) => new Response(null, { status, headers: { location: path } }),
    rewrite: () => new Response('form errors', { status: 400 }),
  }
  const response = await POST(context as unknown as RouteContext)
  res.writeHead(response.status, Object.fromEntries(response.headers))
  res.end(Buffer.from(await response.arrayBuffer()))
})

await feedbackIntake().outbox.open()
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }))
process.on('disconnect', () => {
  server.close(async () => {
    await feedbackIntake().outbox.close()
    process.exit(0)
  })
  // Idle keep-alive connections (the benchmark's fetch and autocannon) would hold close() open.
  server.closeAllConnections()
})
