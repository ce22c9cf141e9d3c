import { describe, expect, it } from 'vitest'
import { checkFigures } from './checkFigures'

const balanced = {
  carriedOver: 1,
  receivedOnline: 2,
  receivedInPerson: 3,
  receivedByPost: 1,
  resolvedEarly: 2,
  resolvedOnTime: 3,
  resolvedLate: 1,
  pendingNotDue: 0,
  pendingOverdue: 1,
  returned: 0,
}

describe('checkFigures', () => {
  it('accepts a report that balances: 1 carried over + 6 received = 6 resolved + 1 in progress + 0 returned', () => {
    expect(checkFigures(balanced)).toEqual([])
  })

  it('counts missing figures as 0', () => {
    expect(checkFigures({ receivedOnline: 2, resolvedOnTime: 2 })).toEqual([])
    expect(checkFigures({})).toEqual([])
  })

  it('names a figure that is not a whole, non-negative number', () => {
    const problems = checkFigures({ ...balanced, resolvedLate: -1, receivedByPost: 1.5, returned: 'hai' })
    expect(problems.map((p) => p.path)).toEqual(['receivedByPost', 'resolvedLate', 'returned'])
    expect(problems[1].message).toBe('«Đã giải quyết trễ hạn» phải là số nguyên không âm (số hồ sơ), đang là «-1».')
  })

  it('reports a shortfall with every figure of both sides of the sum', () => {
    const [problem, ...rest] = checkFigures({ ...balanced, pendingOverdue: 0 })
    expect(rest).toEqual([])
    expect(problem.path).toBe('resolvedOnTime')
    expect(problem.message).toContain('thiếu 1 hồ sơ')
    expect(problem.message).toContain('số phải giải quyết = «Tồn từ kỳ trước chuyển sang» 1 + tiếp nhận 6 (trực tuyến 2, trực tiếp 3, bưu chính 1) = 7')
    expect(problem.message).toContain('đã giải quyết 6 (trước hạn 2, đúng hạn 3, trễ hạn 1) + đang giải quyết 0 (chưa đến hạn 0, quá hạn 0) + «Trả lại, rút hồ sơ» 0 = 6')
  })

  it('reports an excess the other way round', () => {
    expect(checkFigures({ ...balanced, returned: 2 })[0].message).toContain('thừa 2 hồ sơ so với số phải giải quyết')
  })
})
