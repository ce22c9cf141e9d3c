import { parseFee } from '../../lib/parseFee'
import { parseProcessingTime, type ProcessingTime } from '../../lib/parseProcessingTime'
import type { ParsedMethod, Problem } from './types'

const HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả'
const NO_INFO = 'Không có thông tin'
const CHANNELS = { 'Trực tiếp': 'truc-tiep', 'Trực tuyến': 'truc-tuyen', 'Dịch vụ bưu chính': 'buu-chinh' } as const
type ChannelLabel = keyof typeof CHANNELS
// A row starts with its channel; in the flattened table the time cell follows at once (a digit, or "Không…").
const ROW_START = /(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\d|Không)/g
const TIME_CELL = /^(\d+(?:\.\d+)?)(?:\s*(Ngày làm việc|Ngày|Giờ|Tháng))?/iu
const AMOUNT_CELL = /^(\d{1,3}(?:,\d{3})+|\d+)\s*(Việt Nam Đồng|VNĐ|VND|Đồng|USD|EUR)/iu
const FEE_ANYWHERE = /Miễn phí|Không có thông tin|\d{1,3}(?:,\d{3})+\s*(?:Việt Nam Đồng|VNĐ|USD)/u

/** Splits a leading bracketed note (brackets may nest) off `text`. */
function leadingNote(text: string): [note: string, rest: string] {
  if (!text.startsWith('(')) return ['', text]
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')' && --depth === 0) return [text.slice(0, i + 1), text.slice(i + 1)]
  }
  return [text, '']
}

const clean = (text: string) => text.replace(/[ \t\u00a0]+/g, ' ').trim()

/** Reads one row's cells: time, fee (with its bracketed note) and description. */
function parseRow(channel: ChannelLabel, cell: string, problems: Problem[]): ParsedMethod {
  let rest = cell
  let time: { value: number; unit: ProcessingTime['unit'] | null } | null = null
  let timeText = ''
  let ambiguous = ''
  const timeMatch = TIME_CELL.exec(rest)
  if (timeMatch?.[2]) {
    time = parseProcessingTime(timeMatch[0])
    rest = rest.slice(timeMatch[0].length)
  } else if (timeMatch && /^(Miễn phí|Không)/.test(rest.slice(timeMatch[0].length))) {
    time = { value: Number(timeMatch[1]), unit: null }
    rest = rest.slice(timeMatch[0].length)
  } else if (timeMatch) {
    // Digits run straight into an amount ("120 VNĐ"): where the time ends and the fee begins is lost.
    ambiguous = AMOUNT_CELL.exec(rest)?.[0] ?? rest.slice(0, 20)
  } else if (rest.startsWith(NO_INFO)) {
    rest = rest.slice(NO_INFO.length)
  } else {
    const fee = FEE_ANYWHERE.exec(rest)
    timeText = clean(fee ? rest.slice(0, fee.index) : rest)
    rest = fee ? rest.slice(fee.index) : ''
  }

  let feeLabel = ''
  let feeAmount: number | null = null
  if (rest.startsWith('Miễn phí')) {
    feeLabel = 'Miễn phí'
    feeAmount = 0
  } else if (rest.startsWith(NO_INFO)) {
    rest = rest.slice(NO_INFO.length)
    problems.push({ kind: 'method-fee-missing', detail: NO_INFO })
  } else {
    const amount = AMOUNT_CELL.exec(rest)
    if (amount) {
      feeLabel = amount[0]
      feeAmount = ambiguous || /USD|EUR/i.test(amount[2]) ? null : parseFee(amount[0])
    } else problems.push({ kind: 'method-fee-missing', detail: clean(rest.slice(0, 80)) || '(trống)' })
  }
  rest = rest.slice(feeLabel.length)
  const [note, afterNote] = feeLabel ? leadingNote(rest) : ['', rest]
  const feeText = clean(`${feeLabel} ${note}`) || null
  if (ambiguous) {
    feeAmount = note ? parseFee(note.slice(1, -1)) : null
    problems.push({ kind: 'method-time-fee-ambiguous', detail: `${ambiguous} → thời hạn không rõ, phí lấy từ ghi chú: ${feeAmount ?? 'không có'}` })
  } else if (feeLabel && feeAmount === null) problems.push({ kind: 'method-fee-no-amount', detail: feeText ?? feeLabel })

  const description = clean(afterNote) === NO_INFO ? '' : afterNote.trim()
  if (time && !time.unit) {
    const stated = parseProcessingTime(description)
    if (stated?.value === time.value) time.unit = stated.unit
    else problems.push({ kind: 'method-time-unit-missing', detail: `${time.value} (không ghi đơn vị)` })
  }
  if (!time && !ambiguous) problems.push({ kind: 'method-time-missing', detail: timeText || NO_INFO })
  return {
    channel: CHANNELS[channel],
    processingTime: time?.value ?? null,
    processingTimeUnit: time?.unit ?? null,
    feeAmount,
    feeText,
    description: [timeText && `Thời hạn giải quyết: ${timeText}`, description].filter(Boolean).join('\n') || null,
  }
}

/**
 * Reads the portal's flattened "Cách thức thực hiện" table into method rows (channel, time, fee, description).
 *
 * @remarks The scraper dropped the cell borders, so rows are found by their channel name and cells by their shape:
 * a number and unit, then "Miễn phí" / an amount and currency / "Không có thông tin", then an optional bracketed fee
 * note, then the description. What does not fit that shape is reported, never guessed.
 */
export function parseMethods(text: string, problems: Problem[]): ParsedMethod[] {
  const body = text.startsWith(HEADER) ? text.slice(HEADER.length) : text
  if (!body.trim()) {
    problems.push({ kind: 'methods-unparsed', detail: '(trống)' })
    return []
  }
  const starts = Array.from(body.matchAll(ROW_START), (m) => ({ index: m.index ?? 0, channel: m[1] as ChannelLabel }))
  const first = /^(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)/.exec(body)
  if (first && starts[0]?.index !== 0) starts.unshift({ index: 0, channel: first[1] as ChannelLabel })
  if (starts.length === 0 || starts[0].index > 0) {
    problems.push({ kind: 'methods-unparsed', detail: clean(body.slice(0, starts[0]?.index ?? 300)) })
  }
  return starts.map(({ index, channel }, i) => {
    const cell = body.slice(index + channel.length, starts[i + 1]?.index ?? body.length)
    return parseRow(channel, cell, problems)
  })
}
