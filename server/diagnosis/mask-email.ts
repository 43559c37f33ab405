// A candidate's address is shown to whoever holds the link (maybe not the candidate),
// so it is masked: enough to recognise one's own address, not enough to learn it.

const MASK = '*';

/** Keeps the first and last character of a part; short parts give away less. */
function maskPart(part: string): string {
  const chars = Array.from(part);
  if (chars.length === 0) return '';
  if (chars.length === 1) return MASK;
  if (chars.length === 2) return chars[0] + MASK;
  return chars[0] + MASK.repeat(chars.length - 2) + chars[chars.length - 1];
}

/** The domain keeps its first character and its top-level domain: "e******.com". */
function maskDomain(domain: string): string {
  const lastDot = domain.lastIndexOf('.');
  if (lastDot <= 0) return maskPart(domain);
  const name = Array.from(domain.slice(0, lastDot));
  const tld = domain.slice(lastDot);
  const kept = name.length > 1 ? name[0] : '';
  return kept + MASK.repeat(name.length - kept.length) + tld;
}

/** "jane.doe@example.com" → "j******e@e******.com"; never returns the input unmasked. */
export function maskEmail(email: string): string {
  const trimmed = (email ?? '').trim();
  if (trimmed === '') return '';
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return maskPart(trimmed);
  return `${maskPart(trimmed.slice(0, at))}@${maskDomain(trimmed.slice(at + 1))}`;
}
