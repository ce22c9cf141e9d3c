/// <reference path="../../env.d.ts" />
import type { APIRoute } from 'astro'
import { siteConfig } from '../../config'
import { localizePath } from '../../i18n/locale'
import { validateFeedback, type FieldErrors } from '../../lib/feedback'
import { checkFormToken } from '../../lib/formToken'
import { clientAddress, isCrossOrigin, parseFields, readLimited } from '../../lib/requestGuards'
import { fakeTrackingCode } from '../../lib/trackingCode'
import { feedbackIntake } from '../../server/feedbackIntake'

export const prerender = false

/** Largest body accepted; the longest valid submission in Vietnamese fits well within it as multipart. */
export const FEEDBACK_BODY_LIMIT = 16 * 1024

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data']

/**
 * Receives the feedback form: HTML form posts (no JavaScript needed) and JSON.
 *
 * @remarks Checks run cheapest first: origin (403), rate (429), size (413), readability and rules (400). A filled
 * honeypot or a form sent faster than a person could fill it gets the same answer as a real submission but is stored
 * nowhere. A valid submission is answered only once it is fsync'd to the outbox, which delivers it to the CMS.
 */
export const POST: APIRoute = async (context) => {
  const { request } = context
  const contentType = request.headers.get('content-type') ?? ''
  const isForm = FORM_TYPES.includes(contentType.split(';')[0]?.trim().toLowerCase() ?? '')
  const intake = feedbackIntake()
  // The English form says so in a hidden field; until the body is read, answers are in Vietnamese.
  let locale: 'vi' | 'en' = 'vi'
  const formPath = () => localizePath('/gop-y', locale)
  const fail = (status: number, error: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    Response.json({ error, ...extra }, { status, headers: { 'cache-control': 'no-store', ...headers } })

  if (isCrossOrigin(request, siteConfig.SITE_URL)) return fail(403, 'Không chấp nhận góp ý gửi từ trang web khác.')

  const wait = intake.posts.take(clientAddress(context, siteConfig.TRUST_PROXY))
  if (wait > 0) {
    return fail(429, `Bạn đã gửi quá nhiều lần; vui lòng chờ ${wait} giây rồi gửi lại. (Too many submissions; please wait ${wait} seconds.)`, {}, { 'retry-after': String(wait) })
  }

  // Read from a copy: re-rendering the form with its errors (`rewrite`) needs the request's own body unread.
  const body = await readLimited(request.clone(), FEEDBACK_BODY_LIMIT)
  if (!body.ok) return fail(413, 'Nội dung gửi lên quá lớn (tối đa 16 kB).')
  const raw = await parseFields(body.bytes, contentType)
  if (!raw) return fail(400, 'Dữ liệu gửi lên không đọc được: cần biểu mẫu hoặc JSON hợp lệ (UTF-8), không kèm tệp.')
  if (raw.locale === 'en') locale = 'en'

  const answer = (code: string) =>
    isForm
      ? context.redirect(`${formPath()}/da-gui?ma=${code}`, 303)
      : Response.json({ code, message: locale === 'en' ? 'Your feedback has been received.' : 'Đã nhận góp ý. Cảm ơn bạn.' }, { status: 201 })

  // Bots: answered as if accepted, so they learn nothing; stored nowhere.
  if (typeof raw.website === 'string' ? raw.website !== '' : raw.website !== undefined) return answer(fakeTrackingCode())
  const token = checkFormToken(raw.formToken, siteConfig.PUBLISH_SECRET, siteConfig.FEEDBACK_MIN_FILL_SECONDS * 1000)
  const result = validateFeedback(raw, locale)
  // Only a complete submission can be "too fast": a person who sends an empty form at once gets the errors.
  if (result.ok && token === 'too-fast') return answer(fakeTrackingCode())

  const errors: FieldErrors = result.ok ? {} : { ...result.errors }
  if (token === 'invalid' || token === 'expired') {
    errors.form = locale === 'en' ? 'This form has expired; please check your entries and send it again.' : 'Biểu mẫu đã hết hạn; vui lòng kiểm tra lại nội dung và gửi lại.'
  }
  if (!result.ok || token === 'invalid' || token === 'expired') {
    if (isForm) {
      context.locals.feedbackForm = { values: stringValues(raw), errors }
      return context.rewrite(formPath())
    }
    return fail(400, locale === 'en' ? 'The feedback is not valid.' : 'Góp ý chưa hợp lệ.', { errors })
  }

  try {
    const { code } = await intake.outbox.accept(result.data)
    return answer(code)
  } catch (err) {
    console.error(`feedback: could not store a submission: ${(err as Error).message}`)
    if (isForm) {
      context.locals.feedbackForm = { values: stringValues(raw), errors: {}, unavailable: true }
      return context.rewrite(formPath())
    }
    return fail(503, 'Hệ thống tạm thời chưa nhận được góp ý. Nội dung của bạn chưa được lưu; vui lòng thử lại sau ít phút hoặc gọi đường dây nóng.')
  }
}

/** What the citizen typed, to fill the form again; a valid form token is kept, so the fill time counts from the first page. */
function stringValues(raw: Record<string, unknown>): Record<string, string> {
  const values = Object.entries(raw).filter(([k, v]) => typeof v === 'string' && k !== 'formToken' && k !== 'website')
  const token = checkFormToken(raw.formToken, siteConfig.PUBLISH_SECRET, 0)
  if (token === 'ok') values.push(['formToken', raw.formToken as string])
  return Object.fromEntries(values.map(([k, v]) => [k, String(v).slice(0, 5000)]))
}
