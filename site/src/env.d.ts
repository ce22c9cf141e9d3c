/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by `/api/feedback` when a form post is re-rendered with its errors. */
    feedbackForm?: {
      values: Record<string, string>
      errors: Partial<Record<string, string>>
      unavailable?: boolean
      /** The answer's status when it is not 400 (413: attachments too large). */
      status?: number
      /** The post carried files, which a browser cannot put back into the file input. */
      filesDropped?: boolean
    }
  }
}
