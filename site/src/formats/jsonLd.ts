import { siteConfig } from '../config'
import { labels } from '../i18n/labels'
import { localizePath, type Locale } from '../i18n/locale'
import { nameOf, type LegalDocument, type Procedure } from '../published/cms'

const absolute = (path: string) => new URL(path, siteConfig.SITE_URL).href

const legalForce: Record<LegalDocument['validity'], string> = {
  'con-hieu-luc': 'InForce',
  'het-hieu-luc-mot-phan': 'PartiallyInForce',
  'het-hieu-luc-toan-bo': 'NotInForce',
  'chua-co-hieu-luc': 'NotInForce',
  'ngung-hieu-luc': 'NotInForce',
}

const populated = (list: unknown): LegalDocument[] => {
  const items = Array.isArray(list) ? list : ((list as { docs?: unknown[] } | null | undefined)?.docs ?? [])
  return items.filter((d): d is LegalDocument => typeof d === 'object' && d !== null && 'number' in d)
}

const day = (iso?: string | null) => iso?.slice(0, 10)

/** A reference to another legal document, as schema.org `Legislation`. */
function legislationRef(doc: LegalDocument, locale: Locale) {
  return { '@type': 'Legislation', name: doc.title, legislationIdentifier: doc.number, url: absolute(localizePath(`/van-ban/${doc.slug}`, locale)) }
}

/** A legal document as schema.org `Legislation`, for the JSON-LD of its page. */
export function legislationJsonLd(doc: LegalDocument, locale: Locale): Record<string, unknown> {
  return {
    '@type': 'Legislation',
    name: doc.title,
    legislationIdentifier: doc.number,
    legislationType: labels(locale).documentType[doc.documentType],
    legislationDate: day(doc.issuedDate),
    legislationLegalForce: `https://schema.org/${legalForce[doc.validity]}`,
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: doc.issuer },
    legislationJurisdiction: 'VN',
    ...(doc.effectiveDate && { temporalCoverage: `${day(doc.effectiveDate)}/${day(doc.expiryDate) ?? '..'}` }),
    ...(doc.expiryDate && { expires: day(doc.expiryDate) }),
    ...(doc.summary && { abstract: doc.summary }),
    inLanguage: locale,
    url: absolute(localizePath(`/van-ban/${doc.slug}`, locale)),
    legislationChanges: [...populated(doc.amends), ...populated(doc.replaces)].map((d) => legislationRef(d, locale)),
    isBasedOn: populated(doc.basedOn).map((d) => legislationRef(d, locale)),
  }
}

/** A procedure as schema.org `GovernmentService`, for the JSON-LD of its page. */
export function governmentServiceJsonLd(procedure: Procedure, locale: Locale, agencyName: string): Record<string, unknown> {
  const l = labels(locale)
  const providers = (procedure.implementingAgencies ?? []).map(nameOf).filter(Boolean)
  return {
    '@type': 'GovernmentService',
    name: procedure.name,
    identifier: procedure.code,
    url: absolute(localizePath(`/thu-tuc/${procedure.code}`, locale)),
    ...(nameOf(procedure.field) && { serviceType: nameOf(procedure.field) }),
    provider: (providers.length ? providers : [agencyName]).map((name) => ({ '@type': 'GovernmentOrganization', name })),
    ...(procedure.subjects && { audience: { '@type': 'Audience', audienceType: procedure.subjects } }),
    areaServed: { '@type': 'Country', name: 'Việt Nam' },
    availableChannel: (procedure.methods ?? []).map((m) => ({
      '@type': 'ServiceChannel',
      name: l.channel[m.channel],
      ...(m.channel === 'truc-tuyen' && procedure.applyUrl && { serviceUrl: procedure.applyUrl }),
    })),
  }
}
