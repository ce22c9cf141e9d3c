import path from 'node:path'
import { defineConfig } from '@playwright/test'

const dataDir = path.resolve(import.meta.dirname, '.data/e2e')

/**
 * Shift of every e2e port, so two checkouts on one machine can run their browser tests side by side
 * (`E2E_PORT_OFFSET=10 npm test`); 0 by default.
 */
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0)
const cmsPort = 3100 + offset
const sitePort = 4400 + offset

/** Ports and folders of the end-to-end stack, apart from a developer's `npm start`. */
export const e2eEnv = {
  DATA_DIR: dataDir,
  POSTGRES_PORT: String(54339 + offset),
  CMS_PORT: String(cmsPort),
  CMS_URL: `http://localhost:${cmsPort}`,
  SITE_PORT: String(sitePort),
  SITE_URL: `http://localhost:${sitePort}`,
  PUBLISH_WEBHOOK_URL: `http://localhost:${sitePort}/_internal/publish`,
  BUILDS_DIR: path.join(dataDir, 'site-builds'),
  SEARCH_SNAPSHOT_PATH: path.join(dataDir, 'search/index.json'),
  // Never used (no MEILISEARCH_HOST): set so searchSync.spec.ts can check that no server key ever reaches a browser.
  MEILISEARCH_SEARCH_KEY: 'e2e-meilisearch-search-key-stays-on-the-server',
  MEILISEARCH_WRITE_KEY: 'e2e-meilisearch-write-key-stays-on-the-server',
  // Feedback tests stand for many citizens by sending X-Forwarded-For, as the reverse proxy would; a second is
  // the shortest fill time a form may take.
  TRUST_PROXY: 'true',
  FEEDBACK_MIN_FILL_SECONDS: '1',
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: e2eEnv.SITE_URL,
    locale: 'vi-VN',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: 'node node_modules/tsx/dist/cli.mjs e2e/server.ts',
    url: `${e2eEnv.SITE_URL}/_internal/status`,
    env: e2eEnv,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
