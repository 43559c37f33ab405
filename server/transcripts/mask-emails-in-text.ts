import { maskEmail } from '../diagnosis/mask-email';

// Candidates type their addresses into the chat ("my email is jane@…"). Lists and
// exports show the text with every address masked the way the link's own is.

// Loose on purpose: masking a non-address costs nothing, leaking an address does.
const EMAIL_IN_TEXT = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[^\s@<>()[\]"',;:]+/g;

export function maskEmailsIn(text: string): string {
  return text.replace(EMAIL_IN_TEXT, (address) => maskEmail(address));
}
