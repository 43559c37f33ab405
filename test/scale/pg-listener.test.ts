import { Client } from 'pg';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../bench/throwaway-database';
import { listenForever } from '../../server/db/pg-listener';
import { eventually } from './scale-harness';
import { TcpProxy } from './tcp-proxy';

// The LISTEN connection behind each node's link cache, through a proxy the test cuts:
// the caller must hear that the channel went deaf, and that it hears again.

jest.setTimeout(60_000);

let db: ThrowawayDatabase;
let proxy: TcpProxy;
beforeAll(async () => {
  db = await createThrowawayDatabase('ld_listen');
  const url = new URL(db.url);
  proxy = await TcpProxy.start({ host: url.hostname, port: Number(url.port || 5432) });
});
afterAll(async () => {
  await proxy?.close();
  await db?.drop();
});

async function notify(payload: string): Promise<void> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query('SELECT pg_notify($1, $2)', ['ld_test_channel', payload]);
  } finally {
    await client.end();
  }
}

it('tells when the channel goes deaf and when it hears again, and delivers after reconnecting', async () => {
  const viaProxy = new URL(db.url);
  viaProxy.port = String(proxy.port);
  const states: boolean[] = [];
  const messages: string[] = [];
  const stop = listenForever(viaProxy.toString(), 'ld_test_channel', {
    onMessage: (payload) => messages.push(payload),
    onState: (listening) => states.push(listening),
  });
  try {
    await eventually(() => states.at(-1) === true, 'LISTEN');
    await notify('before');
    await eventually(() => messages.includes('before'), 'the first message');

    proxy.cut();
    await eventually(() => states.at(-1) === false, 'the loss noticed');
    // Reconnecting fails meanwhile (the proxy refuses), without telling anything new.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(states).toEqual([true, false]);

    proxy.restore();
    await eventually(() => states.at(-1) === true, 'LISTEN again', 10_000);
    await notify('after');
    await eventually(() => messages.includes('after'), 'a message after reconnecting');
    expect(states).toEqual([true, false, true]);
  } finally {
    await stop();
  }
  const heard = states.length;
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(states.length).toBe(heard); // stopped: no reconnecting
});
