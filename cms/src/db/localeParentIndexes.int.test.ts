// Tests the migration 20261127_160000_locale_parent_indexes; it lives here because `payload migrate` loads every
// file of cms/src/migrations as a migration.
import { describe, expect, it } from 'vitest'
import { startTestCms } from '../testing/testCms'

describe('migration 20261127_160000_locale_parent_indexes', () => {
  it('leaves every localized table indexed by parent, as documents read their localized rows', async () => {
    const { payload } = await startTestCms()
    const rows = async (query: string) => ((await payload.db.drizzle.execute(query)) as unknown as { rows: Record<string, string>[] }).rows
    const tables = (await rows("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE '%\\_locales'")).map((r) => r.tablename)
    expect(tables).toContain('procedures_dossier_locales')
    const indexed = new Set((await rows("SELECT tablename FROM pg_indexes WHERE indexdef LIKE '%(_parent_id)'")).map((r) => r.tablename))
    expect(tables.filter((table) => !indexed.has(table))).toEqual([])
  })
})
