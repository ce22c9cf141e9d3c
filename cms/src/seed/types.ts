/** Validity status of a legal document, as vbpl.vn lists it. */
export type ValidityStatus =
  | 'con-hieu-luc'
  | 'het-hieu-luc-toan-bo'
  | 'het-hieu-luc-mot-phan'
  | 'chua-co-hieu-luc'
  | 'ngung-hieu-luc'

export type DocumentType =
  | 'luat'
  | 'nghi-dinh'
  | 'nghi-quyet'
  | 'thong-tu'
  | 'quyet-dinh'
  | 'chi-thi'
  | 'ke-hoach'
  | 'cong-van'

/** A legal document in the demo seed. */
export interface SeedLegalDocument {
  /** Number and symbol (số ký hiệu), unique: `15/2020/QĐ-UBND`. */
  number: string
  documentType: DocumentType
  /** Name / abstract (trích yếu) as printed on the document. */
  title: string
  issuer: string
  signer: string
  /** YYYY-MM-DD */
  issuedDate: string
  effectiveDate: string
  expiryDate?: string
  validity: ValidityStatus
  /** Field (lĩnh vực). */
  field: string
  summary: string
  /** Full text, one paragraph per entry (article headings are their own paragraph). */
  body: string[]
  /** False for the one demo draft that must not reach the public site. */
  published: boolean
}

/** An administrative procedure (thủ tục hành chính) in the demo seed. */
export interface SeedProcedure {
  /** Procedure code on the national portal, unique: `1.001108`. */
  code: string
  name: string
  field: string
  level: 'tinh' | 'huyen' | 'xa' | 'bo'
  agency: string
  subjects: string
  processingTime: string
  fee: string
  onlineLevel: 'toan-trinh' | 'mot-phan' | 'khong'
  steps: string[]
  dossier: string[]
  requirements: string
  result: string
  /** Numbers of legal documents in the seed that this procedure is based on. */
  legalBasis: string[]
}

/** A news article in the demo seed. */
export interface SeedNews {
  title: string
  /** URL slug without diacritics: `hoi-nghi-xuc-tien-dau-tu-2026`. */
  slug: string
  summary: string
  /** YYYY-MM-DD */
  publishedDate: string
  body: string[]
}
