import type { Logger } from 'pino';
import type { ConversationStore } from './conversation-store';

// Conversations nobody finished: no "that helped", no ticket, and the candidate gone
// quiet. Support reads them as 'abandoned' in the console and insights. Every node may
// sweep: the update is idempotent.

export const ABANDONED_AFTER_MS = 30 * 60_000;
const SWEEP_EVERY_MS = 5 * 60_000;

export function startAbandonSweep(store: ConversationStore, now: () => Date, logger: Pick<Logger, 'warn'>): () => void {
  const sweep = () => {
    const at = now();
    store.markAbandoned(new Date(at.getTime() - ABANDONED_AFTER_MS), at).catch((error: unknown) => {
      logger.warn({ err: error }, 'marking abandoned conversations failed; trying again later');
    });
  };
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
