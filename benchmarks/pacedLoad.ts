import { connect, type Socket } from 'node:net'

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

const TIMEOUT_MS = 10_000
/** A connection idle this long is closed by the client, before the server's keep-alive timeout (5 s) can race it. */
const IDLE_MS = 4_000
const HEADER_END = Buffer.from('\r\n\r\n')
const LAST_CHUNK = Buffer.from('0\r\n\r\n')

/** One request waiting for, or on, a connection. */
interface Pending {
  due: number
  path: string
  done: () => void
}

/**
 * Sends requests at a steady rate, spread evenly over each second, over at most `connections` kept-alive
 * connections, and times each from when it was due, not from when a connection was free to send it.
 *
 * @remarks autocannon's rate limit sends each connection's share of a second back to back at the start of the
 * second, so 300 req/s arrives as a burst of 300 and measures the burst, not the rate; and its latencies start when a
 * request is sent, so a server that falls behind looks faster than it is (coordinated omission). Here a request due
 * while every connection is busy waits in a queue, and that wait counts.
 *
 * The client shares the cores of the server it measures, so it is kept lean the way autocannon is: plain sockets,
 * one prepared request line per path, and only the status line and the body's length read from each answer. Through
 * node:http it cost about 0.8 ms of CPU per request, a fifth of what the server spent.
 */
export async function pacedLoad(options: {
  base: string
  paths: readonly string[]
  rate: number
  seconds: number
  connections: number
}): Promise<PacedResult> {
  const { base, paths, rate, seconds, connections } = options
  const { hostname, port } = new URL(base)
  const requestOf = new Map(paths.map((path) => [path, Buffer.from(`GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`)]))
  const total = Math.round(rate * seconds)
  const latencies: number[] = []
  let non2xx = 0
  let errors = 0
  const errorKinds: Record<string, number> = {}
  let answered = 0
  const queue: Pending[] = []
  const idle: Connection[] = []
  let open = 0

  const fail = (pending: Pending, kind: string) => {
    errors++
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1
    pending.done()
  }
  const answer = (pending: Pending, status: number) => {
    latencies.push(performance.now() - pending.due)
    if (status < 200 || status >= 300) non2xx++
    answered++
    pending.done()
  }

  /** A kept-alive connection: sends one request at a time and reads its answer. */
  class Connection {
    readonly socket: Socket
    #pending: Pending | undefined
    #head: Buffer | undefined
    #status = 0
    /** Body bytes still expected, or -1 for a chunked body (read until its last chunk). */
    #remaining = 0
    #chunked: Buffer[] = []
    #idleTimer: NodeJS.Timeout | undefined
    #closed = false

    constructor() {
      open++
      this.socket = connect({ host: hostname, port: Number(port), noDelay: true })
      this.socket.on('data', (data: Buffer) => this.#read(data))
      this.socket.on('error', (error: NodeJS.ErrnoException) => this.#close(error.code ?? error.message))
      this.socket.on('close', () => this.#close('closed by the server'))
      this.socket.setTimeout(TIMEOUT_MS, () => this.#close('timeout'))
    }

    send(pending: Pending): void {
      clearTimeout(this.#idleTimer)
      this.#pending = pending
      this.#head = undefined
      this.socket.write(requestOf.get(pending.path)!)
    }

    #read(data: Buffer): void {
      if (!this.#pending) return this.#close('an answer nobody asked for')
      if (this.#head === undefined || this.#remaining === 0) {
        const head: Buffer = this.#head ? Buffer.concat([this.#head, data]) : data
        const end = head.indexOf(HEADER_END)
        if (end < 0) return void (this.#head = head)
        const text = head.toString('latin1', 0, end)
        this.#status = Number(text.slice(9, 12))
        const length = /\r\ncontent-length: *(\d+)/i.exec(text)
        this.#remaining = length ? Number(length[1]) : /\r\ntransfer-encoding: *chunked/i.test(text) ? -1 : 0
        this.#head = head.subarray(0, 0)
        this.#chunked = []
        data = head.subarray(end + HEADER_END.length)
        if (this.#remaining === 0) return this.#finish()
      }
      if (this.#remaining > 0) {
        this.#remaining -= data.length
        if (this.#remaining <= 0) this.#finish()
        return
      }
      this.#chunked.push(data)
      const body = this.#chunked.length === 1 ? data : Buffer.concat(this.#chunked)
      this.#chunked = [body]
      if (body.subarray(-LAST_CHUNK.length).equals(LAST_CHUNK)) this.#finish()
    }

    #finish(): void {
      const pending = this.#pending!
      this.#pending = undefined
      this.#remaining = 0
      answer(pending, this.#status)
      const next = queue.shift()
      if (next) return this.send(next)
      idle.push(this)
      this.#idleTimer = setTimeout(() => this.#close(), IDLE_MS)
    }

    /** Takes the connection out of use; a request on it fails with the reason, unless it was idle. */
    close(): void {
      this.#close()
    }

    #close(reason?: string): void {
      if (this.#closed) return
      this.#closed = true
      open--
      clearTimeout(this.#idleTimer)
      if (reason) this.socket.destroy()
      else this.socket.end()
      const at = idle.indexOf(this)
      if (at >= 0) idle.splice(at, 1)
      if (this.#pending) fail(this.#pending, reason ?? 'closed')
      this.#pending = undefined
      // Requests waiting for a connection get a new one.
      if (queue.length > 0 && open < connections) new Connection().send(queue.shift()!)
    }
  }

  const send = (due: number, path: string) =>
    new Promise<void>((done) => {
      const pending = { due, path, done }
      // The connection used last is used first, so the others can time out idle instead of being kept half warm.
      const connection = idle.pop() ?? (open < connections ? new Connection() : undefined)
      if (connection) connection.send(pending)
      else queue.push(pending)
    })
  const inFlight: Promise<void>[] = []
  let sent = 0
  const started = performance.now()
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
  for (const connection of idle.splice(0)) connection.close()
  return { requests: answered, non2xx, errors, errorKinds, achievedRate: answered / elapsed, latencies }
}
