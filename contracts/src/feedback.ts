import { z } from 'zod'
import { isTrackingCode, LEGACY_TRACKING_CODE, TRACKING_CODE } from './trackingCode'

/** Kinds of submission, as stored: góp ý, phản ánh, kiến nghị, hỏi đáp. */
export const FEEDBACK_KINDS = ['gop-y', 'phan-anh', 'kien-nghi', 'hoi-dap'] as const

/** A kind of submission. */
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]

/** Handling statuses, in the order a submission goes through them; the last three close it. */
export const FEEDBACK_STATUSES = ['moi', 'dang-xu-ly', 'da-tra-loi', 'chuyen-co-quan-khac', 'khong-xu-ly'] as const

/** A handling status. */
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]

/**
 * The longest value the CMS stores in each free-text field of a submission.
 *
 * @remarks The site's form refuses longer text with a message to the citizen; the CMS's intake refuses it from
 * anyone, so a form that allowed more would lose submissions in the outbox.
 */
export const FEEDBACK_MAX_LENGTHS = { name: 100, email: 200, phone: 20, address: 300, procedure: 30, procedureText: 1500, title: 200, content: 5000 } as const

/** What a citizen submits through the feedback form, once the site has validated it. */
export interface FeedbackInput {
  kind: FeedbackKind
  name: string
  email?: string
  phone?: string
  address?: string
  /** Code of the related procedure the citizen chose from the suggestions, e.g. `1.001108`. */
  procedure?: string
  /**
   * The related procedure as the citizen typed it: a code, a title, or anything else (the form without JavaScript, or
   * text typed without choosing a suggestion).
   *
   * @remarks The CMS links the procedure it names (`procedure` first, then this text by code or title) and keeps the
   * text on the feedback when it names none, so nothing the citizen wrote is lost.
   */
  procedureText?: string
  title: string
  content: string
  consent: true
}

const optional = (max: number) => z.string().max(max).nullish()

/**
 * A submission as the site's outbox hands it to the CMS (`POST /api/feedback/intake`, with the site's service key):
 * JSON, or multipart with this JSON in `_payload` and the files in `attachments`.
 *
 * @remarks The CMS validates with this schema; the site has already applied its own, stricter rules
 * (`site/src/feedback/feedback.ts`). `submissionId` makes a delivery idempotent: sent again, it is stored once.
 */
export const feedbackIntakeSchema = z.object({
  submissionId: z.uuid(),
  // Only codes in the current format, check digit included: legacy codes are never issued again.
  code: z.string().refine(isTrackingCode, 'mã tra cứu không đúng định dạng (invalid tracking code)'),
  /** The code the citizen was shown first, when the site's outbox had to give the submission another. */
  originalCode: z.string().refine((c) => TRACKING_CODE.test(c) || LEGACY_TRACKING_CODE.test(c)).nullish(),
  receivedAt: z.iso.datetime(),
  kind: z.enum(FEEDBACK_KINDS),
  name: z.string().min(1).max(FEEDBACK_MAX_LENGTHS.name),
  email: optional(FEEDBACK_MAX_LENGTHS.email),
  phone: optional(FEEDBACK_MAX_LENGTHS.phone),
  address: optional(FEEDBACK_MAX_LENGTHS.address),
  procedure: optional(FEEDBACK_MAX_LENGTHS.procedure),
  procedureText: optional(FEEDBACK_MAX_LENGTHS.procedureText),
  title: z.string().min(1).max(FEEDBACK_MAX_LENGTHS.title),
  content: z.string().min(1).max(FEEDBACK_MAX_LENGTHS.content),
  consent: z.literal(true),
})

/** The body of a delivery, as the site sends it. */
export type FeedbackIntake = z.input<typeof feedbackIntakeSchema>

/** The CMS's answer to a delivery it stored (or had stored already): the record's id and its tracking code. */
export interface FeedbackIntakeAnswer {
  id: number
  code: string
}

/**
 * The public side of a submission, as `GET /api/feedback/track/:code` answers (and `POST` with `{ contact }`): its
 * status timeline and, to whoever gives its contact, the answer; never who sent it.
 */
export interface FeedbackLookup {
  code: string
  kind: FeedbackKind
  status: FeedbackStatus
  /** Set on every submission the intake stored; typed as the CMS's field is (not required of staff-made records). */
  receivedAt?: string | null
  dueDate?: string | null
  history: { status: FeedbackStatus; at?: string | null; note?: string | null }[]
  /** The answer text: only when `verified`. */
  answer?: string | null
  answeredAt?: string | null
  /** True when the contact given matched the submission's email or phone: the answer and public reasons are included. */
  verified?: boolean
  /** A contact was given and did not match. */
  contactMismatch?: boolean
}
