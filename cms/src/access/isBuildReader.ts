import type { PayloadRequest } from 'payload'
import { hasRole } from './hasRole'

/**
 * True when the request comes from the site's build account (`build` role, `BUILD_API_KEY`).
 *
 * @remarks The build reads exactly what an anonymous visitor may read; the only difference is that the caps on
 * anonymous reads (depth, limit, `pagination=false`, response size) do not apply to it, since a full build reads every
 * published document. Callers that cap anonymous reads ask this, not the roles themselves.
 */
export function isBuildReader(req: PayloadRequest): boolean {
  return hasRole(req, 'build')
}
