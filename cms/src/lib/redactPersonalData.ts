/** What is known about the sender, to remove from text that will be published. */
export interface Sender {
  name?: string | null
  email?: string | null
  phone?: string | null
  address?: string | null
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu
// Vietnamese phone numbers as people write them: 0905 123 456, 0905.123.456, +84 905 123 456, (0236) 3 822 123.
const PHONE = /(?:\+?84[ .-]?|\(?0)\d{1,3}\)?(?:[ .-]?\d){6,9}/g

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Text with the sender's name, address, and every email address and phone number replaced by `[…]`, for publishing
 * a submission as a public question.
 *
 * @remarks A safety net, not a guarantee: the officer who publishes reads and edits the result.
 */
export function redactPersonalData(text: string, sender: Sender = {}): string {
  let out = text.replace(EMAIL, '[…]').replace(PHONE, '[…]')
  for (const value of [sender.address, sender.name, sender.email, sender.phone]) {
    const trimmed = value?.trim()
    if (trimmed && trimmed.length >= 2) out = out.replace(new RegExp(escape(trimmed), 'giu'), '[…]')
  }
  return out
}
