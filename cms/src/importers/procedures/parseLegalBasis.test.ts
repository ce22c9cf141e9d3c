import { describe, expect, it } from 'vitest'
import { legalBasisLines, parseLegalBasis } from './parseLegalBasis'
import type { Problem } from './types'

// Real "can_cu_phap_ly" values from the portal export; codes in the test names.
const H = 'Tên văn bản pháp lýMã văn bản'

const parse = (text: string) => {
  const problems: Problem[] = []
  return { entries: parseLegalBasis(text, problems), problems }
}

describe('parseLegalBasis', () => {
  it('splits the flattened table into name + number rows (1.000178)', () => {
    const text = `${H}Hướng dẫn xử lý khiếu nại, kiến nghị, phản ánh; giải quyết khiếu nại và quản lý công tác giải quyết khiếu nại trong công an nhân dân68/2013/TT-BCALuật Khiếu nại  năm 201102/2011/QH13Quy định quy trình giải quyết khiếu nại trong công an nhân dân11/2015/TT-BCANghị định 05/2012/NĐ-CP05/2012/NĐ-CP`
    const { entries, problems } = parse(text)
    expect(entries).toEqual([
      { name: 'Hướng dẫn xử lý khiếu nại, kiến nghị, phản ánh; giải quyết khiếu nại và quản lý công tác giải quyết khiếu nại trong công an nhân dân', number: '68/2013/TT-BCA' },
      { name: 'Luật Khiếu nại năm 2011', number: '02/2011/QH13' },
      { name: 'Quy định quy trình giải quyết khiếu nại trong công an nhân dân', number: '11/2015/TT-BCA' },
      { name: 'Nghị định 05/2012/NĐ-CP', number: '05/2012/NĐ-CP' },
    ])
    expect(problems).toEqual([])
    expect(legalBasisLines(entries)?.split('\n')).toEqual([
      'Hướng dẫn xử lý khiếu nại, kiến nghị, phản ánh; giải quyết khiếu nại và quản lý công tác giải quyết khiếu nại trong công an nhân dân — 68/2013/TT-BCA',
      'Luật Khiếu nại năm 2011 — 02/2011/QH13',
      'Quy định quy trình giải quyết khiếu nại trong công an nhân dân — 11/2015/TT-BCA',
      'Nghị định 05/2012/NĐ-CP',
    ])
  })

  it('keeps numbers inside a name ("… 08/2025/TT-BTP ngày 12/6/2025 của …") in that name (1.002649)', () => {
    const text = `${H}Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp và phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp08/2025/TT-BTPLuật 65/2006/QH1165/2006/QH11Nghị định 123/2013/NĐ-CP123/2013/NĐ-CP`
    const { entries } = parse(text)
    expect(entries.map((e) => e.number)).toEqual(['08/2025/TT-BTP', '65/2006/QH11', '123/2013/NĐ-CP'])
    expect(entries[0].name).toMatch(/^Thông tư số 08\/2025\/TT-BTP ngày 12\/6\/2025 của .* của Bộ Tư pháp$/)
  })

  it('ends a row at a number followed by a new capitalised phrase (1.013259, shortened)', () => {
    const text = `${H}Nghị quyết số 24/2026/NQ-CP ngày 29/4/2026 của Chính phủ cắt giảm, phân cấp, đơn giản hóa thủ tục hành chính.24/2026/NQ-CP  Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ.\n105/2025/NĐ- CPQuy định về Danh mục hàng hóa nguy hiểm161/2024/NĐ-CP`
    const { entries } = parse(text)
    expect(entries.map((e) => e.number)).toEqual(['24/2026/NQ-CP', '105/2025/NĐ-CP', '161/2024/NĐ-CP'])
    expect(entries[2].name).toBe('Quy định về Danh mục hàng hóa nguy hiểm')
  })

  it('reports a missing legal basis and a trailing name without a number', () => {
    expect(parse('Không có thông tin').problems.map((p) => p.kind)).toEqual(['legal-basis-missing'])
    const { entries, problems } = parse(`${H}Luật Căn cước26/2023/QH15Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước`)
    expect(entries[1]).toEqual({ name: 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước', number: null })
    expect(problems.map((p) => p.kind)).toEqual(['legal-basis-without-number'])
  })
})
