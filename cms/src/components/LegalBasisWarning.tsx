import type { UIFieldServerComponent } from 'payload'
import React from 'react'

const OUTDATED = { 'het-hieu-luc-toan-bo': 'hết hiệu lực toàn bộ', 'het-hieu-luc-mot-phan': 'hết hiệu lực một phần' } as const

/**
 * Warns editors, on a procedure's edit page, when a legal document it is based on has expired in whole or in part.
 *
 * @remarks The public procedure page shows the same warning; editors should see it before citizens do.
 */
export const LegalBasisWarning: UIFieldServerComponent = async ({ data, payload }) => {
  const ids = ((data?.legalBasis ?? []) as (number | { id: number })[]).map((d) => (typeof d === 'object' ? d.id : d))
  if (ids.length === 0) return null
  const { docs } = await payload.find({
    collection: 'legal-documents',
    where: { id: { in: ids }, validity: { in: Object.keys(OUTDATED) } },
    depth: 0,
    limit: 100,
    draft: true,
    pagination: false,
  })
  if (docs.length === 0) return null
  return (
    <div role="alert" style={{ borderLeft: '6px solid #b35900', background: '#fff4e5', padding: '0.75rem 1rem', margin: '0 0 1.5rem' }}>
      <strong>Căn cứ pháp lý cần rà soát:</strong>
      <ul style={{ margin: '0.5rem 0 0', paddingLeft: '1.25rem' }}>
        {docs.map((d) => (
          <li key={d.id}>
            {d.number}: {OUTDATED[d.validity as keyof typeof OUTDATED]}
          </li>
        ))}
      </ul>
      <span>Trang thủ tục công khai cũng hiển thị cảnh báo này cho người dân.</span>
    </div>
  )
}
