import type { Config } from 'payload'

/** The CMS's content languages: Vietnamese, the default every document must have, and English, falling back to it. */
export const localization = {
  locales: [
    { code: 'vi', label: 'Tiếng Việt' },
    { code: 'en', label: 'English' },
  ],
  defaultLocale: 'vi',
  fallback: true,
} satisfies Config['localization']
