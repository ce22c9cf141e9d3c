import { describe, expect, it } from 'vitest'
import type { LegalDocument } from '../published/cms'
import { toSearchDocument } from './searchDocuments'

const decision = (validity: LegalDocument['validity']) =>
  ({
    id: 7,
    title: 'Quyết định quy định mức thu lệ phí cấp hộ chiếu',
    number: '08/2019/QĐ-UBND',
    slug: '08-2019-qd-ubnd',
    documentType: 'quyet-dinh',
    issuer: 'UBND tỉnh',
    issuedDate: '2019-03-01T00:00:00.000Z',
    validity,
  }) as LegalDocument

describe('toSearchDocument', () => {
  it('marks a legal document repealed in full or suspended as no longer in force, and the others as in force', () => {
    const inForce = (validity: LegalDocument['validity']) => toSearchDocument('legal-documents', decision(validity)).inForce
    expect(inForce('het-hieu-luc-toan-bo')).toBe(false)
    expect(inForce('ngung-hieu-luc')).toBe(false)
    expect(inForce('con-hieu-luc')).toBe(true)
    expect(inForce('het-hieu-luc-mot-phan')).toBe(true)
    expect(inForce('chua-co-hieu-luc')).toBe(true)
    expect(toSearchDocument('legal-documents', decision('ngung-hieu-luc')).facets?.status).toBe('Ngưng hiệu lực')
  })
})
