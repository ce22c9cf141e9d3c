import type { CollectionAfterChangeHook } from 'payload'
import { redactPersonalData } from '../../../lib/redactPersonalData'
import type { Feedback } from '../../../payload-types'

/**
 * Keeps the public question of a feedback item in step with its "công bố hỏi đáp" box: ticked on an answered item,
 * it creates (or republishes) a question with the text redacted; unticked, the question goes back to draft.
 *
 * @remarks Created once and then left to the officer's edits: republishing does not overwrite a cleaned-up text.
 */
export const publishQuestion: CollectionAfterChangeHook<Feedback> = async ({ doc, previousDoc, req, context }) => {
  if (context.publishQuestion === false) return doc
  const wanted = Boolean(doc.publishAsQuestion) && doc.status === 'da-tra-loi'
  const questionId = typeof doc.question === 'object' && doc.question ? doc.question.id : doc.question
  if (wanted === Boolean(previousDoc?.publishAsQuestion && previousDoc.status === 'da-tra-loi') && (questionId || !wanted)) return doc
  if (wanted && !questionId) {
    const sender = { name: doc.name, email: doc.email, phone: doc.phone, address: doc.address }
    const question = await req.payload.create({
      collection: 'questions',
      req,
      data: {
        title: redactPersonalData(doc.title, sender),
        question: redactPersonalData(doc.content, sender),
        answer: redactPersonalData(doc.answer ?? '', sender),
        kind: doc.kind,
        answeredDate: doc.answeredAt ?? new Date().toISOString(),
        procedure: typeof doc.procedure === 'object' && doc.procedure ? doc.procedure.id : doc.procedure,
        source: doc.id,
        _status: 'published',
      },
    })
    await req.payload.update({ collection: 'feedback', id: doc.id, req, data: { question: question.id }, context: { publishQuestion: false } })
    return { ...doc, question: question.id }
  }
  if (questionId) {
    await req.payload.update({ collection: 'questions', id: questionId, req, data: { _status: wanted ? 'published' : 'draft' } })
  }
  return doc
}
