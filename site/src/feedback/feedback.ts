import { FEEDBACK_KINDS, FEEDBACK_MAX_LENGTHS as MAX, type FeedbackInput } from '@congkhai/contracts/feedback'
import { z } from 'zod'
import type { Locale } from '../i18n/locale'

const hasText = (v: unknown) => typeof v === 'string' && v.trim() !== ''

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

/** Control characters other than tab and line breaks: never typed by a person, and PostgreSQL refuses NUL. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/** Half of a UTF-16 pair without the other half: broken text, and not valid UTF-8 once stored. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Text a person could have typed: well-formed Unicode without control characters. */
const isPlainText = (v: string) => !LONE_SURROGATE.test(v) && !CONTROL.test(v)

const optionalText = (max: number, message: string, bad: string) =>
  z.preprocess(blankToUndefined, z.string({ error: bad }).trim().max(max, message).refine(isPlainText, bad).optional())

const requiredText = (missing: string, min: number, tooShort: string, max: number, tooLong: string, bad: string) =>
  z.preprocess(blankToUndefined, z.string({ error: (issue) => (issue.input === undefined ? missing : bad) }).trim().min(min, tooShort).max(max, tooLong).refine(isPlainText, bad))

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
    addressLong: 'Địa chỉ tối đa 300 ký tự.',
    kind: 'Vui lòng chọn loại: góp ý, phản ánh, kiến nghị hoặc hỏi đáp.',
    procedure: 'Thủ tục liên quan không hợp lệ; vui lòng chọn lại trong danh sách gợi ý, hoặc nhập mã hay tên thủ tục.',
    procedureTextLong: 'Thủ tục liên quan tối đa 1.500 ký tự.',
    consent: 'Vui lòng đánh dấu đồng ý để cơ quan được xử lý thông tin cá nhân của bạn.',
    text: 'Nội dung có ký tự không hợp lệ; vui lòng nhập văn bản thông thường.',
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
    addressLong: 'The address can be at most 300 characters.',
    kind: 'Choose a kind: feedback, report, suggestion or question.',
    procedure: 'The related procedure is not valid; choose it again from the suggestions, or type its code or name.',
    procedureTextLong: 'The related procedure can be at most 1,500 characters.',
    consent: 'Tick the consent box so that we may process your personal data.',
    text: 'This contains characters that are not allowed; enter plain text.',
  },
} satisfies Record<Locale, Record<string, string>>

function schemaFor(locale: Locale) {
  const m = messages[locale]
  return z
    .object({
      kind: z.enum(FEEDBACK_KINDS, { error: m.kind }),
      name: requiredText(m.name, 1, m.name, MAX.name, m.nameLong, m.text),
      email: optionalText(MAX.email, m.emailLong, m.email).pipe(z.email(m.email).optional()),
      phone: optionalText(MAX.phone, m.phoneLong, m.phone).pipe(z.string().regex(/^[+0-9 .()-]{8,20}$/, m.phone).optional()),
      address: optionalText(MAX.address, m.addressLong, m.text),
      procedure: optionalText(MAX.procedure, m.procedure, m.procedure).pipe(z.string().regex(/^[0-9A-Za-z.-]+$/, m.procedure).optional()),
      // Whatever it says is kept (the CMS links the procedure it names, if any); one line, as the field shows it.
      procedureText: optionalText(MAX.procedureText, m.procedureTextLong, m.text).transform((v) => v?.replace(/\s+/g, ' ')),
      title: requiredText(m.title, 5, m.titleShort, MAX.title, m.titleLong, m.text),
      content: requiredText(m.content, 20, m.contentShort, MAX.content, m.contentLong, m.text),
      // A checkbox sends "on"; JSON callers send true. Anything else is no consent.
      consent: z.union([z.literal(true), z.literal('on'), z.literal('true')], { error: m.consent }).transform(() => true as const),
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
export type FieldErrors = Partial<Record<keyof FeedbackInput | 'form' | 'attachments', string>>

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
