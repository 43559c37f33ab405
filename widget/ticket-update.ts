// A `ticket:updated` push as a chat message: the recruiter's words when there are
// some (a reply, or what their fix did) and no `message:new` already showed them,
// else a notice of the new status. Pure.
import type { ChatMessage, TicketUpdate } from '../server/chat/chat-events';

const STATUS_WORDS: Record<string, string> = {
  open: 'received',
  in_progress: 'being handled',
  resolved: 'resolved',
};

export function ticketUpdateMessage(update: TicketUpdate, reference: string | undefined, id: string, replyShown = false): ChatMessage {
  const status = STATUS_WORDS[update.status] ?? update.status.replace(/_/g, ' ');
  // A ticket id means nothing to the candidate; the reference they were shown does.
  const request = reference ? `Your request ${reference}` : 'Your request';
  const at = new Date().toISOString();
  const reply = replyShown ? undefined : update.reply?.trim();
  if (!reply) return { id, role: 'system', text: `${request} is ${status}.`, at };
  return { id, role: 'recruiter', text: `${reply}\n\n${request} is ${status}.`, at };
}
