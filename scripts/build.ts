/**
 * `npm run build`: compiles everything production runs — the entry points into `dist/` (`dist/cms/server.mjs`,
 * `dist/site/host.mjs`, `dist/scripts/<name>.mjs`) and the CMS's standalone Next.js build. `--if-stale` builds only
 * what is missing or older than its sources (`npm start` does, on every start).
 *
 * @remarks Plain Node runs this file (type stripping), not the tsx loader: it is the step that makes tsx unneeded.
 */
import path from 'node:path'
import { buildAll } from './lib/build.ts'

const root = path.resolve(import.meta.dirname, '..')
try {
  await buildAll(root, { ifStale: process.argv.includes('--if-stale'), log: (line) => console.log(`[build] ${line}`) })
} catch (err) {
  console.error(`[build] thất bại (failed): ${(err as Error).message}`)
  process.exit(1)
}
