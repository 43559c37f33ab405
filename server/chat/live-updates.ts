import type { ChatMessage, TicketUpdate } from './chat-events';
import { conversationRoom, type ChatNamespace } from './chat-handlers';

/**
 * Pushes news to a conversation's open widgets from outside the chat (a recruiter's
 * reply, a ticket's status). Created before the chat server and attached to it once
 * it exists; with the PostgreSQL adapter the room reaches sockets on every node.
 */
export class LiveUpdates {
  #nsp: ChatNamespace | undefined;

  attach(nsp: ChatNamespace): void {
    this.#nsp = nsp;
  }

  message(conversationId: string, message: ChatMessage): void {
    this.#nsp?.to(conversationRoom(conversationId)).emit('message:new', message);
  }

  ticketUpdated(conversationId: string, update: TicketUpdate): void {
    this.#nsp?.to(conversationRoom(conversationId)).emit('ticket:updated', update);
  }
}
