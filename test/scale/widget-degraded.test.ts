import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { ChatConnection, type ConnectionState } from '../../widget/chat-connection';
import { eventually } from './scale-harness';

// The widget's connection while the server answers but its store does not: a
// handshake refused as `service_unavailable` keeps the conversation, shows the
// degraded state, and is tried again by itself until the server accepts it.

jest.setTimeout(30_000);

const globals = globalThis as { navigator?: unknown };
globals.navigator ??= { language: 'en-GB' };

describe('the widget connection during a store outage', () => {
  it('keeps the conversation, reports degraded, and reconnects by itself once the server accepts', async () => {
    const http = createServer();
    const io = new Server(http);
    let refuse = true;
    const handshakes: object[] = [];
    io.of('/chat').use((socket, next) => {
      handshakes.push(socket.handshake.auth);
      if (!refuse) return next();
      next(Object.assign(new Error('degraded'), { data: { code: 'service_unavailable', message: 'The chat is degraded right now.' } }));
    });
    io.of('/chat').on('connection', (socket) => {
      socket.emit('conversation:ready', { conversationId: 'c-1', resumeSecret: 's-1', messages: [] });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

    const states: ConnectionState[] = [];
    const degraded: boolean[] = [];
    const readies: string[] = [];
    const connection = new ChatConnection(
      { serverUrl: url, token: 'tok-1', storageKey: 'linkdoctor-chat:test' },
      {
        ready: (ready) => readies.push(ready.conversationId),
        message: () => undefined,
        ticket: () => undefined,
        state: (state) => states.push(state),
        degraded: (flag) => degraded.push(flag),
      },
    );
    try {
      connection.connect();
      await eventually(() => degraded.includes(true) && states.includes('reconnecting'), 'the degraded state');
      expect(states).not.toContain('failed');
      refuse = false;
      await eventually(() => readies.length > 0, 'the conversation once the server accepts', 15_000);
      expect(states).not.toContain('failed');
      expect(handshakes.length).toBeGreaterThanOrEqual(2);
      // Every attempt asked for the same link: nothing was dropped along the way.
      expect(handshakes.every((auth) => (auth as { token?: string }).token === 'tok-1')).toBe(true);
    } finally {
      connection.close();
      await io.close();
    }
  });
});
