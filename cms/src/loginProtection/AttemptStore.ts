/** A token bucket: `capacity` tokens, one more every `refillMs`. */
export interface BucketRule {
  capacity: number
  refillMs: number
}

/**
 * Where login protection keeps its counters: token buckets per client address, failures and the next check time
 * per account, and the addresses each account was last logged in from.
 *
 * @remarks Every method is async and does its read-modify-write as one step, so a later issue can put the state in
 * PostgreSQL (shared by several CMS processes, kept across restarts) without touching the policy in `LoginThrottle`.
 */
export interface AttemptStore {
  /**
   * Takes one token from each of `rules`' buckets of `key` and answers 0, or takes none and answers the
   * milliseconds until every bucket has one again.
   */
  take(key: string, rules: readonly BucketRule[], now: number): Promise<number>
  /** Puts back the token `take` took from each bucket (a successful login does not count against its address). */
  giveBack(key: string, rules: readonly BucketRule[], now: number): Promise<void>
  /** Records a failed login to an account and answers how many it had within `windowMs`, this one included. */
  addFailure(account: string, now: number, windowMs: number): Promise<number>
  /** Failed logins to an account within `windowMs`. */
  failures(account: string, now: number, windowMs: number): Promise<number>
  /** Forgets the last failure recorded (a login that turned out right). */
  removeFailure(account: string): Promise<void>
  /**
   * Reserves the account's next password check at `max(now, next)` and moves `next` on by `spacingMs`; answers the
   * reserved time. When that is more than `maxWaitMs` away nothing is reserved (the time is still answered).
   */
  reserveCheck(account: string, spacingMs: number, now: number, maxWaitMs: number): Promise<number>
  /** Remembers that `address` logged in to `account` successfully, until `until`. */
  rememberAddress(account: string, address: string, until: number): Promise<void>
  /** True when `address` logged in to `account` successfully and that is still remembered at `now`. */
  isRemembered(account: string, address: string, now: number): Promise<boolean>
}

const MAX_KEYS = 100_000
const MAX_FAILURES_KEPT = 256
const MAX_ADDRESSES_PER_ACCOUNT = 20

/** Evicts the oldest entries of a map that outgrew `max` (a flood of new addresses must not exhaust memory). */
function bound<K, V>(map: Map<K, V>, max = MAX_KEYS): void {
  for (const key of map.keys()) {
    if (map.size <= max) return
    map.delete(key)
  }
}

/**
 * The counters in this process's memory.
 *
 * @remarks Enough for one CMS process; they are lost on restart (which gives an attacker nothing a wait would not)
 * and not shared between processes. Maps are bounded so a flood of addresses or invented emails cannot grow them
 * for ever; what is evicted first is what was touched least recently.
 */
export class MemoryAttemptStore implements AttemptStore {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()
  private readonly failureTimes = new Map<string, number[]>()
  private readonly nextCheck = new Map<string, number>()
  private readonly goodAddresses = new Map<string, Map<string, number>>()

  private level(id: string, rule: BucketRule, now: number): { tokens: number; at: number } {
    const bucket = this.buckets.get(id) ?? { tokens: rule.capacity, at: now }
    const refilled = Math.min(rule.capacity, bucket.tokens + (now - bucket.at) / rule.refillMs)
    return { tokens: refilled, at: now }
  }

  async take(key: string, rules: readonly BucketRule[], now: number): Promise<number> {
    const levels = rules.map((rule, i) => ({ id: `${key}#${i}`, rule, bucket: this.level(`${key}#${i}`, rule, now) }))
    const wait = Math.max(0, ...levels.map(({ rule, bucket }) => (bucket.tokens >= 1 ? 0 : Math.ceil((1 - bucket.tokens) * rule.refillMs))))
    for (const { id, bucket } of levels) {
      this.buckets.delete(id)
      this.buckets.set(id, wait === 0 ? { tokens: bucket.tokens - 1, at: now } : bucket)
    }
    bound(this.buckets)
    return wait
  }

  async giveBack(key: string, rules: readonly BucketRule[], now: number): Promise<void> {
    rules.forEach((rule, i) => {
      const id = `${key}#${i}`
      const bucket = this.level(id, rule, now)
      this.buckets.set(id, { tokens: Math.min(rule.capacity, bucket.tokens + 1), at: now })
    })
  }

  async addFailure(account: string, now: number, windowMs: number): Promise<number> {
    const times = (this.failureTimes.get(account) ?? []).filter((t) => t > now - windowMs)
    times.push(now)
    if (times.length > MAX_FAILURES_KEPT) times.shift()
    this.failureTimes.delete(account)
    this.failureTimes.set(account, times)
    bound(this.failureTimes)
    return times.length
  }

  async failures(account: string, now: number, windowMs: number): Promise<number> {
    return (this.failureTimes.get(account) ?? []).filter((t) => t > now - windowMs).length
  }

  async removeFailure(account: string): Promise<void> {
    this.failureTimes.get(account)?.pop()
  }

  async reserveCheck(account: string, spacingMs: number, now: number, maxWaitMs: number): Promise<number> {
    const at = Math.max(now, this.nextCheck.get(account) ?? 0)
    if (at - now > maxWaitMs) return at
    this.nextCheck.delete(account)
    if (spacingMs > 0 || at > now) this.nextCheck.set(account, at + spacingMs)
    bound(this.nextCheck)
    return at
  }

  async rememberAddress(account: string, address: string, until: number): Promise<void> {
    const addresses = this.goodAddresses.get(account) ?? new Map<string, number>()
    addresses.delete(address)
    addresses.set(address, until)
    bound(addresses, MAX_ADDRESSES_PER_ACCOUNT)
    this.goodAddresses.set(account, addresses)
    bound(this.goodAddresses)
  }

  async isRemembered(account: string, address: string, now: number): Promise<boolean> {
    return (this.goodAddresses.get(account)?.get(address) ?? 0) > now
  }
}
