/** Format version of the backup file; a restore refuses files of another version. */
export const BACKUP_FORMAT = 1

/** `manifest.json` at the root of a backup file: what it holds, for checks before anything is overwritten. */
export interface BackupManifest {
  format: number
  createdAt: string
  /** Migrations applied to the database when it was dumped, oldest first: the schema its rows belong to. */
  migrations: string[]
  /** Rows per table; each table's rows are in `database/<table>.jsonl`, one JSON object per line. */
  tables: Record<string, number>
  /** Last value of each sequence of the `public` schema (null: never used), so new ids never reuse deleted ones. */
  sequences: Record<string, number | null>
  /**
   * Uploaded files with their size in bytes, by path in the archive: `media/…`, and `feedback-attachments/…` since
   * attachments were added (older backups list `media/`'s files without the folder name).
   */
  files: Record<string, number>
}
