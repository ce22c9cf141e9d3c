import { cmsConfig } from '../config'
import { MemoryAttemptStore } from './AttemptStore'
import { LoginThrottle } from './LoginThrottle'

const KEY = Symbol.for('congkhai.cms.loginThrottle')

/**
 * The process's one `LoginThrottle`, configured from `cmsConfig`.
 *
 * @remarks Kept on `globalThis`: Next.js may bundle this module into more than one route (REST, GraphQL), and
 * every copy must count against the same addresses and accounts.
 */
export function sharedThrottle(): LoginThrottle {
  const holder = globalThis as Record<symbol, LoginThrottle | undefined>
  holder[KEY] ??= new LoginThrottle(new MemoryAttemptStore(), {
    addressBurst: cmsConfig.LOGIN_ADDRESS_BURST,
    addressPerMinute: cmsConfig.LOGIN_ADDRESS_PER_MINUTE,
    accountFreeFailures: cmsConfig.LOGIN_ACCOUNT_FREE_FAILURES,
    accountMaxDelayMs: cmsConfig.LOGIN_ACCOUNT_MAX_DELAY_SECONDS * 1000,
  })
  return holder[KEY]
}
