/**
 * The browser-side protection of every answer of the public site: the Content-Security-Policy directives, the other
 * security headers, and the HTTP methods each kind of path takes. Read by `astro.config.ts` (build), the site's
 * middleware (on-demand pages) and the site server (`publish/host.ts`); `deploy/nginx/congkhai-headers.conf` repeats
 * the same set for nginx and `e2e/securityHeaders.spec.ts` checks both.
 */

import type { AstroUserConfig } from 'astro'

/** Directives as Astro's `security.csp.directives` takes them: each starts with a name Astro lets a site set. */
type CspDirectives = NonNullable<Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']>

/** What the site's pages may load, besides the scripts and styles Astro hashes (`script-src`, `style-src`). */
export function cspDirectives(mediaUrl: string): CspDirectives {
  // Cover images and attachments are linked from PUBLIC_MEDIA_URL (`published/cms.ts`: `mediaUrl`), the CMS by default.
  const media = new URL(mediaUrl).origin
  return ["default-src 'self'", `img-src 'self' data: ${media}`, "form-action 'self'", "base-uri 'self'", "object-src 'none'"]
}

/**
 * The policy every answer carries as a header, whatever else it has.
 *
 * @remarks Prerendered pages carry their full policy, with the hashes of their inline scripts and styles, in a
 * `<meta>` element (Astro's `security.csp`), so nginx serves them as files and they stay protected. A `<meta>` policy
 * cannot forbid framing, so this header does, for every answer; it names no script or style source, since a second
 * policy can only narrow the first: a `script-src` here would block the hashed inline scripts of the `<meta>` one.
 */
export const FRAME_POLICY = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'"

/** The header lines every answer of the site server carries (names in lower case). */
export function securityHeaders(opts: { hsts: boolean; hstsMaxAge: number }): Record<string, string> {
  return {
    'content-security-policy': FRAME_POLICY,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    ...(opts.hsts ? { 'strict-transport-security': `max-age=${opts.hstsMaxAge}` } : {}),
  }
}

/**
 * Whether an answer is sent with `Cross-Origin-Opener-Policy: same-origin`: the answers to a POST (a look-up's result,
 * the feedback form given back with what was typed) and the preview of unpublished drafts, the answers that hold a
 * citizen's data or an editor's.
 *
 * @remarks Not on the published pages: there COOP guards nothing (a public page holds nothing another window could
 * leak) and costs every visit from another site a browsing-context-group swap into a fresh renderer process. Measured
 * with Lighthouse's mobile settings on the same page with and without the header, the cold process's work tripled
 * Total Blocking Time (median 237 ms against 105 ms on `/thu-tuc`, 399 against 81 on `/lien-he`), the one thing
 * keeping published pages from a performance score of 100 (docs/benchmarks.md, "Public site (national procedures
 * imported)"). `X-Frame-Options`, `frame-ancestors 'none'` and the other headers stay on every answer.
 */
export function isolatedFromOpeners(method: string | undefined, pathname: string): boolean {
  return method === 'POST' || /^\/xem-truoc\/?$/.test(pathname)
}

/** The on-demand paths and the methods each takes; every other path is a file, read with GET or HEAD only. */
const ROUTE_METHODS: [RegExp, readonly string[]][] = [
  [/^\/api\/feedback\/?$/, ['POST']],
  [/^\/api\/search\/?$/, ['GET', 'HEAD']],
  [/^\/(en\/)?(tim-kiem|gop-y|gop-y\/da-gui)\/?$/, ['GET', 'HEAD']],
  // The look-up takes the sender's email or phone in a form post, so it never appears in a URL.
  [/^\/(en\/)?tra-cuu-gop-y\/?$/, ['GET', 'HEAD', 'POST']],
  [/^\/xem-truoc\/?$/, ['GET', 'HEAD']],
  [/^\/healthz\/?$/, ['GET', 'HEAD']],
]
const FILE_METHODS = ['GET', 'HEAD'] as const

/**
 * The methods `pathname` answers; anything else gets 405 with these in `Allow`.
 *
 * @remarks Without this, Astro's handler answered `TRACE` on its routes with a 500 and its static file server
 * answered PUT, DELETE or PROPFIND on a page with the page (issue 18, hole 6). The feedback form posts to
 * `/api/feedback`, which re-renders `/gop-y` itself, so `/gop-y` takes no POST of its own.
 */
export function allowedMethods(pathname: string): readonly string[] {
  return ROUTE_METHODS.find(([pattern]) => pattern.test(pathname))?.[1] ?? FILE_METHODS
}
