import { describe, expect, it } from 'vitest'
import { hasFastProperties } from '../testing/hasFastProperties'
import { fallbackLang, inLocale, isUntranslated, translationState } from './translation'

describe('inLocale', () => {
  // A procedure as the CMS gives it read with `locale=all`: localized fields as `{ vi, en }`, only where they have a value.
  const read = () => ({
    id: 1,
    code: '1.001108',
    name: { vi: 'Cho phép tổ chức hội nghị quốc tế', en: 'Approval of an international conference' },
    subjects: { vi: 'Cơ quan, tổ chức', en: '' },
    field: { id: 7, name: { vi: 'Hội nghị, hội thảo quốc tế' }, description: { vi: null } },
    steps: [
      { id: 'a', text: { vi: 'Bước 1: nộp hồ sơ', en: 'Step 1: submit the dossier' } },
      { id: 'b', text: { vi: 'Bước 2: thẩm định', en: null } },
    ],
    levels: ['tinh'],
  })

  it('gives each localized value in the language asked, and Vietnamese where English has none', () => {
    const doc = inLocale(read(), 'en')
    expect(doc.name).toBe('Approval of an international conference')
    expect(doc.subjects).toBe('Cơ quan, tổ chức')
    expect(doc.steps.map((s) => s.text)).toEqual(['Step 1: submit the dossier', 'Bước 2: thẩm định'])
    expect(doc.field.name).toBe('Hội nghị, hội thảo quốc tế')
    expect(doc.code).toBe('1.001108')
    expect(doc.levels).toEqual(['tinh'])
    // Nothing in either language: no value, as the CMS read in English gives none.
    expect('description' in doc.field).toBe(false)
  })

  it('makes a document of many fields a small fast-mode object in either language, its fields in the order read', () => {
    const wide = { ...read(), ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`extra${i}`, { vi: `giá trị ${i}` }])) }
    for (const locale of ['vi', 'en'] as const) {
      const doc = inLocale(wide, locale)
      expect(hasFastProperties(doc)).toBe(true)
      expect(Object.keys(doc).filter((key) => key !== '_untranslated')).toEqual(Object.keys(wide))
    }
  })

  it('marks the values the Vietnamese fallback filled in, on the document and on each row or relation', () => {
    const doc = inLocale(read(), 'en')
    expect(isUntranslated(doc, 'name')).toBe(false)
    expect(isUntranslated(doc, 'subjects')).toBe(true)
    expect(isUntranslated(doc, 'steps')).toBe(true)
    expect(fallbackLang(doc.steps[0], 'text')).toBeUndefined()
    expect(fallbackLang(doc.steps[1], 'text')).toBe('vi')
    expect(fallbackLang(doc.field, 'name')).toBe('vi')
    expect(translationState(doc, 'name', ['subjects', 'steps'])).toBe('part')
  })

  it('says the whole page is Vietnamese when the title is, and marks nothing on the Vietnamese version', () => {
    const untitled = { ...read(), name: { vi: 'Cho phép tổ chức hội nghị quốc tế' } }
    expect(translationState(inLocale(untitled, 'en'), 'name', ['subjects'])).toBe('page')
    const vi = inLocale(read(), 'vi')
    expect(vi.name).toBe('Cho phép tổ chức hội nghị quốc tế')
    expect(translationState(vi, 'name', ['subjects'])).toBe('none')
    expect(fallbackLang(vi.steps[1], 'text')).toBeUndefined()
  })

  it('leaves the document it was given as it was', () => {
    const doc = read()
    inLocale(doc, 'en')
    expect(doc).toEqual(read())
  })
})
