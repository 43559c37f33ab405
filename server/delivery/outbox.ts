import type { Queryable } from '../db/database';
import { enqueue, enqueueEvent, type EmailPayload } from './outbox-store';

/**
 * What the rest of the service uses to notify: enqueue inside your transaction,
 * then `wake()` after it commits so this node's worker sends at once instead of
 * at its next poll. Forgetting `wake()` only delays delivery.
 */
export class Outbox {
  readonly #listeners = new Set<() => void>();

  // Shaped after escalation's OutboxPort; the store functions return the event ids.

  /** `orgId` null: mail not tied to an org (e.g. from the support queue). */
  async enqueueEmail(tx: Queryable, orgId: string | null, topic: string, mail: EmailPayload): Promise<void> {
    await enqueue(tx, { channel: 'email', orgId, topic, payload: mail });
  }

  /** One delivery per active webhook of the org subscribed to `topic`; their ids (none: nothing to wake for). */
  async enqueueEvent(tx: Queryable, orgId: string, topic: string, data: Record<string, unknown>): Promise<string[]> {
    return enqueueEvent(tx, { orgId, topic, data });
  }

  wake(): void {
    for (const listener of this.#listeners) listener();
  }

  onWake(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
