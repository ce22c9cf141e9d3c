import type { CollectionAfterLoginHook } from 'payload'
import type { LoginGuardContext } from './guardAuthOperation'
import { sharedThrottle } from './sharedThrottle'

/** `afterLogin` of `users`: a right password does not count against its address or account. */
export const forgiveLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const guard = req.context.loginGuard as LoginGuardContext | undefined
  if (guard) await sharedThrottle().succeeded(guard.address, guard.account)
  return user
}
