/**
 * New conversations per client address, in fixed windows. Every new conversation is
 * a database row and a diagnosis, and opening one needs no credentials, so without a
 * ceiling one client could fill the store. Resuming a conversation costs nothing.
 * The window is shared by all addresses, so the map holds one window's clients only.
 */
export class NewConversationLimit {
  #counts = new Map<string, number>();
  #windowEndsAt = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one for `address`; when its budget is spent, the seconds until the next window instead. */
  take(address: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.clock();
    if (now >= this.#windowEndsAt) {
      this.#counts.clear();
      this.#windowEndsAt = now + this.windowMs;
    }
    const used = this.#counts.get(address) ?? 0;
    if (used >= this.limit) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((this.#windowEndsAt - now) / 1000)) };
    this.#counts.set(address, used + 1);
    return { ok: true };
  }
}
