import http from 'node:http'

/** An HTTP answer, read whole, and how long it took. */
export interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  ms: number
}

/**
 * Sends one JSON request on a new connection from `localAddress` (any of 127.0.0.0/8 on loopback), so the server sees
 * a different socket peer for each source address, as it would for different clients. With `timeoutMs`, a request
 * still unanswered then fails (a server frozen under a fault test).
 */
export function requestFrom(url: string, opts: { method?: string; body?: unknown; headers?: Record<string, string>; localAddress?: string; timeoutMs?: number } = {}): Promise<Answer> {
  const body = opts.body === undefined ? undefined : JSON.stringify(opts.body)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: opts.method ?? (body ? 'POST' : 'GET'),
      localAddress: opts.localAddress,
      agent: false,
      headers: { ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}), ...opts.headers },
    })
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }))
      res.on('error', reject)
    })
    req.on('error', reject)
    const { timeoutMs } = opts
    if (timeoutMs) req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs / 1000} s`)))
    req.end(body)
  })
}
