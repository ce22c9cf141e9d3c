import { Agent, request } from 'node:http'

/** What a paced run measured. */
export interface PacedResult {
  /** Requests answered, and how many of them with a status other than 2xx, or not at all. */
  requests: number
  non2xx: number
  errors: number
  /** Why requests got no answer (error code or message), with how many. */
  errorKinds: Record<string, number>
  /** Requests answered per second over the run. */
  achievedRate: number
  /** Each request's time from when it was due to be sent until its answer ended, in ms. */
  latencies: number[]
}

/**
 * Sends requests at a steady rate, spread evenly over each second, over at most `connections` kept-alive
 * connections, and times each from when it was due, not from when a connection was free to send it.
 *
 * @remarks autocannon's rate limit sends each connection's share of a second back to back at the start of the
 * second, so 300 req/s arrives as a burst of 300 and measures the burst, not the rate; and its latencies start when a
 * request is sent, so a server that falls behind looks faster than it is (coordinated omission). Here a request due
 * while every connection is busy waits in the agent's queue, and that wait counts.
 */
export async function pacedLoad(options: {
  base: string
  paths: readonly string[]
  rate: number
  seconds: number
  connections: number
}): Promise<PacedResult> {
  const { base, paths, rate, seconds, connections } = options
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const total = Math.round(rate * seconds)
  const latencies: number[] = []
  let non2xx = 0
  let errors = 0
  const errorKinds: Record<string, number> = {}
  let sent = 0
  let answered = 0
  const started = performance.now()
  const { hostname, port } = new URL(base)
  const send = (due: number, path: string) =>
    new Promise<void>((done) => {
      const req = request({ hostname, port, path, agent }, (res) => {
        res.resume()
        res.on('end', () => {
          latencies.push(performance.now() - due)
          if (res.statusCode === undefined || res.statusCode < 200 || res.statusCode >= 300) non2xx++
          answered++
          done()
        })
      })
      req.setTimeout(10_000, () => req.destroy(new Error('timeout')))
      req.on('error', (error: NodeJS.ErrnoException) => {
        errors++
        const kind = error.code ?? error.message
        errorKinds[kind] = (errorKinds[kind] ?? 0) + 1
        done()
      })
      req.end()
    })
  const inFlight: Promise<void>[] = []
  await new Promise<void>((finish) => {
    const tick = () => {
      const now = performance.now()
      // Every request whose time has come, each stamped with the time it was due.
      while (sent < total && started + (sent * 1000) / rate <= now) {
        inFlight.push(send(started + (sent * 1000) / rate, paths[sent % paths.length]!))
        sent++
      }
      // Woken when the next request is due, not every millisecond: the client shares the cores it measures.
      if (sent < total) setTimeout(tick, Math.max(0, started + (sent * 1000) / rate - performance.now()))
      else finish()
    }
    tick()
  })
  await Promise.all(inFlight)
  const elapsed = (performance.now() - started) / 1000
  agent.destroy()
  return { requests: answered, non2xx, errors, errorKinds, achievedRate: answered / elapsed, latencies }
}
