import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { precompressFolder } from '../compression/precompress'

/** The environment variable that leaves precompression out of a build (set to `1`). */
export const PRECOMPRESS_LATER = 'PRECOMPRESS_LATER'

/**
 * Writes the brotli and gzip copies of the build's compressible files beside them (`index.html.br`,
 * `index.html.gz`), once every page is written.
 *
 * @remarks The site server sends them to clients that take them (`compression/servePrecompressed.ts`), and nginx
 * sends the gzip ones (`gzip_static`, deploy/nginx/congkhai.conf): compressing each page once here costs less than
 * compressing it on every request. Incremental publishes write the copies of the pages they change
 * (`publish/PatchRenderer.ts`, `writePatch`). With `PRECOMPRESS_LATER=1` in its environment (the site server's own
 * full builds) the build leaves this out: the server swaps it in first and precompresses it after.
 */
export function precompressBuild(): AstroIntegration {
  let clientDir: string
  return {
    name: 'congkhai:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        clientDir = fileURLToPath(config.build.client)
      },
      'astro:build:done': async ({ logger }) => {
        // The site server's builds go live first and are precompressed after (`compression/precompressProcess.ts`).
        if (process.env[PRECOMPRESS_LATER] === '1') return logger.info('precompression left for after the swap')
        const report = await precompressFolder(clientDir)
        const share = (bytes: number) => `${((bytes / Math.max(1, report.bytes)) * 100).toFixed(1)} %`
        logger.info(
          `precompressed ${report.files} files (${(report.bytes / 1e6).toFixed(1)} MB) in ${(report.durationMs / 1000).toFixed(1)} s: ` +
            `brotli ${report.copies.br} (${share(report.copyBytes.br)}), gzip ${report.copies.gzip} (${share(report.copyBytes.gzip)})`,
        )
      },
    },
  }
}
