import type { DateField, Field, SanitizedConfig } from 'payload'
import { ADMIN_DATE_TIME_FORMAT, ADMIN_DAY_FORMAT } from '../lib/agencyTime'

const CELL = '/components/AgencyDateCell#AgencyDateCell'
const FIELD = '/components/AgencyDateField#AgencyDateField'
const DOCUMENT_TIMES = '/components/DocumentTimes#DocumentTimes'

/** Whether a date field holds a time of day too: a date-and-time picker, or no picker setting at all (timestamps). */
function hasTime(field: DateField): boolean {
  const { pickerAppearance, displayFormat } = field.admin?.date ?? {}
  if (pickerAppearance) return pickerAppearance === 'dayAndTime' || pickerAppearance === 'timeOnly'
  return displayFormat ? /H/.test(displayFormat) : true
}

/** Gives one date field the agency's formats and the components that show it in the agency's time zone. */
function pin(field: DateField): void {
  const withTime = hasTime(field)
  const admin = (field.admin ??= {})
  admin.date = { ...admin.date, displayFormat: admin.date?.displayFormat ?? (withTime ? ADMIN_DATE_TIME_FORMAT : ADMIN_DAY_FORMAT) }
  const components = (admin.components ??= {})
  components.Cell ??= CELL
  if (withTime) components.Field ??= FIELD
}

function walk(fields: Field[]): void {
  for (const field of fields) {
    if (field.type === 'date') pin(field)
    if ('fields' in field) walk(field.fields)
    if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields)
    if (field.type === 'blocks') for (const block of field.blocks) if (typeof block !== 'string') walk(block.fields)
  }
}

/**
 * Shows every date of the admin as `dd/MM/yyyy HH:mm` (or `dd/MM/yyyy` for a day) in the agency's time zone,
 * whatever the editor's computer is set to.
 *
 * @remarks Payload formats dates in the browser's time zone: `admin.dateFormat` sets the pattern, not the zone, and a
 * field's own `timezone` setting stores a zone per value and leaves the timestamps out. So every date field (the
 * `createdAt`/`updatedAt` Payload adds included) gets the agency's `displayFormat`, a list cell formatted on the
 * server (`AgencyDateCell`) and, with a time of day, a field that shows a read-only stamp in the agency's zone
 * (`AgencyDateField`); every collection with timestamps shows them in that zone beside its buttons
 * (`DocumentTimes`). Run on the built config, since Payload adds the timestamps while building it; a field's own
 * choice is kept.
 */
export function agencyDates(config: SanitizedConfig): SanitizedConfig {
  for (const entity of [...config.collections, ...config.globals]) walk(entity.fields)
  for (const collection of config.collections) {
    if (collection.timestamps === false) continue
    const edit = ((collection.admin.components ??= {}).edit ??= {})
    edit.beforeDocumentControls = [...(edit.beforeDocumentControls ?? []), DOCUMENT_TIMES]
  }
  return config
}
