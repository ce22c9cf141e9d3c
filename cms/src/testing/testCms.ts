import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { guardRest } from '../rest/guardRest'

const handlers = guardRest(config)
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/** A CMS on the integration tests' database: the Local API, and the real REST handlers called without a server. */
export interface TestCms {
  payload: Payload
  /** Calls the REST API as the Next.js route would (`cms/src/app/(payload)/api/[...slug]/route.ts`): `rest('GET', '/legal-documents/1')`. */
  rest(method: Method, path: string, init?: { body?: unknown; headers?: Record<string, string> }): Promise<Response>
  /** Answers a whole `/api/…` request, for serving the REST API over real HTTP in a test. */
  handle(request: Request): Promise<Response>
}

/** Boots Payload against the test database and applies the committed migrations. */
export async function startTestCms(): Promise<TestCms> {
  const payload = await getPayload({ config })
  await payload.db.migrate()
  const handle = (request: Request) => {
    const method = request.method as Method
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
    if (!(method in handlers)) return Promise.resolve(new Response(null, { status: 405 }))
    return handlers[method](request, { params: Promise.resolve({ slug }) })
  }
  return {
    payload,
    handle,
    rest(method, path, init = {}) {
      const url = new URL(`/api${path}`, 'http://localhost:3000')
      const request = new Request(url, {
        method,
        headers: { 'content-type': 'application/json', ...init.headers },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      })
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      return handlers[method](request, { params: Promise.resolve({ slug }) })
    },
  }
}
