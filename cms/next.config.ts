import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
  poweredByHeader: false,
  // The workspaces the CMS imports export TypeScript sources (their package.json `exports`), compiled with the CMS.
  transpilePackages: ['@congkhai/contracts', '@congkhai/search'],
  // Loaded by Node at run time, not bundled: the text extraction's native canvas (a .node binding the bundler cannot
  // place), pdf.js (which loads its worker and fonts by path) and the Word readers.
  serverExternalPackages: ['@napi-rs/canvas', 'pdfjs-dist', 'mammoth', 'word-extractor', 'yauzl'],
  // pdf.js imports its worker, and reads its fonts, character maps and decoders, by paths the build's tracing cannot
  // follow: the standalone build takes the whole package (without it every PDF failed as "corrupt" in production).
  outputFileTracingIncludes: { '/**/*': ['../node_modules/pdfjs-dist/**/*'] },
  output: 'standalone',
  // Types are checked once for every workspace by `npm test` (tsc), not again inside each production build.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
