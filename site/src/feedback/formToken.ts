import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** How long a served form stays valid. */
export const FORM_TOKEN_MAX_AGE_MS = 24 * 3600_000

const sign = (secret: string, issued: string, nonce: string) => createHmac('sha256', `feedback-form:${secret}`).update(`${issued}.${nonce}`).digest('base64url')

/**
 * A signed token for a served form: `<ms since epoch>.<random nonce>.<hmac>`.
 *
 * @remarks The nonce makes every served form's token its own, so a token can be spent once (`FeedbackOutbox` keeps
 * the spent ones until they expire) without two forms served in the same millisecond sharing one.
 */
export function issueFormToken(secret: string, now = Date.now()): string {
  const issued = String(now)
  const nonce = randomBytes(12).toString('base64url')
  return `${issued}.${nonce}.${sign(secret, issued, nonce)}`
}

/** What a form's token says about the submission. */
export type FormTokenCheck = 'ok' | 'too-fast' | 'expired' | 'invalid'

function read(token: unknown, secret: string): { issued: number; nonce: string } | null {
  if (typeof token !== 'string' || token.length > 120) return null
  const [issued, nonce, mac, ...rest] = token.split('.')
  if (!issued || !nonce || !mac || rest.length > 0 || !/^\d{1,15}$/.test(issued) || !/^[\w-]{16}$/.test(nonce)) return null
  const expected = Buffer.from(sign(secret, issued, nonce))
  const given = Buffer.from(mac)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  return { issued: Number(issued), nonce }
}

/**
 * Checks a form's signed timestamp: forged or missing tokens are `invalid`, forms sent sooner than a person could
 * fill them are `too-fast`, forms older than a day are `expired`.
 */
export function checkFormToken(token: unknown, secret: string, minFillMs: number, now = Date.now()): FormTokenCheck {
  const read_ = read(token, secret)
  if (!read_) return 'invalid'
  const age = now - read_.issued
  if (age < minFillMs) return 'too-fast'
  if (age > FORM_TOKEN_MAX_AGE_MS) return 'expired'
  return 'ok'
}

/** A genuine token's identity and the time it expires, to spend it once; null for a forged or malformed one. */
export function formTokenId(token: unknown, secret: string): { id: string; until: number } | null {
  const read_ = read(token, secret)
  return read_ && { id: read_.nonce, until: read_.issued + FORM_TOKEN_MAX_AGE_MS }
}
