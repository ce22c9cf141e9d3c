import type { Figures } from '@congkhai/contracts/stats'

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
  /** The signer's position (chức danh) when signing, without "KT." or "TM.": `Phó Chủ tịch`. */
  signerTitle: string
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
  /** Numbers of seed documents this one amends, replaces, guides or is based on. */
  amends?: string[]
  replaces?: string[]
  guides?: string[]
  basedOn?: string[]
  /** Changes of validity, oldest first. */
  validityHistory?: { date: string; status: ValidityStatus; sourceDocument?: string; note?: string }[]
  /** English title, summary and signer's title, where the agency publishes one. */
  en?: { title: string; summary?: string; signerTitle?: string }
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
  /** Code of the ISO process (SeedQualityProcess.code) that governs it. */
  qualityProcess?: string
  /** Link to apply on the national public-service portal. */
  applyUrl?: string
  /** The provincial decision that published the procedure. */
  publishingDecision?: string
  /** English name, where the agency publishes one. */
  en?: { name: string }
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
  /** Category name (chuyên mục), created when missing. */
  category?: string
  author?: string
}

/** A page of the agency's introduction (Decree 42/2022 sections). */
export interface SeedPage {
  title: string
  slug: string
  section: 'gioi-thieu' | 'chuc-nang-nhiem-vu' | 'co-cau-to-chuc' | 'ke-hoach-bao-cao' | 'lien-he'
  /** Slug of the parent page, which must come earlier in the list. */
  parent?: string
  order: number
  summary?: string
  body: string[]
}

/** An ISO 9001:2015 process of the agency. */
export interface SeedQualityProcess {
  /** Unique code: `QT-NV-01`. */
  code: string
  name: string
  owner: string
  purpose: string
  steps: { name: string; responsible: string; timeBudget?: number; timeUnit?: 'gio-lam-viec' | 'ngay-lam-viec' }[]
}

/** The agency's identity and contacts (site settings global). */
export interface SeedSiteSettings {
  agencyName: string
  parentAgency: string
  address: string
  hotline: string
  phone: string
  email: string
  workingHours: string
  mapUrl?: string
  /** The agency's own procedure fields, by name, in the order the home page lists them. */
  ownFields: string[]
  footerLinks: { label: string; url: string }[]
}

/** The figures of one reporting period of one procedure (the ten `FIGURES` of `@congkhai/contracts/stats`). */
export interface SeedProcessingReport extends Figures {
  /** `2026-Q1` or `2026-03`. */
  period: string
  /** Code of a procedure in procedures.ts. */
  code: string
  note?: string
}
