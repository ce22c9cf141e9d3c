import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { vi } from 'vitest'

/**
 * A stand-in for the CMS's REST API on loopback, for unit tests of the site's reads over real HTTP.
 *
 * @remarks Points `CMS_URL` at itself and resets the module registry: import the module under test afterwards, so its
 * `siteConfig` reads the stand-in's address. `close()` stops the server and restores the environment.
 */
export async function standInCms(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ close: () => Promise<void> }> {
  const server = createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  vi.stubEnv('CMS_URL', `http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  vi.resetModules()
  return {
    close: async () => {
      vi.unstubAllEnvs()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
