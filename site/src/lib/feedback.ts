import { z } from 'zod'
import { createFeedback, type FeedbackInput } from './cms'

const hasText = (v: unknown) => typeof v === 'string' && v.trim() !== ''

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

const optionalText = (max: number, message: string) => z.preprocess(blankToUndefined, z.string().trim().max(max, message).optional())

const requiredText = (missing: string, min: number, tooShort: string, max: number, tooLong: string) =>
  z.preprocess(blankToUndefined, z.string({ error: missing }).trim().min(min, tooShort).max(max, tooLong))

/** The feedback form's rules, with the messages a citizen reads. */
export const feedbackSchema = z
  .object({
    name: requiredText('Vui lòng nhập họ và tên.', 1, 'Vui lòng nhập họ và tên.', 100, 'Họ và tên tối đa 100 ký tự.'),
    email: optionalText(200, 'Thư điện tử quá dài.').pipe(z.email('Thư điện tử không hợp lệ, ví dụ: ten@example.vn.').optional()),
    phone: optionalText(20, 'Số điện thoại quá dài.').pipe(
      z.string().regex(/^[+0-9 .()-]{8,20}$/, 'Số điện thoại chỉ gồm chữ số, ví dụ: 0905 123 456.').optional(),
    ),
    title: requiredText('Vui lòng nhập tiêu đề.', 5, 'Tiêu đề cần ít nhất 5 ký tự.', 200, 'Tiêu đề tối đa 200 ký tự.'),
    content: requiredText('Vui lòng nhập nội dung góp ý.', 20, 'Nội dung cần ít nhất 20 ký tự để cơ quan hiểu và xử lý.', 5000, 'Nội dung tối đa 5.000 ký tự.'),
  })
  .refine((v) => hasText(v.email) || hasText(v.phone), {
    message: 'Vui lòng nhập thư điện tử hoặc số điện thoại để cơ quan liên hệ lại.',
    path: ['email'],
    // Checked even when other fields are wrong, so the citizen sees every problem at once.
    when: ({ value }) => typeof value === 'object' && value !== null,
  })

/** Field name → the first message for it. */
export type FieldErrors = Partial<Record<keyof FeedbackInput, string>>

/** Outcome of validating a submission. */
export type FeedbackValidation = { ok: true; data: FeedbackInput } | { ok: false; errors: FieldErrors }

/** Validates a raw submission (form fields or JSON) against the feedback rules. */
export function validateFeedback(raw: unknown): FeedbackValidation {
  const parsed = feedbackSchema.safeParse(raw)
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
