import type { CollectionAfterChangeHook } from 'payload'
import { cmsConfig } from '../../../config'
import type { Feedback } from '../../../payload-types'

/** The email telling a sender their submission has been answered (plain text: nothing in it is markup). */
export function answeredEmail(doc: Pick<Feedback, 'code' | 'name' | 'title' | 'answer'>): { subject: string; text: string } {
  const link = new URL(`/tra-cuu-gop-y?ma=${doc.code}`, cmsConfig.SITE_URL).href
  return {
    subject: `Trả lời góp ý ${doc.code}`,
    text: [
      `Kính gửi ${doc.name},`,
      '',
      `Góp ý “${doc.title}” (mã ${doc.code}) của Ông/Bà đã được trả lời:`,
      '',
      doc.answer ?? '',
      '',
      `Xem lại quá trình xử lý: ${link}`,
      '',
      'Thư này được gửi tự động, vui lòng không trả lời.',
    ].join('\n'),
  }
}

/**
 * When a submission becomes "đã trả lời", emails the answer to the sender (if they gave an email address) through
 * Payload's email adapter: SMTP when configured, otherwise the local mail log.
 *
 * @remarks A failed email is logged and does not undo the answer: the sender can still read it by tracking code.
 */
export const notifyAnswered: CollectionAfterChangeHook<Feedback> = async ({ doc, previousDoc, operation, req }) => {
  if (doc.status !== 'da-tra-loi' || (operation === 'update' && previousDoc?.status === 'da-tra-loi') || !doc.email) return doc
  const { subject, text } = answeredEmail(doc)
  try {
    await req.payload.sendEmail({ to: doc.email, subject, text })
  } catch (err) {
    req.payload.logger.error({ msg: `feedback ${doc.code}: the answer email could not be sent`, err })
  }
  return doc
}
