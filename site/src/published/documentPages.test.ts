import { SLUG_MAX_LENGTH } from '@congkhai/contracts/slugify'
import { describe, expect, it } from 'vitest'
import type { LegalDocument } from './cms'
import { documentFacets } from './documentPages'

describe('documentFacets', () => {
  it("cuts the issuer's filter segment like a stored slug, so a joint circular's list of issuers still makes a folder name", () => {
    // The agencies of a real procedure of the national portal (2.001576), as a joint circular would list its issuers.
    const issuer =
      'Cục Thủy sản và Kiểm ngư - Bộ Nông nghiệp và Môi trường; Cục Chăn nuôi và Thú y - Bộ NN và MT; Cục Quản lý Đê điều và Phòng, Chống thiên tai - Bộ NN và MT; Cục Quản lý và Xây dựng công trình thủy lợi - Bộ NN và MT; Cục Chất lượng, Chế biến và Phát triển thị trường - Bộ NN và MT'
    const byIssuer = documentFacets('vi').find((f) => f.key === 'co-quan')!
    const [value] = byIssuer.valuesOf({ issuer } as LegalDocument)
    expect(value!.slug).toBe('cuc-thuy-san-va-kiem-ngu-bo-nong-nghiep-va-moi-truong-cuc-chan-nuoi-va-thu-y-bo-nn-va-mt-cuc-quan-ly-de-dieu-va-phong-ch')
    expect(value!.slug.length).toBe(SLUG_MAX_LENGTH)
    expect(value!.label).toBe(issuer)
  })
})
