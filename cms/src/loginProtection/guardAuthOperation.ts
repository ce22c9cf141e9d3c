import crypto from 'node:crypto'
import { promisify } from 'node:util'
import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { cmsConfig } from '../config'
import { clientAddress, limitKey } from './clientAddress'
import { sharedThrottle } from './sharedThrottle'

const pbkdf2 = promisify(crypto.pbkdf2)
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

/** What a login admitted by the throttle carries to `forgiveLogin`. */
export interface LoginGuardContext {
  address: string
  account: string
}

/** Password resets and unlocks one address may try: five at once, then one a minute. */
const RECOVERY_RULE = { capacity: 5, refillMs: 60_000 }

/** The account a login names, normalised as Payload's login does (lower case, trimmed). */
export function accountKey(email: unknown): string {
  return typeof email === 'string' ? email.toLowerCase().trim().slice(0, 320) : ''
}

/**
 * Payload's `loggingLevels` for the refusals of login protection: none (a flood of refused attempts must not become
 * a flood of error stacks in the log).
 */
export const quietAuthErrors: Record<string, false> = { TooManyAttempts: false }

/** Too many attempts: a 429 whose message Payload shows as it is. */
class TooManyAttempts extends APIError {
  constructor(seconds: number) {
    super(`Quá nhiều lần thử. Vui lòng thử lại sau ${seconds} giây. (Too many attempts; try again in ${seconds} s.)`, 429, undefined, true)
    // Payload prints an error's message only when it has a name; the production bundle renames classes.
    this.name = 'TooManyAttempts'
  }
}

/** A 429 with `Retry-After`, the same whatever the account (it says nothing about whether it exists). */
export function tooManyAttempts(req: PayloadRequest, retryAfterMs: number): Error {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(seconds))
  return new TooManyAttempts(seconds)
}

/**
 * Hashes the password against nothing when no user has this email, at the cost of Payload's current password hash.
 *
 * @remarks Payload answers an unknown email before hashing anything, a wrong password after PBKDF2-SHA256 with
 * 600,000 iterations (`pbkdf2-sha256-v1`, about a third of a second here): that difference alone told which
 * accounts exist. Doing the same work for an unknown email makes both answers take as long.
 */
async function hashAnywayIfUnknown(req: PayloadRequest, account: string, password: unknown): Promise<void> {
  if (!account || typeof password !== 'string' || password.trim() === '') return
  const user = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: account } }, req })
  if (!user) await pbkdf2(password, DUMMY_SALT, 600_000, 32, 'sha256')
}

/**
 * `beforeOperation` of `users`: limits logins per client address and per account (`LoginThrottle`), and password
 * resets and unlocks per address; REST, the admin's login form and GraphQL all pass here.
 *
 * @remarks Calls of the Local API (seed, scripts, tests) are not clients and are not limited.
 */
export const guardAuthOperation: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const throttle = sharedThrottle()
  const address = limitKey(clientAddress(req.headers, cmsConfig.TRUST_PROXY))
  if (operation === 'resetPassword' || operation === 'unlock') {
    const wait = await throttle.limit('recovery', address, RECOVERY_RULE)
    if (wait > 0) throw tooManyAttempts(req, wait)
    return args
  }
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const account = accountKey(data.email)
  const admission = await throttle.admit(address, account)
  if (!admission.admit) throw tooManyAttempts(req, admission.retryAfterMs)
  req.context.loginGuard = { address, account } satisfies LoginGuardContext
  // One line per attempt that reaches the password check (the limiter bounds them; refusals are not logged one by
  // one, see `quietAuthErrors`): the audit trail of login attempts, and what the brute-force benchmark counts.
  req.payload.logger.info({ msg: `auth.login.check at=${Date.now()} address=${address} waitMs=${admission.waitMs}`, event: 'auth.login.check' })
  if (admission.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, admission.waitMs))
  await hashAnywayIfUnknown(req, account, data.password)
  return args
}
