import type { APIRoute } from 'astro'
import { CmsError } from '../../lib/cms'
import { submitFeedback, validateFeedback } from '../../lib/feedback'
import { localizePath } from '../../i18n/locale'

export const prerender = false

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data']

/**
 * Receives the feedback form: HTML form posts (no JavaScript needed) and JSON.
 *
 * @remarks A form post with errors is re-rendered by `/gop-y` (or `/en/gop-y`) with the citizen's input kept; JSON callers get field errors.
 */
export const POST: APIRoute = async (context) => {
  const type = context.request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  const isForm = FORM_TYPES.includes(type)
  let raw: Record<string, unknown>
  try {
    raw = isForm ? Object.fromEntries([...(await context.request.clone().formData()).entries()].filter(([, v]) => typeof v === 'string')) : await context.request.clone().json()
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not an object')
  } catch {
    return Response.json({ error: 'Dữ liệu gửi lên không đọc được: cần biểu mẫu hoặc JSON hợp lệ.' }, { status: 400 })
  }

  // The English form says so in a hidden field; answers and error messages follow it.
  const locale = raw.locale === 'en' ? 'en' : 'vi'
  const formPath = localizePath('/gop-y', locale)
  const result = validateFeedback(raw, locale)
  if (!result.ok) {
    if (isForm) {
      context.locals.feedbackForm = { values: stringValues(raw), errors: result.errors }
      return context.rewrite(formPath)
    }
    return Response.json({ error: 'Góp ý chưa hợp lệ.', errors: result.errors }, { status: 400 })
  }

  try {
    const { id } = await submitFeedback(result.data)
    if (isForm) return context.redirect(`${formPath}/da-gui`, 303)
    return Response.json({ id, message: 'Đã nhận góp ý. Cảm ơn bạn.' }, { status: 201 })
  } catch (err) {
    console.error(`feedback: could not store submission: ${(err as Error).message}`)
    const status = err instanceof CmsError && err.status === 400 ? 400 : 503
    const message = 'Hệ thống tạm thời chưa nhận được góp ý. Nội dung của bạn chưa được gửi; vui lòng thử lại sau ít phút hoặc gọi đường dây nóng.'
    if (isForm) {
      context.locals.feedbackForm = { values: stringValues(raw), errors: {}, unavailable: true }
      return context.rewrite(formPath)
    }
    return Response.json({ error: message }, { status })
  }
}

function stringValues(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, String(v).slice(0, 5000)]))
}
