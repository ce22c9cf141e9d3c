import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { cmsConfig } from '../config'
import { clientAddress, limitKey } from './clientAddress'
import { accountKey, tooManyAttempts } from './guardAuthOperation'
import { sharedThrottle } from './sharedThrottle'

/**
 * `POST /api/users/forgot-password`, in place of Payload's: limited per client address, and answered at once with
 * the same 200 whether or not the email belongs to an account; the reset email is sent afterwards.
 *
 * @remarks Payload's own answer came after writing the token and handing the email to SMTP for a known address,
 * at once for an unknown one: the time told which accounts exist. A collection's own endpoints are matched before
 * Payload's, so this one replaces it.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const address = limitKey(clientAddress(req.headers, cmsConfig.TRUST_PROXY))
    const wait = await sharedThrottle().limit('forgot', address, { capacity: cmsConfig.FORGOT_PASSWORD_PER_HOUR, refillMs: 3_600_000 / cmsConfig.FORGOT_PASSWORD_PER_HOUR })
    if (wait > 0) throw tooManyAttempts(req, wait)
    await addDataAndFileToRequest(req)
    const email = accountKey(req.data?.email)
    if (!email) return Response.json({ errors: [{ message: 'Vui lòng nhập email. (Email is required.)' }] }, { status: 400 })
    const { payload } = req
    // A fresh Local API request: links in the email are built from the configured CMS_URL, not this request's Host.
    void payload.forgotPassword({ collection: 'users', data: { email } }).catch((err: unknown) => {
      payload.logger.error({ msg: 'forgot-password failed', event: 'auth.forgotPassword', error: (err as Error).message })
    })
    return Response.json({ message: req.t('general:success') }, { status: 200 })
  },
}
