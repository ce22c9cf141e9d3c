/** What `/healthz` says of a site server: `down` answers 503, the others 200. */
export type HealthStatus = 'ok' | 'degraded' | 'down'

/**
 * The site server's health from what it serves: `down` when no build is live or no search engine answers,
 * `degraded` while the last publish failed (the previous build is still served) or one search engine is out
 * (Meilisearch down: searches answered by the embedded index), else `ok`.
 *
 * @remarks A load balancer takes a replica out on a 503: a Meilisearch outage, which every replica shares, must not
 * take them all out while each still serves its pages and searches.
 */
export function healthStatus(state: { serving: boolean; searchAnswering: boolean; searchAllUp: boolean; publishFailed: boolean }): HealthStatus {
  if (!state.serving || !state.searchAnswering) return 'down'
  return state.publishFailed || !state.searchAllUp ? 'degraded' : 'ok'
}
