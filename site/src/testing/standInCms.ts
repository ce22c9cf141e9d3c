import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { vi } from 'vitest'

/** The build's API key while a stand-in runs: reads of published content must carry it. */
export const STAND_IN_BUILD_KEY = 'stand-in-build-api-key-0001'

/** Paths the site asks without the build's key: feedback (the site's own key) and previews (a signed link). */
const WITHOUT_BUILD_KEY = /^\/api\/(feedback|preview)\//

/**
 * A stand-in for the CMS's REST API on loopback, for unit tests of the site's reads over real HTTP.
 *
 * @remarks Points `CMS_URL` at itself, sets `BUILD_API_KEY` and resets the module registry: import the module under
 * test afterwards, so its `siteConfig` reads them. A read of published content without the build's key is answered
 * 401, as a CMS that caps anonymous reads might, so a test fails where the site forgot it. `close()` stops the server
 * and restores the environment.
 */
export async function standInCms(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url!, 'http://cms').pathname
    if (!WITHOUT_BUILD_KEY.test(path) && req.headers.authorization !== `users API-Key ${STAND_IN_BUILD_KEY}`) {
      return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"message":"stand-in: the build key is missing"}]}')
    }
    handle(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  vi.stubEnv('CMS_URL', `http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  vi.stubEnv('BUILD_API_KEY', STAND_IN_BUILD_KEY)
  vi.resetModules()
  return {
    close: async () => {
      vi.unstubAllEnvs()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
