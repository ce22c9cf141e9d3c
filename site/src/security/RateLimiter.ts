/**
 * Counts requests per key (a client address) in a sliding one-minute window.
 *
 * @remarks In memory, per site process: the site runs as one process, and losing the counts on restart only
 * forgives a minute. Keys are pruned as their windows empty, so memory stays bounded by the last minute's clients.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>()
  private lastPrune = 0

  /** `perMinute` of 0 allows everything. */
  constructor(
    private readonly perMinute: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Records a request; returns 0 when allowed, or the seconds to wait before the next one would be. */
  take(key: string, now = Date.now()): number {
    if (this.perMinute <= 0) return 0
    this.prune(now)
    const since = now - this.windowMs
    const times = (this.hits.get(key) ?? []).filter((t) => t > since)
    if (times.length >= this.perMinute) {
      this.hits.set(key, times)
      return Math.max(1, Math.ceil((times[0]! + this.windowMs - now) / 1000))
    }
    times.push(now)
    this.hits.set(key, times)
    return 0
  }

  private prune(now: number): void {
    if (now - this.lastPrune < this.windowMs) return
    this.lastPrune = now
    for (const [key, times] of this.hits) if (times.every((t) => t <= now - this.windowMs)) this.hits.delete(key)
  }
}
