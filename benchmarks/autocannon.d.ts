/** The part of autocannon's API (it ships no types) that the benchmarks use. */
declare module 'autocannon' {
  export interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    setupRequest?: (request: Request) => Request
  }
  export interface Options {
    url: string
    connections: number
    duration: number
    requests?: Request[]
  }
  export interface Result {
    requests: { average: number; total: number }
    '2xx': number
    non2xx: number
    errors: number
    timeouts: number
    duration: number
  }
  export interface Instance {
    on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void
  }
  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance
  export default autocannon
}
