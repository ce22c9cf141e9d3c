/**
 * `node precompressMain <client folder>`: writes the brotli and gzip copies of every compressible file of a build's
 * client folder (`precompressFolder`) and prints what it did; the site server runs it below its own priority once a
 * full build is live (`precompressProcess.ts`).
 */
import { precompressFolder } from './precompress'

const dir = process.argv[2]
if (!dir) {
  console.error('precompress: the client folder of a build is required')
  process.exit(2)
}
const report = await precompressFolder(dir)
const share = (bytes: number) => `${((bytes / Math.max(1, report.bytes)) * 100).toFixed(1)} %`
console.log(
  `precompressed ${report.files} files (${(report.bytes / 1e6).toFixed(1)} MB) in ${(report.durationMs / 1000).toFixed(1)} s: ` +
    `brotli ${report.copies.br} (${share(report.copyBytes.br)}), gzip ${report.copies.gzip} (${share(report.copyBytes.gzip)})`,
)
