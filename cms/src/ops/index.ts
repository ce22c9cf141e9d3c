export { backup, type BackupOptions } from './backup'
export type { BackupManifest } from './manifest'
export { restore, RestoreRefused, type Migration, type RestoreOptions } from './restore'
export { tableRows, listTables } from './tables'
