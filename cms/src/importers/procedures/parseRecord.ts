import type { Procedure } from '../../payload-types'
import { legalBasisLines, parseLegalBasis } from './parseLegalBasis'
import { parseDossier } from './parseDossier'
import { parseMethods } from './parseMethods'
import { parseSteps } from './parseSteps'
import { FATAL_KINDS, type ParseResult, type Problem } from './types'

const NO_INFO = 'Không có thông tin'

/** The portal's level names (lower case) and the collection's values for them. */
export const LEVELS: Readonly<Record<string, Procedure['levels'][number]>> = {
  'cấp bộ': 'bo',
  'cấp tỉnh': 'tinh',
  'cấp huyện': 'huyen',
  'cấp xã': 'xa',
  'cơ quan khác': 'khac',
}

// Payload's default maximum for text and textarea fields (`defaultMaxTextLength`); longer values fail validation.
const MAX_TEXT = 40_000

// Source fields the collection has no place for; their content is reported so an editor can decide.
const UNMAPPED = ['dia_chi_tiep_nhan', 'co_quan_duoc_uy_quyen', 'co_quan_phoi_hop', 'thu_tuc_lien_quan'] as const

/** Reads a string field of the raw record, NFC-normalised, with non-breaking spaces made plain. */
export function sourceText(raw: Record<string, unknown>, key: string): string {
  const value = raw[key]
  return typeof value === 'string' ? value.normalize('NFC').replace(/\u00a0/g, ' ').trim() : ''
}

/** Text, or null when the portal left it empty or wrote "Không có thông tin". */
function optional(value: string): string | null {
  return value && value !== NO_INFO ? value : null
}

/** Cuts text longer than the CMS accepts at a line break, says so in the text, and reports it. */
function fitText(value: string | null, key: string, problems: Problem[]): string | null {
  if (!value || value.length <= MAX_TEXT) return value
  const note = '\n[…] Phần còn lại quá dài để lưu; xem toàn văn tại trang nguồn (Cổng Dịch vụ công quốc gia).'
  const room = MAX_TEXT - note.length
  const cut = value.lastIndexOf('\n', room)
  const kept = value.slice(0, cut > room / 2 ? cut : room).trimEnd()
  problems.push({ kind: 'text-truncated', detail: `${key}: ${value.length} → ${kept.length} ký tự` })
  return kept + note
}

// Words an agency name starts with; a capitalised piece without one continues the name before it
// ("Bộ Văn hóa, Thể thao và Du lịch") when it reads like the tail of a list of duties ("… và …").
const AGENCY_HEAD = new RegExp(
  '^(?:Bộ|Cục|Chi cục|Tổng cục|Sở|Vụ|Viện|Ban|Phòng|Văn phòng|Trung tâm|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Chủ tịch|' +
    'Thủ tướng|Chính phủ|Quốc hội|Công an|Cảnh sát|Thuế|Hải quan|Kho bạc|Ngân hàng|Bảo hiểm|Quỹ|Thanh tra|Tòa án|Toà án|' +
    'Cơ quan|Cơ sở|Cảng vụ|Chi nhánh|Tổ chức|Tổng công ty|Công ty|Đơn vị|Người|Giám đốc|Lãnh đạo|Doanh nghiệp|Biên phòng|' +
    'Công đoàn|Khu|Thi hành án|Các)(?![\\p{L}])',
  'iu',
)

/**
 * Splits a comma-separated list of agency names, keeping commas that belong inside a name.
 *
 * @remarks Names start with a capital ("Sở Tư pháp, Công an tỉnh"); a piece in lower case continues the name before
 * it ("Cục Cảnh sát quản lý hành chính về trật tự, xã hội"), and so does a capitalised piece that does not start like
 * an agency but lists duties ("Cục Chất lượng, Chế biến và Phát triển thị trường").
 */
export function splitAgencies(value: string): string[] {
  if (!optional(value)) return []
  const names: string[] = []
  for (const piece of value.split(/\s*[,;]\s*/)) {
    if (!piece) continue
    const continues = !/^\p{Lu}/u.test(piece) || (!AGENCY_HEAD.test(piece) && / và /.test(piece))
    if (names.length > 0 && continues) names[names.length - 1] += `, ${piece}`
    else names.push(piece)
  }
  return names.map((name) => name.replace(/\s+/g, ' ').replace(/[.\s]+$/, '')).filter((name, i, all) => name && all.indexOf(name) === i)
}

/** The agency names of a source cell, or null when it holds other text (page text the scraper caught). */
export function agencyNames(value: string): string[] | null {
  const names = splitAgencies(value)
  return names.some((name) => !/^\p{Lu}/u.test(name) || name.length > 250 || name.includes('Mã thủ tục')) ? null : names
}

/** Agency names from a source field; text that is not a list of names (scraped page text) is reported instead. */
function agencies(record: Record<string, unknown>, key: string, problems: Problem[]): string[] {
  const value = sourceText(record, key)
  const names = agencyNames(value)
  if (!names) {
    problems.push({ kind: 'agency-unparsed', detail: `${key}: ${value.slice(0, 200)}` })
    return []
  }
  return names
}

/** Maps "Cấp bộ, Cấp tỉnh" to the collection's level values. */
function parseLevels(value: string, problems: Problem[]): Procedure['levels'] {
  const levels: Procedure['levels'] = []
  for (const piece of value.split(/\s*,\s*/).filter(Boolean)) {
    const level = LEVELS[piece.toLowerCase()]
    if (level) {
      if (!levels.includes(level)) levels.push(level)
    } else problems.push({ kind: 'unknown-level', detail: piece })
  }
  if (levels.length === 0) {
    problems.push({ kind: 'unknown-level', detail: `${value || '(trống)'} → Cơ quan khác` })
    levels.push('khac')
  }
  return levels
}

/** Maps the portal's procedure type wording to the collection's values. */
function parseProcedureType(value: string, problems: Problem[]): NonNullable<Procedure['procedureType']> | null {
  const folded = value.toLowerCase()
  if (!folded) return null
  if (folded.includes('không được luật giao')) return 'khong-duoc-luat-giao'
  if (/được (giao luật|luật giao)/.test(folded)) return 'duoc-luat-giao'
  if (folded === 'loại khác') return 'khac'
  problems.push({ kind: 'unknown-procedure-type', detail: value })
  return null
}

/**
 * A result's code after `Mã:` (`KQ.G01.000030`, `000.00.00.G11-KQ1711`, `BQP-CCS.KQ0001`), up to its last digit.
 *
 * @remarks The portal glues the next result's name to the code (`KQ.G01.000030Thông báo về…`): a code ends with a
 * digit (its trailing dots go with it), so the capital that starts the name stays with the name.
 */
const RESULT_CODE = /Mã:\s*(?:[A-Z0-9][A-Z0-9.-]*\d\.*|\S+$)/

/** Keeps the result names ("… Mã: KQ.G01.000083") and the description, dropping the page furniture after them. */
function parseResult(value: string): string | null {
  const [results, tail = ''] = value.split(/Từ khóa/)
  const names = results
    .split(RESULT_CODE)
    .map((name) => name.trim())
    .filter(Boolean)
  const description = /Mô tả(.*?)(?:Chọn cơ quan thực hiện|$)/s.exec(tail)?.[1].trim()
  const lines = [...names, ...(description && description !== NO_INFO ? [description] : [])]
  return lines.length > 0 ? lines.join('\n') : null
}

/**
 * Maps one record of the national portal's procedure export onto the procedures collection.
 *
 * @remarks Pure: no database, so it is tested on real samples. Taxonomy names and legal-document numbers are left
 * for the writer to resolve. A record without a code, name or field comes back with `data: null`; everything else
 * that could not be read is listed in `problems`, never silently dropped.
 */
export function parseRecord(raw: unknown): ParseResult {
  const problems: Problem[] = []
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { data: null, problems: [{ kind: 'invalid-json', detail: 'không phải một đối tượng JSON (not a JSON object)' }] }
  }
  const record = raw as Record<string, unknown>
  const code = sourceText(record, 'ma_thu_tuc')
  const name = sourceText(record, 'ten_thu_tuc')
  const fieldName = sourceText(record, 'linh_vuc').replace(/\s+/g, ' ')
  if (!code) problems.push({ kind: 'missing-code', detail: name || '(không có tên)' })
  if (!name) problems.push({ kind: 'missing-name', detail: code || '(không có mã)' })
  if (!fieldName) problems.push({ kind: 'missing-field', detail: code || name || '(trống)' })
  if (problems.some((p) => FATAL_KINDS.has(p.kind))) return { data: null, problems }

  const deciding = agencies(record, 'co_quan_co_tham_quyen', problems)
  if (deciding.length > 1) problems.push({ kind: 'extra-deciding-agencies', detail: `chỉ liên kết "${deciding[0]}"; bỏ: ${deciding.slice(1).join('; ')}` })
  for (const key of UNMAPPED) {
    const value = optional(sourceText(record, key))
    if (value) problems.push({ kind: 'not-imported-no-model-field', detail: `${key}: ${value.slice(0, 200)}` })
  }
  const steps = parseSteps(sourceText(record, 'trinh_tu_thuc_hien'))
  if (steps.length === 0) problems.push({ kind: 'steps-missing', detail: '(trống)' })
  const legalBasis = parseLegalBasis(sourceText(record, 'can_cu_phap_ly'), problems)

  const data = {
    code,
    name,
    fieldName,
    levels: parseLevels(sourceText(record, 'cap_thuc_hien'), problems),
    procedureType: parseProcedureType(sourceText(record, 'loai_thu_tuc'), problems),
    implementingAgencyNames: agencies(record, 'co_quan_thuc_hien', problems),
    decidingAgencyName: deciding[0] ?? null,
    subjects: optional(sourceText(record, 'doi_tuong_thuc_hien')),
    publishingDecision: optional(sourceText(record, 'so_quyet_dinh')),
    sourceUrl: optional(sourceText(record, 'detail_url')),
    methods: parseMethods(sourceText(record, 'cach_thuc_thuc_hien'), problems),
    dossier: parseDossier(sourceText(record, 'thanh_phan_ho_so'), problems),
    steps,
    requirements: fitText(optional(sourceText(record, 'yeu_cau_dieu_kien')), 'yeu_cau_dieu_kien', problems),
    result: fitText(parseResult(sourceText(record, 'ket_qua_xu_ly')), 'ket_qua_xu_ly', problems),
    legalBasis,
    legalBasisText: fitText(legalBasisLines(legalBasis), 'can_cu_phap_ly', problems),
  }
  const seen = new Set<string>()
  const unique = problems.filter((p) => !seen.has(`${p.kind}\u0000${p.detail}`) && seen.add(`${p.kind}\u0000${p.detail}`))
  return { data, problems: unique }
}
