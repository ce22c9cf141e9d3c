import type pg from 'pg'

/** The tables of the `public` schema, by name. */
export async function listTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  )
  return rows.map((row) => row.name)
}

/** Tables of the `public` schema that hold at least one row, besides the migration log. */
export async function tablesWithRows(client: pg.ClientBase): Promise<string[]> {
  const found: string[] = []
  for (const table of await listTables(client)) {
    if (table === 'payload_migrations') continue
    const { rowCount } = await client.query(`SELECT 1 FROM public.${client.escapeIdentifier(table)} LIMIT 1`)
    if (rowCount) found.push(table)
  }
  return found
}

/** Every row of a table as JSON, in primary-key order so two databases with the same content compare equal. */
export async function tableRows(client: pg.ClientBase, table: string): Promise<unknown[]> {
  const { rows } = await client.query<{ row: unknown }>(
    `SELECT to_jsonb(t) AS row FROM public.${client.escapeIdentifier(table)} t ORDER BY 1`,
  )
  return rows.map((r) => r.row)
}
