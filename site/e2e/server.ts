/** Starts the whole stack for the end-to-end tests on a fresh database, exactly as `npm start` does. */
import fs from 'node:fs'
import path from 'node:path'
import { cmsConfig } from '@congkhai/cms/config'

if (path.basename(cmsConfig.DATA_DIR) !== 'e2e') throw new Error(`refusing to wipe ${cmsConfig.DATA_DIR}: the e2e stack runs in a folder named e2e`)
fs.rmSync(cmsConfig.DATA_DIR, { recursive: true, force: true })
await import('../../scripts/start')
