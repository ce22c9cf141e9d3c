import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { AGENCY_TIME_ZONE } from '@congkhai/contracts/time-zone'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import pinTimeZone from './build/pinTimeZone.cjs'

const dirname = path.dirname(fileURLToPath(import.meta.url))
type TurbopackRules = NonNullable<NonNullable<NextConfig['turbopack']>['rules']>

/**
 * Payload admin modules the build replaces by ours, each a Turbopack rule (file glob) running `build/replaceModule.cjs`.
 *
 * @remarks The last resort for what Payload lets no config reach (issue 21: every time in the agency's zone). The
 * versions list's time cell formats in the browser's zone, and the view that builds it is neither configurable nor
 * exported (see `AgencyVersionCell`). A loader rather than `turbopack.resolveAlias`, which matches import requests
 * and Payload imports the cell by a relative path. Each glob names one file of the pinned Payload version: after an
 * upgrade, the e2e test `adminVietnamese.spec.ts` shows whether the swap still happens.
 */
const replacedModules: TurbopackRules = {
  '**/@payloadcms/next/dist/views/Versions/cells/CreatedAt/index.js': {
    loaders: [
      {
        loader: path.join(dirname, 'build/replaceModule.cjs'),
        options: { module: path.join(dirname, 'src/components/AgencyVersionCell.tsx'), from: 'AgencyVersionCell', as: 'CreatedAtCell' },
      },
    ],
  },
}

/**
 * Payload admin modules the build rewrites to use the agency's time zone, each a Turbopack rule running
 * `build/pinTimeZone.cjs`: Payload's `formatDate` (both bundled copies), react-datepicker's "now" and the
 * schedule-publish drawer's earliest time.
 *
 * @remarks Issue 21: every time in the admin in Vietnam's time, whatever the browser's zone. Payload formats in the
 * browser's zone wherever a field has no zone of its own: `admin.dateFormat` sets the pattern only, `admin.timezones`
 * only serves fields with `timezone: true` (a stored zone per value, and a column more), and none of the account
 * page's times, the version comparison's pills and drawer, a date picker's "today" or the earliest time the
 * schedule-publish drawer offers takes a setting. Each rewrite
 * fails the build if Payload's code no longer has the shape it expects, or is no longer where it was (`targets()`:
 * the react-datepicker chunk is found by its content, as its name changes with every release).
 */
const pinnedModules: TurbopackRules = Object.fromEntries(
  pinTimeZone.targets().map(({ module, patches }) => [
    `**/${module}`,
    { loaders: [{ loader: path.join(dirname, 'build/pinTimeZone.cjs'), options: { patches, timeZone: AGENCY_TIME_ZONE } }] },
  ]),
)

const nextConfig: NextConfig = {
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: path.resolve(dirname, '..'), rules: { ...replacedModules, ...pinnedModules } },
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
