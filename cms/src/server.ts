/**
 * The CMS's HTTP server: Next.js (production build) behind a plain Node server that tells Payload the socket's peer
 * address. Production runs it compiled, `node dist/cms/server.mjs` (`npm run build`), serving the standalone build
 * (`cms/.next/standalone/cms`) with the packages traced into it; from the sources (`node src/server.ts`, run from
 * `cms/`) it serves `cms/.next`.
 *
 * @remarks `next start` gives a route no trustworthy client address: Next.js fills `X-Forwarded-For` from the socket
 * only when the client did not send one (`base-server.js`: `??=`), so a client picks its own. Login limits per
 * address need the real one, so this server deletes any client-sent `x-congkhai-peer` and sets it from the socket.
 */
import fs from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type createNext from 'next'
import { AGENCY_TIME_ZONE } from '@congkhai/contracts/time-zone'
import { cmsConfig } from './config.ts'
import { collectWhenIdle } from './idleCollection.ts'
import { markPeerHeaderTrusted, PEER_HEADER } from './loginProtection/clientAddress.ts'

declare const COMPILED: boolean | undefined
// Payload writes a few times on the server with no zone of its own (a version's time in the version view's header and
// breadcrumb, the list's group-by dates): in the agency's zone, not the machine's (issue 21). Only this server process:
// the code's own times name their zone, and scripts and tests keep the machine's. The erasure cron
// (FEEDBACK_RETENTION_CRON, 02:00) runs at 02:00 in Vietnam accordingly.
process.env.TZ = AGENCY_TIME_ZONE
const here = path.dirname(fileURLToPath(import.meta.url))
// dist/cms/server.mjs → cms/.next/standalone/cms; cms/src/server.ts → cms.
const dir = typeof COMPILED !== 'undefined' ? path.resolve(here, '../../cms/.next/standalone/cms') : path.resolve(here, '..')
const standalone = typeof COMPILED !== 'undefined'
if (standalone && !fs.existsSync(path.join(dir, 'server.js'))) {
  console.error(`Không thấy bản dựng CMS (no standalone CMS build in ${dir}): chạy npm run build (run npm run build) trước.`)
  process.exit(1)
}
if (standalone) {
  // As the standalone build's own server.js does: the configuration as built, instead of loading next.config.ts.
  const { config } = JSON.parse(fs.readFileSync(path.join(dir, '.next', 'required-server-files.json'), 'utf8')) as { config: object }
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config)
}
// Next.js from the build's own traced packages when standalone, so the server and the built pages share one copy.
const next = createRequire(path.join(dir, 'server.js'))('next') as typeof createNext
const app = next({ dev: false, dir, port: cmsConfig.CMS_PORT })
const handle = app.getRequestHandler()
await app.prepare()
markPeerHeaderTrusted()

const server = http.createServer((req, res) => {
  delete req.headers[PEER_HEADER]
  // Listening on `::`, IPv4 clients appear as `::ffff:a.b.c.d`: written as plain IPv4, like X-Forwarded-For's.
  req.headers[PEER_HEADER] = req.socket.remoteAddress?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '') ?? 'unknown'
  res.once('close', collectWhenIdle)
  void handle(req, res)
})
server.listen(cmsConfig.CMS_PORT, () => console.log(`CMS ready on port ${cmsConfig.CMS_PORT}`))
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(0))
