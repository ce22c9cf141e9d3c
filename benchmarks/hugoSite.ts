import fs from 'node:fs'
import path from 'node:path'
import type { DatasetPlan, PlannedLegalDocument } from '@congkhai/cms/bench'
import { parseRecord } from '@congkhai/cms/importers/procedures'
import { slugify } from '@congkhai/contracts/slugify'

const themeDir = path.join(import.meta.dirname, 'hugo')

/** URL slug of a number or name, as the CMS and the site make them (lower case, no tone marks, dashes). */
const slug = (text: string): string => slugify(text)

type Link = { number: string; slug: string; title: string }
const RELATIONS = [
  ['basedOn', 'basisFor'],
  ['amends', 'amendedBy'],
  ['guides', 'guidedBy'],
  ['replaces', 'replacedBy'],
] as const

/** A content file with JSON front matter, which Hugo reads without a YAML parser's cost. */
function page(front: Record<string, unknown>, body: string): string {
  return `${JSON.stringify(front)}\n\n${body}\n`
}

/**
 * Writes the dataset as a Hugo site in `siteDir` (the theme in `benchmarks/hugo/` plus content in both languages):
 * the same detail pages and lists the Astro site builds from the same plan.
 *
 * @remarks Relations are resolved both ways here, as the CMS's joins do for the Astro site. Returns the number of
 * content files written.
 */
export function writeHugoSite(plan: DatasetPlan, siteDir: string): number {
  fs.rmSync(siteDir, { recursive: true, force: true })
  fs.cpSync(themeDir, siteDir, { recursive: true })
  const links: Link[] = plan.legalDocuments.map((d) => ({ number: d.number, slug: slug(d.number), title: d.title }))
  const inverse = new Map<string, number[][]>()
  plan.legalDocuments.forEach((doc, i) => {
    RELATIONS.forEach(([name], r) => {
      for (const target of doc[name]) {
        const lists = inverse.get(String(target)) ?? RELATIONS.map(() => [])
        lists[r]!.push(i)
        inverse.set(String(target), lists)
      }
    })
  })
  const byNumber = new Map(links.map((link) => [link.number, link]))
  let files = 0
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, text)
    files++
  }

  for (const lang of ['vi', 'en'] as const) {
    const content = path.join(siteDir, 'content', lang)
    write(path.join(content, '_index.md'), page({ title: 'congkhai' }, ''))
    write(path.join(content, 'van-ban', '_index.md'), page({ title: 'Văn bản', outputs: ['html', 'oldest'] }, ''))
    write(path.join(content, 'thu-tuc', '_index.md'), page({ title: 'Thủ tục hành chính' }, ''))
    write(path.join(content, 'tin-tuc', '_index.md'), page({ title: 'Tin tức' }, ''))
    plan.legalDocuments.forEach((doc: PlannedLegalDocument, i) => {
      const related = Object.fromEntries(
        RELATIONS.flatMap(([name, inverseName], r) => [
          [name, doc[name].map((t) => links[t])],
          [inverseName, (inverse.get(String(i))?.[r] ?? []).map((t) => links[t])],
        ]),
      )
      const front = {
        title: doc.title,
        number: doc.number,
        date: doc.issuedDate,
        issuer: doc.issuer,
        signer: doc.signer,
        validity: doc.validity,
        summary: doc.summary,
        // Terms as ASCII slugs, as the site's filter URLs are: Hugo keeps tone marks, and long Vietnamese names
        // overflow the 255-byte file name limit.
        'vb-loai': [doc.documentType],
        'vb-co-quan': [slug(doc.issuer)],
        'vb-linh-vuc': [slug(doc.fieldName)],
        'vb-nam': [doc.issuedDate.slice(0, 4)],
        'vb-hieu-luc': [doc.validity],
        ...related,
      }
      write(path.join(content, 'van-ban', `${links[i]!.slug}.md`), page(front, doc.paragraphs.join('\n\n')))
    })
    for (const line of plan.procedureLines) {
      // Parsed as the importer parses it, so the page shows what the CMS stores (steps, dossier, agencies).
      const procedure = parseRecord(JSON.parse(line)).data
      if (!procedure) continue
      const sections = [
        { title: 'Trình tự thực hiện', text: procedure.steps.map((step, i) => `${i + 1}. ${step.text}`).join('\n') },
        { title: 'Cách thức thực hiện', text: procedure.methods.map((m) => `- ${m.channel}: ${m.processingTime ?? ''} ${m.processingTimeUnit ?? ''}; ${m.feeText ?? m.feeAmount ?? ''} ${m.description ?? ''}`).join('\n') },
        { title: 'Thành phần hồ sơ', text: procedure.dossier.map((row) => `- ${row.name} (${row.originals ?? 0}/${row.copies ?? 0})`).join('\n') },
        { title: 'Yêu cầu, điều kiện', text: procedure.requirements ?? '' },
        { title: 'Kết quả', text: procedure.result ?? '' },
        { title: 'Căn cứ pháp lý', text: procedure.legalBasisText ?? '' },
      ].filter((section) => section.text.trim())
      const front = {
        title: procedure.name,
        code: procedure.code,
        date: '2024-01-01',
        summary: procedure.subjects,
        'tt-linh-vuc': [slug(procedure.fieldName)],
        'tt-cap': procedure.levels,
        'tt-co-quan': procedure.implementingAgencyNames.map(slug),
        'tt-truc-tuyen': ['khong'],
        sections,
        legalBasis: procedure.legalBasis.flatMap(({ number }) => (number ? (byNumber.get(number) ?? []) : [])),
      }
      write(path.join(content, 'thu-tuc', `${procedure.code}.md`), page(front, ''))
    }
    for (const item of plan.news) {
      const front = { title: item.title, date: item.publishedDate, summary: item.summary, 'tin-chuyen-muc': [slug(item.categoryName)] }
      write(path.join(content, 'tin-tuc', `${item.slug}.md`), page(front, item.paragraphs.join('\n\n')))
    }
  }
  return files
}
