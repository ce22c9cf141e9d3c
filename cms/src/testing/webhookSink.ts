import http from 'node:http'
import type net from 'node:net'

/**
 * Stands in for the public site's publish webhook: records what the CMS sends (`GET /events` lists it).
 *
 * @remarks Tests that publish need somewhere to send events; a real site would rebuild, which is the e2e tests' job.
 * Each event is recorded without its publish-log sequence number (`seq`), which the log's own test checks.
 * The integration tests' set-up (`vitest.globalSetup.ts`) starts one and provides its URL as `webhookUrl`.
 */
export async function startWebhookSink(): Promise<{ url: string; server: http.Server }> {
  const events: unknown[] = []
  const server = http.createServer((req, res) => {
    if (req.method === 'GET') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(events))
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const { seq: _seq, ...event } = JSON.parse(body || '{}') as Record<string, unknown>
      events.push({ secret: req.headers['x-publish-secret'], ...event })
      res.writeHead(202).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`, server }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The webhook sink's URL: `${inject('webhookUrl')}/events` lists the publish events the CMS sent. */
    webhookUrl: string
  }
}
