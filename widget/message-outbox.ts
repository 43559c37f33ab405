// The candidate's messages on their way: shown at once, sent when the chat is online,
// held while offline or while a degraded service refuses them, sent again in order on
// return. Safe to repeat: the server stores a client message id once.
import type { ChatAck, MessageSendPayload } from '../server/chat/chat-events';
import { renderMessage, setMeta } from './message-view';

export interface OutboxHooks {
  online(): boolean;
  send(payload: MessageSendPayload): Promise<ChatAck<{ id: string }>>;
  /** A message went out: show (or stop showing) that an answer is coming. */
  waiting(on: boolean): void;
  /** The server stored it under `id`: its copy must not be shown a second time. */
  stored(id: string, el: HTMLElement): void;
}

export function randomId(): string {
  // crypto.randomUUID needs a secure context; getRandomValues does not.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class MessageOutbox {
  #hooks: OutboxHooks;
  /** Bubbles by client message id, until the server's copy of them arrives. */
  #pending = new Map<string, HTMLElement>();
  /** Messages typed while offline or refused by a degraded service, by client message id. */
  #held = new Map<string, () => void>();

  constructor(hooks: OutboxHooks) {
    this.#hooks = hooks;
  }

  /** The bubble of a new message, already on its way. */
  add(text: string): HTMLElement {
    const clientMessageId = randomId();
    const el = renderMessage({ id: clientMessageId, role: 'candidate', text, at: new Date().toISOString() });
    this.#pending.set(clientMessageId, el);
    void this.#deliver(text, clientMessageId, el);
    return el;
  }

  /** The bubble the server's copy of one of our messages belongs to, if it is ours. */
  bubbleOf(clientMessageId: string | undefined): HTMLElement | undefined {
    return clientMessageId ? this.#pending.get(clientMessageId) : undefined;
  }

  resendHeld(): void {
    const held = [...this.#held.values()];
    this.#held.clear();
    for (const send of held) send();
  }

  async #deliver(text: string, clientMessageId: string, el: HTMLElement): Promise<void> {
    const again = () => void this.#deliver(text, clientMessageId, el);
    if (!this.#hooks.online()) {
      // Typed while offline or reconnecting: kept in order and sent on return.
      this.#held.set(clientMessageId, again);
      setMeta(el, '', 'queued');
      return;
    }
    setMeta(el, '', 'sending');
    this.#hooks.waiting(true);
    const ack = await this.#hooks.send({ text, clientMessageId });
    if ('error' in ack) {
      this.#hooks.waiting(false);
      // Refused only because the service is degraded: kept, and sent again once it recovers.
      if (ack.error.code === 'service_unavailable') this.#held.set(clientMessageId, again);
      setMeta(el, '', 'failed', again, ack.error.message);
      return;
    }
    this.#held.delete(clientMessageId);
    this.#hooks.stored(ack.id, el);
    setMeta(el, new Date().toISOString(), 'sent');
  }
}
