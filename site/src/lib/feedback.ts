import { z } from 'zod'
import { createFeedback, type FeedbackInput } from './cms'

const optionalText = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().max(max, message).optional())

/** The feedback form's rules, with the messages a citizen reads. */
export const feedbackSchema = z
  .object({
    name: z.string({ error: 'Vui lòng nhập họ và tên.' }).trim().min(1, 'Vui lòng nhập họ và tên.').max(100, 'Họ và tên tối đa 100 ký tự.'),
    email: optionalText(200, 'Thư điện tử quá dài.').pipe(z.email('Thư điện tử không hợp lệ, ví dụ: ten@example.vn.').optional()),
    phone: optionalText(20, 'Số điện thoại quá dài.').pipe(
      z.string().regex(/^[+0-9 .()-]{8,20}$/, 'Số điện thoại chỉ gồm chữ số, ví dụ: 0905 123 456.').optional(),
    ),
    title: z.string({ error: 'Vui lòng nhập tiêu đề.' }).trim().min(5, 'Tiêu đề cần ít nhất 5 ký tự.').max(200, 'Tiêu đề tối đa 200 ký tự.'),
    content: z.string({ error: 'Vui lòng nhập nội dung góp ý.' }).trim().min(20, 'Nội dung cần ít nhất 20 ký tự để cơ quan hiểu và xử lý.').max(5000, 'Nội dung tối đa 5.000 ký tự.'),
  })
  .refine((v) => v.email || v.phone, { message: 'Vui lòng nhập thư điện tử hoặc số điện thoại để cơ quan liên hệ lại.', path: ['email'] })

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
