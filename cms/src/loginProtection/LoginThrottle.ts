import type { AttemptStore, BucketRule } from './AttemptStore'

/** How login attempts are limited; `cmsConfig` gives the defaults (see `loginThrottle.ts`). */
export interface LoginThrottleOptions {
  /** Attempts an address may make at once. */
  addressBurst: number
  /** Attempts an address gets back per minute. */
  addressPerMinute: number
  /** Failures to an account (any address, within `failureWindowMs`) before its checks are spaced out. */
  accountFreeFailures: number
  /** The longest spacing between two checks of one account. */
  accountMaxDelayMs: number
  failureWindowMs?: number
  /** How long a successful login's address is exempt from its account's spacing. */
  rememberMs?: number
}

/** What to do with a login attempt. */
export type Admission =
  | { admit: true; waitMs: number }
  | { admit: false; retryAfterMs: number; reason: 'address' | 'account' }

/**
 * The login policy: a token bucket per client address (every attempt takes a token, a success gives it back; and
 * never more than one a second), and per account, across addresses, checks spaced out more and more after
 * `accountFreeFailures` failures, doubling from one second up to `accountMaxDelayMs`.
 *
 * @remarks A throttled account is never locked: its attempts wait for their turn and are then checked (the
 * alternative, answering "wrong password" without checking, would turn the delay back into the lockout of the
 * owner this replaces, and would tell the owner their right password was wrong). Accounts are keyed by the email as
 * typed (normalised as Payload does), whether or not such a user exists, so the waits tell nothing about which
 * accounts exist. An address the account logged in from successfully in the last 30 days skips the account's
 * spacing (it is still limited as an address), so a flood from elsewhere does not keep the owner out. When the
 * account's queue is longer than three delays, the attempt is refused with a retry time rather than held open.
 */
export class LoginThrottle {
  private readonly addressRules: readonly BucketRule[]
  private readonly windowMs: number
  private readonly rememberMs: number

  constructor(
    private readonly store: AttemptStore,
    private readonly options: LoginThrottleOptions,
  ) {
    this.addressRules = [
      { capacity: options.addressBurst, refillMs: 60_000 / options.addressPerMinute },
      { capacity: 1, refillMs: 1000 },
    ]
    this.windowMs = options.failureWindowMs ?? 15 * 60_000
    this.rememberMs = options.rememberMs ?? 30 * 24 * 3600_000
  }

  /** The spacing between checks of an account that failed `failures` times within the window. */
  delayFor(failures: number): number {
    const over = failures - this.options.accountFreeFailures
    return over < 0 ? 0 : Math.min(1000 * 2 ** over, this.options.accountMaxDelayMs)
  }

  /**
   * Decides on one attempt from `address` to log in to `account`; an admitted attempt is counted as a failure
   * until `succeeded` says otherwise.
   */
  async admit(address: string, account: string, now = Date.now()): Promise<Admission> {
    const addressWait = await this.store.take(`address:${address}`, this.addressRules, now)
    if (addressWait > 0) return { admit: false, retryAfterMs: addressWait, reason: 'address' }
    let waitMs = 0
    if (!(await this.store.isRemembered(account, address, now))) {
      const spacing = this.delayFor(await this.store.failures(account, now, this.windowMs))
      const maxWait = 3 * this.options.accountMaxDelayMs
      const at = await this.store.reserveCheck(account, spacing, now, maxWait)
      waitMs = at - now
      if (waitMs > maxWait) return { admit: false, retryAfterMs: waitMs, reason: 'account' }
    }
    await this.store.addFailure(account, now, this.windowMs)
    return { admit: true, waitMs }
  }

  /** Takes back what `admit` counted against an attempt that turned out right, and remembers its address. */
  async succeeded(address: string, account: string, now = Date.now()): Promise<void> {
    await this.store.giveBack(`address:${address}`, this.addressRules, now)
    await this.store.removeFailure(account)
    await this.store.rememberAddress(account, address, now + this.rememberMs)
  }

  /** Counts a request of another kind (password reset, unlock) against its address's own bucket. */
  async limit(kind: string, address: string, rule: BucketRule, now = Date.now()): Promise<number> {
    return this.store.take(`${kind}:${address}`, [rule], now)
  }
}
