import { z } from 'zod'
import type { Locale } from '../i18n/locale'
import { createFeedback, type FeedbackInput } from './cms'

const hasText = (v: unknown) => typeof v === 'string' && v.trim() !== ''

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

const optionalText = (max: number, message: string) => z.preprocess(blankToUndefined, z.string().trim().max(max, message).optional())

const requiredText = (missing: string, min: number, tooShort: string, max: number, tooLong: string) =>
  z.preprocess(blankToUndefined, z.string({ error: missing }).trim().min(min, tooShort).max(max, tooLong))

const messages = {
  vi: {
    name: 'Vui lòng nhập họ và tên.',
    nameLong: 'Họ và tên tối đa 100 ký tự.',
    emailLong: 'Thư điện tử quá dài.',
    email: 'Thư điện tử không hợp lệ, ví dụ: ten@example.vn.',
    phoneLong: 'Số điện thoại quá dài.',
    phone: 'Số điện thoại chỉ gồm chữ số, ví dụ: 0905 123 456.',
    title: 'Vui lòng nhập tiêu đề.',
    titleShort: 'Tiêu đề cần ít nhất 5 ký tự.',
    titleLong: 'Tiêu đề tối đa 200 ký tự.',
    content: 'Vui lòng nhập nội dung góp ý.',
    contentShort: 'Nội dung cần ít nhất 20 ký tự để cơ quan hiểu và xử lý.',
    contentLong: 'Nội dung tối đa 5.000 ký tự.',
    contact: 'Vui lòng nhập thư điện tử hoặc số điện thoại để cơ quan liên hệ lại.',
  },
  en: {
    name: 'Enter your full name.',
    nameLong: 'Your name can be at most 100 characters.',
    emailLong: 'The email address is too long.',
    email: 'Enter an email address in the right format, like name@example.com.',
    phoneLong: 'The phone number is too long.',
    phone: 'A phone number has digits only, like 0905 123 456.',
    title: 'Enter a subject.',
    titleShort: 'The subject needs at least 5 characters.',
    titleLong: 'The subject can be at most 200 characters.',
    content: 'Enter your feedback.',
    contentShort: 'Your feedback needs at least 20 characters so that we can understand and handle it.',
    contentLong: 'Your feedback can be at most 5,000 characters.',
    contact: 'Enter an email address or a phone number so that we can answer you.',
  },
} satisfies Record<Locale, Record<string, string>>

function schemaFor(locale: Locale) {
  const m = messages[locale]
  return z
    .object({
      name: requiredText(m.name, 1, m.name, 100, m.nameLong),
      email: optionalText(200, m.emailLong).pipe(z.email(m.email).optional()),
      phone: optionalText(20, m.phoneLong).pipe(z.string().regex(/^[+0-9 .()-]{8,20}$/, m.phone).optional()),
      title: requiredText(m.title, 5, m.titleShort, 200, m.titleLong),
      content: requiredText(m.content, 20, m.contentShort, 5000, m.contentLong),
    })
    .refine((v) => hasText(v.email) || hasText(v.phone), {
      message: m.contact,
      path: ['email'],
      // Checked even when other fields are wrong, so the citizen sees every problem at once.
      when: ({ value }) => typeof value === 'object' && value !== null,
    })
}

const schemas = { vi: schemaFor('vi'), en: schemaFor('en') }

/** The feedback form's rules, with the messages a citizen reads (Vietnamese). */
export const feedbackSchema = schemas.vi

/** Field name → the first message for it. */
export type FieldErrors = Partial<Record<keyof FeedbackInput, string>>

/** Outcome of validating a submission. */
export type FeedbackValidation = { ok: true; data: FeedbackInput } | { ok: false; errors: FieldErrors }

/** Validates a raw submission (form fields or JSON) against the feedback rules, with messages in `locale`. */
export function validateFeedback(raw: unknown, locale: Locale = 'vi'): FeedbackValidation {
  const parsed = schemas[locale].safeParse(raw)
  if (parsed.success) return { ok: true, data: parsed.data }
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) {
    const field = (issue.path[0] ?? 'content') as keyof FeedbackInput
    errors[field] ??= issue.message
  }
  return { ok: false, errors }
}

/** Stores a validated submission in the CMS. */
export function submitFeedback(data: FeedbackInput): Promise<{ id: number }> {
  return createFeedback(data)
}
