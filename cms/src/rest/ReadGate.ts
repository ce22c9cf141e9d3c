/** The gate was full: the request should be answered 503 and tried again after `retryAfterSeconds`. */
export class GateFull extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('read gate full')
  }
}

export interface ReadGateOptions {
  /** Reads running at once. */
  concurrency: number
  /** Reads waiting for a turn; one more is refused at once. */
  queue: number
  /** Longest wait for a turn before the read is refused. */
  maxWaitMs: number
}

/**
 * A bound on the anonymous reads the CMS works on at once: `concurrency` run, `queue` wait, the rest are refused.
 *
 * @remarks The CMS is one Node process: every read it builds takes turns on one event loop with `/api/health`, the
 * admin and the build's reads. Without a bound, eight clients asking for the heaviest read the caps allow keep
 * dozens of reads half-built at once, each holding its documents in memory, and every other request waits behind
 * all of them. With it, at most `concurrency` heavy reads share the loop with everything else, and a flood gets
 * quick 503s instead of growing memory.
 */
export class ReadGate {
  private running = 0
  private readonly waiting: { resolve: () => void; timer: NodeJS.Timeout }[] = []

  constructor(private readonly options: ReadGateOptions) {}

  /** Runs `read` when its turn comes; throws `GateFull` when the queue is full or the wait too long. */
  async run<T>(read: () => Promise<T>): Promise<T> {
    await this.enter()
    try {
      return await read()
    } finally {
      this.leave()
    }
  }

  /** Reads running and waiting, for logs and tests. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length }
  }

  private enter(): Promise<void> {
    const { concurrency, queue, maxWaitMs } = this.options
    if (this.running < concurrency) {
      this.running++
      return Promise.resolve()
    }
    const retryAfter = Math.max(1, Math.ceil(maxWaitMs / 1000))
    if (this.waiting.length >= queue) return Promise.reject(new GateFull(retryAfter))
    return new Promise<void>((resolve, reject) => {
      const entry = {
        resolve,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1)
          reject(new GateFull(retryAfter))
        }, maxWaitMs),
      }
      this.waiting.push(entry)
    })
  }

  private leave(): void {
    const next = this.waiting.shift()
    if (!next) {
      this.running--
      return
    }
    clearTimeout(next.timer)
    // The slot passes straight to the next reader: `running` stays the same.
    next.resolve()
  }
}
