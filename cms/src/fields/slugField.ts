import { SLUG_MAX_LENGTH, slugify } from '@congkhai/contracts/slugify'
import type { TextField } from 'payload'

const stored = { maxLength: SLUG_MAX_LENGTH }

/**
 * A unique, URL-safe slug derived from another field when left empty.
 *
 * @remarks Public URLs are stable: the slug is set once and only changes when an editor edits it.
 */
export function slugField(from: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: 'Đường dẫn (slug)',
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: 'Để trống để tạo tự động.' },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value, stored)
          const source = data?.[from] ?? originalDoc?.[from]
          return typeof source === 'string' ? slugify(source, stored) : value
        },
      ],
    },
  }
}
