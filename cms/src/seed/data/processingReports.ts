/**
 * Dossier-processing figures of the demo agency, one row per quarter and procedure (codes from procedures.ts).
 *
 * Consistent with the agency's own report for the first half of 2026 (pages.ts, news.ts): 21 dossiers received and
 * 20 resolved on time (early or on time), the 21st — a request for an international seminar (2.001712) — resolved
 * one working day late; nothing carried into 2026-Q1 and nothing left in progress at the end of 2026-Q2.
 * 2025-Q3, 2025-Q4 and 2026-Q3 are illustrative, so the site has a trend; 2026-Q3 ends with dossiers in progress
 * (one overdue) and one withdrawn. Every row balances: carried over + received = resolved + in progress + returned.
 */
import { emptyTally } from '@congkhai/contracts/stats'
import type { SeedProcessingReport } from '../types'

const r = (period: string, code: string, f: Partial<Omit<SeedProcessingReport, 'period' | 'code'>>): SeedProcessingReport => ({
  period,
  code,
  ...emptyTally(),
  ...f,
})

const PASSPORTS = '1.003862'
const ABTC = '1.009231'
const ABTC_REISSUE = '1.009232'
const SEMINAR = '2.001712'
const DELEGATIONS = '2.002210'
const NGO = '2.002135'

export const processingReports: SeedProcessingReport[] = [
  r('2025-Q3', PASSPORTS, { receivedInPerson: 3, receivedByPost: 1, resolvedEarly: 1, resolvedOnTime: 2, pendingNotDue: 1 }),
  r('2025-Q3', ABTC, { receivedOnline: 2, receivedInPerson: 1, resolvedOnTime: 2, resolvedLate: 1, note: 'Một hồ sơ trễ 02 ngày làm việc do chờ ý kiến cơ quan công an.' }),
  r('2025-Q3', DELEGATIONS, { receivedInPerson: 2, resolvedOnTime: 1, returned: 1 }),

  r('2025-Q4', PASSPORTS, { carriedOver: 1, receivedOnline: 1, receivedInPerson: 4, receivedByPost: 1, resolvedEarly: 2, resolvedOnTime: 4, resolvedLate: 1 }),
  r('2025-Q4', ABTC, { receivedOnline: 2, resolvedOnTime: 2 }),
  r('2025-Q4', SEMINAR, { receivedInPerson: 2, resolvedOnTime: 1, resolvedLate: 1 }),
  r('2025-Q4', DELEGATIONS, { receivedInPerson: 1, resolvedLate: 1 }),

  // First half of 2026: 21 received, 20 resolved early or on time, 1 late (the seminar request in 2026-Q2).
  r('2026-Q1', PASSPORTS, { receivedOnline: 1, receivedInPerson: 3, receivedByPost: 1, resolvedEarly: 2, resolvedOnTime: 3 }),
  r('2026-Q1', ABTC, { receivedOnline: 2, resolvedOnTime: 1, pendingNotDue: 1 }),
  r('2026-Q1', SEMINAR, { receivedInPerson: 1, resolvedOnTime: 1 }),
  r('2026-Q2', PASSPORTS, { receivedOnline: 2, receivedInPerson: 4, receivedByPost: 1, resolvedEarly: 3, resolvedOnTime: 4 }),
  r('2026-Q2', ABTC, { carriedOver: 1, receivedOnline: 3, resolvedEarly: 1, resolvedOnTime: 3 }),
  r('2026-Q2', ABTC_REISSUE, { receivedOnline: 1, resolvedOnTime: 1 }),
  r('2026-Q2', SEMINAR, { receivedInPerson: 2, resolvedOnTime: 1, resolvedLate: 1, note: 'Một hồ sơ trả kết quả chậm 01 ngày làm việc do chậm ở khâu thẩm định; Sở đã gửi văn bản xin lỗi tổ chức.' }),

  r('2026-Q3', PASSPORTS, { receivedOnline: 4, receivedInPerson: 3, receivedByPost: 1, resolvedEarly: 3, resolvedOnTime: 3, pendingNotDue: 1, returned: 1 }),
  r('2026-Q3', ABTC, { receivedOnline: 4, resolvedEarly: 2, resolvedOnTime: 1, pendingOverdue: 1 }),
  r('2026-Q3', SEMINAR, { receivedOnline: 1, resolvedOnTime: 1 }),
  r('2026-Q3', NGO, { receivedInPerson: 2, resolvedOnTime: 2 }),
]
