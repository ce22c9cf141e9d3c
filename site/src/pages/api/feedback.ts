/// <reference path="../../env.d.ts" />
import { newTrackingCode } from '@congkhai/contracts/tracking-code'
import type { APIRoute } from 'astro'
import { siteConfig } from '../../config'
import { localizePath } from '../../i18n/locale'
import { checkAttachments } from '../../feedback/attachments'
import { validateFeedback, type FieldErrors } from '../../feedback/feedback'
import { checkFormToken, formTokenId, issueFormToken } from '../../feedback/formToken'
import { clientAddress, isCrossOrigin, parseBody, readLimited } from '../../feedback/requestGuards'
import { TokenSpentError } from '../../feedback/FeedbackOutbox'
import { feedbackIntake } from '../../feedback/feedbackIntake'

export const prerender = false

/** Largest text part accepted; the longest valid submission in Vietnamese fits well within it as multipart. */
export const FEEDBACK_BODY_LIMIT = 16 * 1024

/** Room for the multipart headers of each attachment (name, type, boundary) besides its bytes. */
const PART_OVERHEAD = 2048

/** Largest body read at all: the text part, plus the attachments' own limit when the body is multipart. */
function bodyLimit(contentType: string): number {
  const { maxFiles, maxTotalBytes } = siteConfig.attachmentLimits
  const multipart = contentType.split(';')[0]?.trim().toLowerCase() === 'multipart/form-data'
  return multipart && maxFiles > 0 ? FEEDBACK_BODY_LIMIT + maxTotalBytes + (maxFiles + 1) * PART_OVERHEAD : FEEDBACK_BODY_LIMIT
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data']

/**
 * Receives the feedback form: HTML form posts (no JavaScript needed) and JSON; attachments come with form posts.
 *
 * @remarks Checks run cheapest first: origin (403), rate (429), size (413: 16 kB of text, the attachments' own limits),
 * readability and rules (400; a file that is not really a PDF, JPG or PNG is refused by its first bytes). A filled
 * honeypot or a form sent faster than a person could fill it gets the same answer as a real submission but is stored
 * nowhere, under a code of the same random format as a real one. A valid submission is answered only once it is
 * fsync'd to the outbox, which delivers it to the CMS. A form token is spent by the first submission that is accepted
 * (or quietly dropped); sending the same form again is refused with 409 and stores nothing (issue 18, hole 4).
 */
export const POST: APIRoute = async (context) => {
  const { request } = context
  const contentType = request.headers.get('content-type') ?? ''
  // A browser's form post is answered with pages; a script that asks for JSON (a form sent with fetch) gets JSON.
  const isForm = FORM_TYPES.includes(contentType.split(';')[0]?.trim().toLowerCase() ?? '') && !/application\/json/.test(request.headers.get('accept') ?? '')
  const intake = feedbackIntake()
  // The English form says so in a hidden field; until the body is read, answers are in Vietnamese.
  let locale: 'vi' | 'en' = 'vi'
  const formPath = () => localizePath('/gop-y', locale)
  const fail = (status: number, error: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    Response.json({ error, ...extra }, { status, headers: { 'cache-control': 'no-store', ...headers } })

  if (isCrossOrigin(request, siteConfig.SITE_URL)) return fail(403, 'Không chấp nhận góp ý gửi từ trang web khác.')

  const wait = intake.posts.take(clientAddress(context, siteConfig.TRUST_PROXY))
  if (wait > 0) {
    const message = `Bạn đã gửi quá nhiều lần; vui lòng chờ ${wait} giây rồi gửi lại. (Too many submissions; please wait ${wait} seconds.)`
    if (isForm) {
      // The form comes back with the reason and what was typed, not a page of JSON. Kept cheap under a flood: only a
      // body of text size is read back; one with attachments is not read, and the form asks for them again.
      const small = await readLimited(request.clone(), FEEDBACK_BODY_LIMIT)
      const parsed = small.ok ? await parseBody(small.bytes, contentType, 'attachments') : undefined
      const raw = parsed?.fields ?? {}
      if (raw.locale === 'en') locale = 'en'
      context.locals.feedbackForm = { values: stringValues(raw), errors: { form: message }, status: 429, filesDropped: !parsed || parsed.files.length > 0 }
      return context.rewrite(formPath())
    }
    return fail(429, message, {}, { 'retry-after': String(wait) })
  }

  // Read from a copy: re-rendering the form with its errors (`rewrite`) needs the request's own body unread.
  const limit = bodyLimit(contentType)
  const body = await readLimited(request.clone(), limit)
  if (!body.ok) {
    if (limit === FEEDBACK_BODY_LIMIT) return fail(413, 'Nội dung gửi lên quá lớn (tối đa 16 kB).')
    const message = `Tệp đính kèm quá lớn: tổng dung lượng tối đa ${megabytes(siteConfig.attachmentLimits.maxTotalBytes)} MB. (Attachments too large.)`
    if (isForm) {
      // Nothing of the body was read, so the form comes back empty, with the reason.
      context.locals.feedbackForm = { values: {}, errors: { attachments: message }, status: 413 }
      return context.rewrite(formPath())
    }
    return fail(413, message, { errors: { attachments: message } })
  }
  const parsed = await parseBody(body.bytes, contentType, 'attachments')
  if (!parsed) return fail(400, 'Dữ liệu gửi lên không đọc được: cần biểu mẫu hoặc JSON hợp lệ (UTF-8); tệp chỉ gửi kèm trong mục “Tệp đính kèm”.')
  const raw = parsed.fields
  if (raw.locale === 'en') locale = 'en'
  if (parsed.textBytes > FEEDBACK_BODY_LIMIT) return fail(413, 'Nội dung gửi lên quá lớn (tối đa 16 kB).')

  const answer = (code: string) =>
    isForm
      ? context.redirect(`${formPath()}/da-gui?ma=${code}`, 303)
      : Response.json({ code, message: locale === 'en' ? 'Your feedback has been received.' : 'Đã nhận góp ý. Cảm ơn bạn.' }, { status: 201 })
  const spentToken = () => {
    const message = locale === 'en'
      ? 'This form has already been sent, so it cannot be sent again. To send another submission, check your entries below and send again (or reload the page).'
      : 'Biểu mẫu này đã được gửi rồi nên không gửi lại được. Nếu muốn gửi thêm góp ý, vui lòng kiểm tra nội dung bên dưới rồi bấm gửi lại (hoặc tải lại trang). (This form was already sent; please reload and send again.)'
    if (isForm) {
      // A new token, dated so that sending at once is not taken for a bot: the citizen has filled this form already.
      const formToken = issueFormToken(siteConfig.PUBLISH_SECRET, Date.now() - siteConfig.FEEDBACK_MIN_FILL_SECONDS * 1000)
      context.locals.feedbackForm = { values: { ...stringValues(raw), formToken }, errors: { form: message }, status: 409, filesDropped: parsed.files.length > 0 }
      return context.rewrite(formPath())
    }
    return fail(409, message)
  }
  const tokenId = formTokenId(raw.formToken, siteConfig.PUBLISH_SECRET)
  if (tokenId && (await intake.outbox.tokenSpent(tokenId.id))) return spentToken()
  /** Bots: answered as if accepted, with a code like any other, so they learn nothing; stored nowhere, the token spent. */
  const dropped = async () => {
    if (tokenId) {
      try {
        await intake.outbox.spendToken(tokenId)
      } catch (err) {
        if (err instanceof TokenSpentError) return spentToken()
      }
    }
    return answer(newTrackingCode())
  }

  if (typeof raw.website === 'string' ? raw.website !== '' : raw.website !== undefined) return dropped()
  const token = checkFormToken(raw.formToken, siteConfig.PUBLISH_SECRET, siteConfig.FEEDBACK_MIN_FILL_SECONDS * 1000)
  const result = validateFeedback(raw, locale)
  // Only a complete submission can be "too fast": a person who sends an empty form at once gets the errors.
  if (result.ok && token === 'too-fast') return dropped()

  const files = checkAttachments(parsed.files.map((f) => ({ ...f, size: f.bytes.byteLength, head: f.bytes, tail: f.bytes })), siteConfig.attachmentLimits, locale)
  const errors: FieldErrors = result.ok ? {} : { ...result.errors }
  if (!files.ok) errors.attachments = files.message
  if (token === 'invalid' || token === 'expired') {
    errors.form = locale === 'en' ? 'This form has expired; please check your entries and send it again.' : 'Biểu mẫu đã hết hạn; vui lòng kiểm tra lại nội dung và gửi lại.'
  }
  if (!result.ok || !files.ok || token === 'invalid' || token === 'expired') {
    const status = files.ok ? 400 : files.status
    if (isForm) {
      // A browser never refills a file input: the citizen is asked to choose the files again.
      context.locals.feedbackForm = { values: stringValues(raw), errors, status, filesDropped: parsed.files.length > 0 }
      return context.rewrite(formPath())
    }
    return fail(status, locale === 'en' ? 'The feedback is not valid.' : 'Góp ý chưa hợp lệ.', { errors })
  }

  try {
    const { code } = await intake.outbox.accept(result.data, files.files.map((f) => ({ name: f.safeName, type: f.type, bytes: f.bytes })), tokenId ?? undefined)
    return answer(code)
  } catch (err) {
    // The same form sent twice at once: the first one spent the token.
    if (err instanceof TokenSpentError) return spentToken()
    console.error(`feedback: could not store a submission: ${(err as Error).message}`)
    if (isForm) {
      context.locals.feedbackForm = { values: stringValues(raw), errors: {}, unavailable: true }
      return context.rewrite(formPath())
    }
    return fail(503, 'Hệ thống tạm thời chưa nhận được góp ý. Nội dung của bạn chưa được lưu; vui lòng thử lại sau ít phút hoặc gọi đường dây nóng.')
  }
}

/** `10`, `2,5`: a size in megabytes as Vietnamese writes it. */
const megabytes = (bytes: number) => String(Math.round((bytes / 1024 / 1024) * 10) / 10).replace('.', ',')

/** What the citizen typed, to fill the form again; a valid form token is kept, so the fill time counts from the first page. */
function stringValues(raw: Record<string, unknown>): Record<string, string> {
  const values = Object.entries(raw).filter(([k, v]) => typeof v === 'string' && k !== 'formToken' && k !== 'website')
  const token = checkFormToken(raw.formToken, siteConfig.PUBLISH_SECRET, 0)
  if (token === 'ok') values.push(['formToken', raw.formToken as string])
  return Object.fromEntries(values.map(([k, v]) => [k, String(v).slice(0, 5000)]))
}
