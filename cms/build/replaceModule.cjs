// @ts-check
const path = require('node:path')

/**
 * A Turbopack loader that replaces one module of a dependency by a named export of ours: the module's whole source
 * becomes `export { <from> as <as> } from '<relative path>'`.
 *
 * @remarks For the few admin pieces Payload gives no way to configure (see `next.config.ts`). CommonJS because the
 * bundler loads it with `require`; the import is written relative to the replaced file, as Turbopack resolves an
 * absolute path as a package name.
 * @this {{ resourcePath: string, getOptions(): { module: string, from: string, as: string } }}
 */
module.exports = function replaceModule() {
  const { module: target, from, as } = this.getOptions()
  let request = path.relative(path.dirname(this.resourcePath), target).split(path.sep).join('/')
  if (!request.startsWith('.')) request = `./${request}`
  return `export { ${from} as ${as} } from ${JSON.stringify(request)}\n`
}
