import type { Field, Where } from 'payload'

const notSelf = ({ id }: { id?: string | number }): Where | true => (id ? { id: { not_equals: id } } : true)

/** A relation this document declares, and the inverse that other documents see automatically. */
function pair(name: string, label: string, inverseName: string, inverseLabel: string): Field[] {
  return [
    { name, type: 'relationship', relationTo: 'legal-documents', hasMany: true, label, filterOptions: notSelf },
    { name: inverseName, type: 'join', collection: 'legal-documents', on: name, label: inverseLabel, admin: { allowCreate: false } },
  ]
}

/**
 * Relations between legal documents, as vbpl.vn shows them.
 *
 * @remarks Only one direction is stored; the other is a join over it, so "amends" and "amended by" can never disagree.
 */
export const relationFields: Field[] = [
  ...pair('amends', 'Sửa đổi, bổ sung văn bản', 'amendedBy', 'Được sửa đổi, bổ sung bởi'),
  ...pair('replaces', 'Thay thế văn bản', 'replacedBy', 'Được thay thế bởi'),
  ...pair('guides', 'Hướng dẫn văn bản', 'guidedBy', 'Được hướng dẫn bởi'),
  ...pair('basedOn', 'Căn cứ ban hành', 'basisFor', 'Là căn cứ của'),
]
