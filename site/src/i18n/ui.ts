import { en } from './en'
import { vi, type UiKey } from './vi'

export type { UiKey }

/**
 * The site's own words (not the CMS's content), Vietnamese first and English second.
 *
 * @remarks Each language is one file (`vi.ts`, `en.ts`); English must have every Vietnamese key.
 */
export const ui = { vi, en } as const
