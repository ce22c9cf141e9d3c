import { describe, expect, it } from 'vitest'
import { FilterError } from './FilterError'
import { compileFilters, levelOf, recordFacts, type RecordFacts } from './recordFilter'

// Procedure 1.009555 of the portal export (the agency cells and level as scraped, other fields left out).
const customs = {
  ma_thu_tuc: '1.009555',
  cap_thuc_hien: 'Cấp bộ',
  linh_vuc: 'Hải quan',
  co_quan_co_tham_quyen: '',
  co_quan_thuc_hien: 'Bộ Ngoại giao, Cục Lễ tân Nhà nước và Phiên dịch đối ngoại - Bộ Ngoại giao, Cục Hải quan tỉnh, thành phố',
}

/** The error `run` throws (undefined if none). */
function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (err) {
    return err
  }
}

const matches = (options: Parameters<typeof compileFilters>[0], facts: RecordFacts) => compileFilters(options).map((value) => value.match(facts))

describe('recordFacts', () => {
  it('reads the agencies of both cells, the field and the levels as the record writes them', () => {
    expect(recordFacts(customs)).toEqual({
      code: '1.009555',
      agencies: ['Bộ Ngoại giao', 'Cục Lễ tân Nhà nước và Phiên dịch đối ngoại - Bộ Ngoại giao', 'Cục Hải quan tỉnh, thành phố'],
      field: 'Hải quan',
      levels: ['bo'],
    })
    expect(recordFacts({ cap_thuc_hien: 'Cấp tỉnh, Cấp xã, Cơ quan khác', co_quan_co_tham_quyen: 'Bộ Tài chính', co_quan_thuc_hien: 'Bộ Tài chính' })).toMatchObject({
      agencies: ['Bộ Tài chính'],
      levels: ['tinh', 'xa', 'khac'],
    })
  })

  it('takes no agency from a cell holding page text, as the import links none from it', () => {
    const scraped = 'phê duyệt nguồn vốn trồng rừngTên thủ tụcPhê duyệt Phương án khai thác gỗMã thủ tục1.011470Cấp thực hiệnCấp tỉnh'
    expect(recordFacts({ co_quan_thuc_hien: scraped, co_quan_co_tham_quyen: 'Sở Nông nghiệp và Môi trường' }).agencies).toEqual(['Sở Nông nghiệp và Môi trường'])
  })
})

describe('levelOf', () => {
  it('takes a level value or its name, with or without marks', () => {
    expect(['tinh', 'Cấp tỉnh', 'TỈNH', 'cap-tinh', 'cấp Tỉnh'].map(levelOf)).toEqual(['tinh', 'tinh', 'tinh', 'tinh', 'tinh'])
    expect(['bo', 'Cấp bộ', 'huyen', 'xã', 'Cơ quan khác', 'khac'].map(levelOf)).toEqual(['bo', 'bo', 'huyen', 'xa', 'khac', 'khac'])
    expect(['quan', 'Cấp quận', ''].map(levelOf)).toEqual([null, null, null])
  })
})

describe('compileFilters', () => {
  const facts = recordFacts(customs)

  it('matches an agency by its whole name or whole words of it, case and marks aside, and says which names matched', () => {
    expect(matches({ agency: ['Bộ Ngoại giao'] }, facts)).toEqual([['Bộ Ngoại giao', 'Cục Lễ tân Nhà nước và Phiên dịch đối ngoại - Bộ Ngoại giao']])
    expect(matches({ agency: ['bo ngoai giao'] }, facts)).toEqual(matches({ agency: ['BỘ NGOẠI GIAO'] }, facts))
    expect(matches({ agency: ['Cục Hải quan tỉnh, thành phố'] }, facts)).toEqual([['Cục Hải quan tỉnh, thành phố']])
    expect(matches({ agency: ['Hải quan'] }, facts)).toEqual([['Cục Hải quan tỉnh, thành phố']])
    // Pieces of words do not match, nor do other agencies sharing words.
    expect(matches({ agency: ['Ngoại gia'] }, facts)).toEqual([[]])
    expect(matches({ agency: ['Sở Ngoại vụ'] }, facts)).toEqual([[]])
    const finance = recordFacts({ co_quan_thuc_hien: 'Cục Hải quan - Bộ tài chính, Sở Tài chính các tỉnh, thành phố' })
    expect(matches({ agency: ['Bộ Tài chính'] }, finance)).toEqual([['Cục Hải quan - Bộ tài chính']])
  })

  it('matches a field by its whole name or its slug, a level by value or name, a code exactly', () => {
    expect(matches({ field: ['Hải quan', 'hai-quan', 'hai quan', 'Hải'] }, facts)).toEqual([['Hải quan'], ['Hải quan'], ['Hải quan'], []])
    expect(matches({ level: ['bo', 'Cấp bộ', 'tinh'] }, facts)).toEqual([['bo'], ['bo'], []])
    expect(matches({ codes: ['1.009555', '1.00955'] }, facts)).toEqual([['1.009555'], []])
  })

  it('refuses a level that is none and an empty value, listing every bad value at once', () => {
    const error = thrown(() => compileFilters({ level: ['quan', 'tinh'], agency: ['  '], field: ['Hải quan'] }))
    expect(error).toBeInstanceOf(FilterError)
    expect((error as FilterError).problems).toEqual([
      'import: --agency "  ": giá trị trống (empty value)',
      'import: --level "quan": không phải một cấp thực hiện; dùng bo, tinh, huyen, xa, khac (not a level; use one of these)',
    ])
  })
})
