import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connectClient, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { ChatAck, ChatAuth, ChatMessage, ClientToServerEvents, ConversationReady, ServerToClientEvents } from '../../server/chat/chat-events';
import { createChatServer, type ChatServer, type ChatServerOptions } from '../../server/chat/chat-server';
import { createTestApp, type TestApp } from '../support/test-app';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const WAIT_MS = 5000;

/** One real socket.io-client connection and everything the server told it. */
export class ChatClient {
  readonly messages: ChatMessage[] = [];
  readonly readies: ConversationReady[] = [];
  #waiters: (() => void)[] = [];

  constructor(readonly socket: ClientSocket) {
    socket.on('message:new', (message) => this.#record(() => this.messages.push(message)));
    socket.on('conversation:ready', (ready) => this.#record(() => this.readies.push(ready)));
  }

  #record(push: () => void): void {
    push();
    for (const wake of this.#waiters.splice(0)) wake();
  }

  /** Resolves once `check` holds, re-checked on every event. */
  async until<T>(check: () => T | undefined | false, what = 'condition'): Promise<T> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 100);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  ready(index = 0): Promise<ConversationReady> {
    return this.until(() => this.readies[index], `conversation:ready #${index + 1}`);
  }

  /** The n-th bot message (1-based) this client has received. */
  bot(n: number): Promise<ChatMessage> {
    return this.until(() => this.messages.filter((m) => m.role === 'bot')[n - 1], `bot message #${n}`);
  }

  send(text: string, clientMessageId = `c-${Math.random().toString(36).slice(2)}`): Promise<ChatAck<{ id: string }>> {
    return this.socket.timeout(WAIT_MS).emitWithAck('message:send', { text, clientMessageId });
  }

  /** Sends and waits for the bot's answer to it. */
  async ask(text: string): Promise<ChatMessage> {
    const before = this.messages.filter((m) => m.role === 'bot').length;
    const ack = await this.send(text);
    if ('error' in ack) throw new Error(`message refused: ${ack.error.message}`);
    return this.bot(before + 1);
  }

  close(): void {
    this.socket.disconnect();
  }
}

export interface ChatHarness {
  t: TestApp;
  io: ChatServer;
  url: string;
  http: HttpServer;
  /** Connects and waits for the handshake to finish (or fail, with `expectError`). */
  connect(auth?: ChatAuth | ((cb: (data: object) => void) => void), options?: Partial<ManagerOptions & SocketOptions>): ChatClient;
  close(): Promise<void>;
}

/** The app and the chat server on one HTTP server on port 0, over a fresh database. */
export async function startChat(options: ChatServerOptions = {}): Promise<ChatHarness> {
  const t = await createTestApp();
  const http = createServer(t.app);
  const io = createChatServer(http, t.services, options);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const clients: ChatClient[] = [];
  return {
    t,
    io,
    url,
    http,
    connect(auth = {}, socketOptions = {}) {
      const socket: ClientSocket = connectClient(`${url}/chat`, {
        auth,
        forceNew: true,
        transports: ['websocket'],
        reconnection: false,
        ...socketOptions,
      });
      const client = new ChatClient(socket);
      clients.push(client);
      return client;
    },
    async close() {
      for (const client of clients) client.close();
      await io.close();
      await t.close();
    },
  };
}

/** The connect_error a refused handshake raises. */
export function connectError(client: ChatClient): Promise<Error & { data?: { code: string; message: string } }> {
  return new Promise((resolve) => client.socket.once('connect_error', resolve));
}

export function disconnected(client: ChatClient): Promise<string> {
  return new Promise((resolve) => client.socket.once('disconnect', (reason) => resolve(reason)));
}
