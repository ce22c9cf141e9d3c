import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Payload admin modules the build replaces by ours, each a Turbopack rule (file glob) running `build/replaceModule.cjs`.
 *
 * @remarks The last resort for what Payload lets no config reach (issue 21: every time in the agency's zone). The
 * versions list's time cell formats in the browser's zone, and the view that builds it is neither configurable nor
 * exported (see `AgencyVersionCell`). A loader rather than `turbopack.resolveAlias`, which matches import requests
 * and Payload imports the cell by a relative path. Each glob names one file of the pinned Payload version: after an
 * upgrade, the e2e test `adminVietnamese.spec.ts` shows whether the swap still happens.
 */
const replacedModules: NonNullable<NonNullable<NextConfig['turbopack']>['rules']> = {
  '**/@payloadcms/next/dist/views/Versions/cells/CreatedAt/index.js': {
    loaders: [
      {
        loader: path.join(dirname, 'build/replaceModule.cjs'),
        options: { module: path.join(dirname, 'src/components/AgencyVersionCell.tsx'), from: 'AgencyVersionCell', as: 'CreatedAtCell' },
      },
    ],
  },
}

const nextConfig: NextConfig = {
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: path.resolve(dirname, '..'), rules: replacedModules },
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
