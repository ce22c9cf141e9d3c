/** Starts the whole stack for the end-to-end tests on a fresh database, exactly as `npm start` does. */
import fs from 'node:fs'
import path from 'node:path'

// Wiped before any configuration is loaded: loading it generates the installation's secrets into DATA_DIR.
const dataDir = process.env.DATA_DIR ?? ''
if (path.basename(dataDir) !== 'e2e') throw new Error(`refusing to wipe ${dataDir || '(no DATA_DIR)'}: the e2e stack runs in a folder named e2e`)
fs.rmSync(dataDir, { recursive: true, force: true })
await import('../scripts/start')
