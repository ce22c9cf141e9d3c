import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = { '@payload-config': path.resolve(import.meta.dirname, 'cms/src/payload.config.ts') }

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{search,contracts,cms,site,scripts,benchmarks}/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.int.test.ts'],
        },
      },
      {
        test: {
          name: 'int',
          alias,
          include: ['{search,contracts,cms,site,scripts,benchmarks}/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['vitest.globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
