import type { Procedure } from '../../payload-types'

/**
 * Every kind of problem the importer reports, with what it means; the report carries this legend.
 *
 * @remarks The first five make a record invalid (it is skipped); the others describe parts kept only as text, or
 * not kept because the collection has no place for them.
 */
export const PROBLEM_KINDS = {
  'invalid-json': 'Dòng không phải JSON hợp lệ; bỏ qua (line is not valid JSON; skipped)',
  'missing-code': 'Thiếu mã thủ tục; bỏ qua (no procedure code; skipped)',
  'missing-name': 'Thiếu tên thủ tục; bỏ qua (no procedure name; skipped)',
  'missing-field': 'Thiếu lĩnh vực; bỏ qua (no field; skipped)',
  'write-failed': 'CMS từ chối ghi; bỏ qua (the CMS rejected the record; skipped)',
  'unknown-level': 'Cấp thực hiện không nhận ra (unrecognised level)',
  'unknown-procedure-type': 'Loại thủ tục không nhận ra; để trống (unrecognised procedure type; left empty)',
  'agency-unparsed': 'Ô cơ quan chứa văn bản không phải tên cơ quan; không liên kết (agency cell holds page text, not names; not linked)',
  'extra-deciding-agencies': 'Nhiều cơ quan có thẩm quyền; chỉ liên kết cơ quan đầu (several deciding agencies; only the first is linked)',
  'methods-unparsed': 'Cách thức thực hiện không đọc được (submission methods text not understood)',
  'method-time-missing': 'Không có thời hạn giải quyết dạng số (no numeric processing time)',
  'method-time-unit-missing': 'Thời hạn không có đơn vị; để trống đơn vị (processing time without unit; unit left empty)',
  'method-time-fee-ambiguous': 'Thời hạn và phí dính liền, không tách được; phí lấy từ ghi chú nếu có (time and fee run together)',
  'method-fee-missing': 'Không có thông tin phí, lệ phí (no fee information)',
  'method-fee-no-amount': 'Phí không có số tiền VND; giữ nguyên văn (fee without an amount in đồng; kept as text)',
  'dossier-empty': 'Không có thành phần hồ sơ (no dossier components)',
  'dossier-unstructured': 'Thành phần hồ sơ không có dạng bảng; giữ nguyên văn một dòng (dossier text without a table; kept as one row)',
  'dossier-row-without-count': 'Dòng hồ sơ không có số lượng bản (dossier row without counts)',
  'dossier-form-not-attached': 'Có mẫu đơn, tờ khai nhưng tệp không có trong dữ liệu (template named but file not in the data)',
  'steps-missing': 'Không có trình tự thực hiện (no steps)',
  'legal-basis-missing': 'Không có căn cứ pháp lý (no legal basis)',
  'legal-basis-without-number': 'Văn bản căn cứ không có số ký hiệu; chỉ giữ văn bản (legal basis without a number; kept as text)',
  'text-truncated': 'Văn bản dài quá giới hạn 40.000 ký tự của CMS; cắt bớt, toàn văn ở trang nguồn (text over the CMS limit; cut, full text at the source URL)',
  'not-imported-no-model-field': 'Trường nguồn chưa có chỗ trong mô hình dữ liệu; không nhập (source field with no place in the model)',
} as const

/** Why a record was not imported, with what it means; the report carries this legend. */
export const SKIP_REASONS = {
  'filtered-out': 'Không khớp bộ lọc (--codes, --agency, --field, --level); xem filteredOut (left out by the filters)',
  unparseable: 'Không đọc được: không phải JSON, thiếu mã, tên hoặc lĩnh vực (unparseable: not JSON, or no code, name or field)',
  edited: 'Biên tập viên đã sửa sau lần nhập trước; giữ nguyên, xem edited (changed by an editor since the last import; kept)',
  'write-failed': 'CMS từ chối ghi (the CMS rejected the record)',
} as const

/** Why a record was skipped. */
export type SkipReason = keyof typeof SKIP_REASONS

/** What the importer could not read, or read only in part; the report groups problems by kind. */
export type ProblemKind = keyof typeof PROBLEM_KINDS

/** Kinds that make a record invalid: it is reported and skipped, never half-written. */
export const FATAL_KINDS: ReadonlySet<ProblemKind> = new Set(['invalid-json', 'missing-code', 'missing-name', 'missing-field', 'write-failed'])

/** One thing the importer could not parse, with the text it gave up on. */
export interface Problem {
  kind: ProblemKind
  detail: string
}

type Method = NonNullable<Procedure['methods']>[number]
type DossierRow = NonNullable<Procedure['dossier']>[number]

/** A submission channel row, ready to store. */
export type ParsedMethod = Required<Omit<Method, 'id'>>

/** A dossier row, ready to store (the template file is never in the source data). */
export type ParsedDossierRow = Required<Omit<DossierRow, 'id' | 'form'>>

/** A legal-basis entry: the document's name as the portal gives it, and its number when one was found. */
export interface LegalBasisEntry {
  name: string
  number: string | null
}

/**
 * One portal record mapped onto the procedures collection, with taxonomy and legal documents still named rather than
 * linked (the writer resolves names to ids).
 */
export interface ParsedProcedure {
  code: string
  name: string
  fieldName: string
  levels: Procedure['levels']
  procedureType: NonNullable<Procedure['procedureType']> | null
  implementingAgencyNames: string[]
  decidingAgencyName: string | null
  subjects: string | null
  publishingDecision: string | null
  sourceUrl: string | null
  methods: ParsedMethod[]
  dossier: ParsedDossierRow[]
  steps: { text: string }[]
  requirements: string | null
  result: string | null
  legalBasis: LegalBasisEntry[]
  legalBasisText: string | null
}

/** What `parseRecord` returns: the mapped record (null when it is invalid) and everything it could not parse. */
export interface ParseResult {
  data: ParsedProcedure | null
  problems: Problem[]
}
