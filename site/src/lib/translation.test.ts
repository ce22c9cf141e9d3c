import { describe, expect, it } from 'vitest'
import { fallbackLang, isUntranslated, markUntranslated, translationState } from './translation'

describe('markUntranslated', () => {
  const read = () => ({
    id: 1,
    name: 'Approval of an international conference',
    subjects: 'Cơ quan, tổ chức',
    field: { id: 7, name: 'Hội nghị, hội thảo quốc tế' },
    steps: [
      { id: 'a', text: 'Step 1: submit the dossier' },
      { id: 'b', text: 'Bước 2: thẩm định' },
    ],
    levels: ['tinh'],
  })

  it('marks the values only the Vietnamese fallback filled in, on the document and on each row or relation', () => {
    const doc = read()
    markUntranslated(doc, { id: 1, name: doc.name, subjects: null, field: { id: 7, name: null }, steps: [{ id: 'a', text: doc.steps[0].text }, { id: 'b' }], levels: ['tinh'] })
    expect(isUntranslated(doc, 'name')).toBe(false)
    expect(isUntranslated(doc, 'subjects')).toBe(true)
    expect(isUntranslated(doc, 'steps')).toBe(true)
    expect(fallbackLang(doc.steps[0], 'text')).toBeUndefined()
    expect(fallbackLang(doc.steps[1], 'text')).toBe('vi')
    expect(fallbackLang(doc.field, 'name')).toBe('vi')
    expect(translationState(doc, 'name', ['subjects', 'steps'])).toBe('part')
  })

  it('says the whole page is Vietnamese when the title is, and nothing for Vietnamese or preview content', () => {
    const doc = read()
    markUntranslated(doc, { id: 1 })
    expect(translationState(doc, 'name', ['subjects'])).toBe('page')
    expect(translationState(read(), 'name', ['subjects'])).toBe('none')
    expect(fallbackLang(read(), 'name')).toBeUndefined()
  })
})
