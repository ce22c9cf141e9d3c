/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by `/api/feedback` when a form post is re-rendered with its errors. */
    feedbackForm?: {
      values: Record<string, string>
      errors: Partial<Record<string, string>>
      unavailable?: boolean
    }
  }
}
