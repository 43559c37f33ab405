// Which requests this recruiter has read, kept in the browser: a request is unread
// until opened, and again when it changes or the candidate writes after that.
const KEY = 'linkdoctor.inbox.seen';

function read(): Record<string, string> {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function markSeen(ticketId: string, at = new Date()): void {
  const seen = read();
  seen[ticketId] = at.toISOString();
  try {
    localStorage.setItem(KEY, JSON.stringify(seen));
  } catch {
    // Storage full or blocked: markers then show every request as unread, nothing breaks.
  }
}

export function isUnread(ticketId: string, lastActivityAt: string): boolean {
  const seen = read()[ticketId];
  return !seen || seen < lastActivityAt;
}
