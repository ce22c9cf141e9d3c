/**
 * The CMS's HTTP server: Next.js (production build) behind a plain Node server that tells Payload the socket's peer
 * address. Run from `cms/`: `node src/server.ts` (`npm start` does).
 *
 * @remarks `next start` gives a route no trustworthy client address: Next.js fills `X-Forwarded-For` from the socket
 * only when the client did not send one (`base-server.js`: `??=`), so a client picks its own. Login limits per
 * address need the real one, so this server deletes any client-sent `x-congkhai-peer` and sets it from the socket.
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import { cmsConfig } from './config.ts'
import { markPeerHeaderTrusted, PEER_HEADER } from './loginProtection/clientAddress.ts'

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const app = next({ dev: false, dir, port: cmsConfig.CMS_PORT })
const handle = app.getRequestHandler()
await app.prepare()
markPeerHeaderTrusted()

const server = http.createServer((req, res) => {
  delete req.headers[PEER_HEADER]
  // Listening on `::`, IPv4 clients appear as `::ffff:a.b.c.d`: written as plain IPv4, like X-Forwarded-For's.
  req.headers[PEER_HEADER] = req.socket.remoteAddress?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '') ?? 'unknown'
  void handle(req, res)
})
server.listen(cmsConfig.CMS_PORT, () => console.log(`CMS ready on port ${cmsConfig.CMS_PORT}`))
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(0))
