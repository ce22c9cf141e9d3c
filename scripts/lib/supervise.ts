import { startService, stopService } from './processes'

type Service = ReturnType<typeof startService>

/** A long-running service kept running by {@link supervise}. */
export interface Supervised {
  name: string
  /** Whether the service's process is running now. */
  running(): boolean
  /** Stops the service and any restart waiting to happen. */
  stop(): Promise<void>
}

interface SuperviseOptions {
  /** Short name, as in the log prefix (`cms`, `site`). */
  name: string
  /** What it is, for people reading the log (`the CMS`). */
  label: string
  /** Starts a fresh process of the service. */
  start: () => Service
  /** What still runs besides this service, for the crash report. */
  others: () => string[]
  /** What users notice while this service is down, for the crash report. */
  whileDown?: string
  /** Waits before each restart after consecutive crashes; once used up the service stays down. */
  restartDelaysMs?: number[]
  /** A service that ran this long before crashing counts as healthy again: the next crash waits the first delay. */
  stableAfterMs?: number
  log: (line: string) => void
}

/**
 * Starts a service and, when it exits without being asked to, reports the crash loudly and restarts it with growing
 * waits, giving up after a few crashes in a row.
 *
 * @remarks `npm start` used to stop everything when any service exited, so a crashed CMS also took the public site
 * down (issue 18, hole 7). A crash now touches only the crashed service: the site keeps serving pages and keeps
 * feedback in its outbox while the CMS is gone. Restarting is deliberately simple (fixed back-off, a cap); a service
 * that keeps crashing is left down, with the others running, rather than restarted for ever.
 */
export function supervise(opts: SuperviseOptions): Supervised {
  const delays = opts.restartDelaysMs ?? [1000, 5000, 15_000]
  const stableAfterMs = opts.stableAfterMs ?? 60_000
  let service = opts.start()
  let startedAt = Date.now()
  let crashes = 0
  let stopped = false
  let restartTimer: NodeJS.Timeout | undefined

  const watch = (watched: Service) =>
    void watched.exited.then((code) => {
      if (stopped) return
      const signal = watched.child.signalCode
      if (Date.now() - startedAt >= stableAfterMs) crashes = 0
      crashes += 1
      const delay = delays[crashes - 1]
      const bar = '!'.repeat(100)
      const report = [
        bar,
        `SERVICE CRASHED: ${opts.label} (${opts.name}, pid ${watched.child.pid}) exited ${signal ? `on signal ${signal}` : `with code ${code}`}`,
        `still running: ${opts.others().join(', ') || 'nothing else'}`,
        ...(opts.whileDown ? [`while it is down: ${opts.whileDown}`] : []),
        delay === undefined
          ? `NOT restarting ${opts.name}: it crashed ${crashes} times in a row. The rest keeps running; fix the cause, then restart npm start.`
          : `restarting ${opts.name} in ${delay / 1000} s (restart ${crashes} of ${delays.length} in a row; after that it stays down)`,
        bar,
      ]
      for (const line of report) opts.log(line)
      if (delay === undefined) return
      restartTimer = setTimeout(() => {
        if (stopped) return
        service = opts.start()
        startedAt = Date.now()
        watch(service)
        opts.log(`${opts.name} restarted (pid ${service.child.pid})`)
      }, delay)
    })
  watch(service)

  return {
    name: opts.name,
    running: () => service.child.exitCode === null && service.child.signalCode === null,
    async stop() {
      stopped = true
      clearTimeout(restartTimer)
      await stopService(service)
    },
  }
}
