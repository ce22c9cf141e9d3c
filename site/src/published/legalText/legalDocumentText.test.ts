import { describe, expect, it } from 'vitest'
import { documentText } from './legalDocumentText'

const file = (id: number, status: string, text: string | null, textCorrected = false) => ({ id, extraction: { status, text, textCorrected } })

describe('documentText', () => {
  it('takes the typed body first, one line a paragraph', () => {
    expect(documentText({ bodyHtml: '<p>Điều 1. Phạm vi</p><p>Nội dung.</p>', attachments: [file(1, 'done', 'Văn bản trong tệp')] })).toEqual({
      text: 'Điều 1. Phạm vi\n\nNội dung.',
      source: 'body',
    })
  })

  it('otherwise joins the text of the files whose extraction is done, in attachment order, and nothing of a failed file', () => {
    const attachments = [file(1, 'done', 'Điều 1. Một'), file(2, 'failed', 'rác của tệp hỏng'), 7, null, file(3, 'done', 'Điều 2. Hai')]
    expect(documentText({ bodyHtml: '<p></p>', attachments })).toEqual({ text: 'Điều 1. Một\n\nĐiều 2. Hai', source: 'attachments' })
  })

  it('counts a text an editor typed for a scan without a text layer, and not an uncorrected waiting one', () => {
    expect(documentText({ attachments: [file(1, 'scan-no-text', 'Điều 1. Gõ lại từ bản quét', true), file(2, 'waiting', 'cũ')] })).toEqual({
      text: 'Điều 1. Gõ lại từ bản quét',
      source: 'attachments',
    })
    expect(documentText({ attachments: [file(1, 'scan-no-text', null)] })).toEqual({ text: '' })
  })
})
