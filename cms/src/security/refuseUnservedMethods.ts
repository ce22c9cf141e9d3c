import http from 'node:http'
import { ALLOWED_METHODS, securityHeaders } from './securityHeaders'

const PATCHED = Symbol.for('congkhai.refuseUnservedMethods')

/**
 * Answers 405 to a request whose method the CMS does not serve (TRACE, TRACK, …) before Next.js sees it.
 *
 * @remarks Next.js turns every request into a Fetch `Request`, which refuses to be built with TRACE or TRACK: the
 * request fails inside Next.js with a 500 before `proxy.ts` runs. So the refusal sits on the Node HTTP server itself,
 * patched once at start-up (`instrumentation.ts`). Other unknown methods (PROPFIND, …) reach `proxy.ts`, which
 * refuses them the same way.
 */
export function refuseUnservedMethods(options: { hsts: boolean }): void {
  const proto = http.Server.prototype as http.Server & { [PATCHED]?: true }
  if (proto[PATCHED]) return
  const emit = proto.emit
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse]
      if (!(ALLOWED_METHODS as readonly string[]).includes(req.method ?? '')) {
        res.writeHead(405, { allow: ALLOWED_METHODS.join(', '), 'content-type': 'text/plain; charset=utf-8', ...securityHeaders('api', options) })
        res.end('Phương thức không được hỗ trợ (method not allowed)')
        return true
      }
    }
    return (emit as (event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args)
  } as typeof proto.emit
  proto[PATCHED] = true
}
