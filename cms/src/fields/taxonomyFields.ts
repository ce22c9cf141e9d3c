import type { Field } from 'payload'
import { slugField } from './slugField'

/** The fields every small taxonomy (fields, agencies, news categories) starts with: a localized name and a slug. */
export function taxonomyFields(nameLabel: string): Field[] {
  return [{ name: 'name', type: 'text', label: nameLabel, required: true, localized: true }, slugField('name')]
}
