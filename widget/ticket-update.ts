// `ticket:updated` pushes as chat messages. The server posts a recruiter's reply (or
// what their fix did) as a `message:new` and names the same text in the update, so
// the update adds only what is new: the words if no message showed them, and the
// status if it changed. Pure, apart from the tracker's memory.
import type { ChatMessage, TicketUpdate } from '../server/chat/chat-events';
import { t, type MessageKey } from './messages/catalogue';

const STATUS_WORDS = ['open', 'in_progress', 'resolved'];
const RECENT_TEXTS = 10;

export function ticketUpdateMessage(update: TicketUpdate, reference: string | undefined, id: string, replyShown = false): ChatMessage {
  const status = STATUS_WORDS.includes(update.status) ? t(`widget.ticket.${update.status}` as MessageKey) : update.status.replace(/_/g, ' ');
  // A ticket id means nothing to the candidate; the reference they were shown does.
  const request = reference ? t('widget.ticket.requestRef', { reference }) : t('widget.ticket.request');
  const line = t('widget.ticket.status', { request, status });
  const at = new Date().toISOString();
  const reply = replyShown ? undefined : update.reply?.trim();
  if (!reply) return { id, role: 'system', text: line, at };
  return { id, role: 'recruiter', text: `${reply}\n\n${line}`, at };
}

/** What this page knows about the candidate's requests and the messages it showed. */
export class TicketTracker {
  #references = new Map<string, string>();
  #statuses = new Map<string, string>();
  #recentTexts: string[] = [];

  /** A request filed from this page: later updates name it by its reference. */
  filed(ticketId: string, reference: string): void {
    this.#references.set(ticketId, reference);
    this.#statuses.set(ticketId, 'open');
  }

  /** A message from the server was shown. */
  shown(text: string): void {
    this.#recentTexts = [...this.#recentTexts.slice(1 - RECENT_TEXTS), text.trim()];
  }

  /** The message to show for an update, or null when messages already said it all. */
  update(update: TicketUpdate, id: string): ChatMessage | null {
    const replyShown = this.#recentTexts.includes(update.reply?.trim() ?? '');
    const changed = this.#statuses.get(update.ticketId) !== update.status;
    this.#statuses.set(update.ticketId, update.status);
    if (replyShown && !changed) return null;
    return ticketUpdateMessage(update, this.#references.get(update.ticketId), id, replyShown);
  }
}
