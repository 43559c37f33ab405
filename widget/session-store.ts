// Remembers the conversation of this tab so a reload or a reconnect resumes it.
// sessionStorage may be missing or throw (privacy modes, blocked storage): then the
// conversation lives in memory and still survives reconnects within the page.

export interface StoredConversation {
  conversationId: string;
  resumeSecret: string;
  /** The automatic browser check already ran for this conversation. */
  diagnosticsSent?: boolean;
}

const PREFIX = 'linkdoctor-chat:';
const memory = new Map<string, string>();

/** One conversation per link: a tab that switches links must not resume the old one. */
export function conversationKey(token?: string, link?: string): string {
  if (token) return `${PREFIX}token:${token}`;
  if (link) return `${PREFIX}link:${link}`;
  return `${PREFIX}none`;
}

function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    if (value === null) memory.delete(key);
    else memory.set(key, value);
  }
}

export function loadConversation(key: string): StoredConversation | null {
  const raw = read(key);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<StoredConversation>;
    if (typeof parsed.conversationId !== 'string' || typeof parsed.resumeSecret !== 'string') return null;
    return {
      conversationId: parsed.conversationId,
      resumeSecret: parsed.resumeSecret,
      diagnosticsSent: parsed.diagnosticsSent === true,
    };
  } catch {
    return null;
  }
}

export function saveConversation(key: string, value: StoredConversation): void {
  write(key, JSON.stringify(value));
}

export function clearConversation(key: string): void {
  write(key, null);
}
