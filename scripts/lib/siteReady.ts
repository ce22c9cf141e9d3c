import { SITE_STATUS_PATH, type SiteStatusReport } from '@congkhai/contracts/site-status'

interface WaitOptions {
  log: (line: string) => void
  /** Gives up after this long without an answer saying a build is under way. */
  quietTimeoutMs?: number
  /** How often it says the build is still running. */
  progressEveryMs?: number
  pollMs?: number
}

/**
 * Resolves once the public site serves a build (its status path answers 200), or once its first build failed and is
 * being retried (the site's log and status say why); rejects after `quietTimeoutMs` without either or an answer that
 * a build is under way.
 *
 * @remarks A fixed deadline gave up on large sites: at 100,000 documents the first full build takes about 17 minutes
 * and `npm start` stopped everything after 10. While the site says it is building, this waits as long as the build
 * runs and says every minute how long it has run, and how long the last one took when the site knows.
 */
export async function waitForSiteReady(statusUrl: string, opts: WaitOptions): Promise<void> {
  const { log, quietTimeoutMs = 600_000, progressEveryMs = 60_000, pollMs = 500 } = opts
  let lastSign = Date.now()
  let lastProgress = Date.now()
  let last = 'no answer'
  for (;;) {
    try {
      const res = await fetch(statusUrl, { signal: AbortSignal.timeout(5000) })
      const body = (await res.json().catch(() => undefined)) as Partial<SiteStatusReport> | undefined
      if (res.ok || body?.retry) return
      last = `HTTP ${res.status}${body?.state ? `, ${body.state}` : ''}`
      if (body?.state === 'building') {
        lastSign = Date.now()
        if (Date.now() - lastProgress >= progressEveryMs) {
          lastProgress = Date.now()
          const running = body.running
          const since = running ? Math.round((Date.now() - Date.parse(running.startedAt)) / 1000) : undefined
          const expected = running?.expectedSeconds ? `, the last one took ${running.expectedSeconds} s` : ''
          log(`the public site is still building${since === undefined ? '' : ` (${since} s so far${expected})`}: a large site takes minutes`)
        }
      }
    } catch (err) {
      last = (err as Error).message
    }
    if (Date.now() - lastSign > quietTimeoutMs) throw new Error(`${statusUrl} not ready: no build under way for ${Math.round(quietTimeoutMs / 1000)} s (${last})`)
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}

/**
 * Resolves with the site's status once it serves a build, its publisher has nothing queued or running and has
 * published everything it received, and its live build takes changes in place (`incremental` is no longer
 * `loading`: after a full build goes live the site writes its precompressed copies and loads its patch thread,
 * minutes of CPU at 10,000 documents).
 * Rejects when a publish failed with no retry scheduled, or after `timeoutMs`.
 *
 * @remarks Benchmarks wait for this before they measure: a Lighthouse calibration taken while the site still
 * precompressed its last build read the host as half as fast and chose half the CPU slowdown.
 */
export async function waitForSiteSettled(base: string, { timeoutMs = 60 * 60_000, pollMs = 250 } = {}): Promise<SiteStatusReport> {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  for (;;) {
    const status = await fetch(`${base}${SITE_STATUS_PATH}`, { signal: AbortSignal.timeout(10_000) })
      .then((res) => res.json() as Promise<SiteStatusReport>)
      .catch((err: Error) => {
        last = err.message
        return undefined
      })
    if (status) {
      if (status.ready && status.state === 'idle' && status.published >= status.received && status.incremental !== 'loading') return status
      if (status.state === 'failed' && !status.retry) throw new Error(`${base}: the publish failed: ${status.lastError ?? 'see the site server log'}`)
      last = `${status.ready ? '' : 'not serving, '}${status.state}, ${status.published} of ${status.received} published, incremental ${status.incremental ?? 'unknown'}`
    }
    if (Date.now() > deadline) throw new Error(`${base}: the site did not settle within ${Math.round(timeoutMs / 1000)} s (${last})`)
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}
