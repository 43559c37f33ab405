import { Client } from 'pg';

export interface ListenHandlers {
  onMessage(payload: string): void;
  /** True once LISTEN holds; false when the connection is lost (messages may be missed until true again). Changes only. */
  onState(listening: boolean): void;
}

const RETRY_MS = 1000;

/**
 * LISTEN on `channel` over a connection of its own, reconnecting for as long as it runs.
 * The caller learns each time the channel goes deaf, since what it missed then is lost.
 */
export function listenForever(connectionString: string, channel: string, handlers: ListenHandlers): () => Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name: ${channel}`);
  let current: Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  // A lost connection reports itself several ways ('error', then 'end', a failed
  // connect); only the first counts, and only the current connection's loss matters.
  const gone = new WeakSet<Client>();
  // Told on changes only: retries failing during an outage say nothing new.
  let listening = false;
  const tell = (now: boolean) => {
    if (now === listening) return;
    listening = now;
    handlers.onState(now);
  };

  const lost = (client: Client) => {
    if (gone.has(client)) return;
    gone.add(client);
    client.end().catch(() => undefined);
    const wasCurrent = current === client;
    if (wasCurrent) current = undefined;
    if (stopped || (current && !wasCurrent)) return;
    tell(false);
    clearTimeout(retry);
    retry = setTimeout(() => void connect(), RETRY_MS);
    retry.unref();
  };

  const connect = async () => {
    // Keep-alive probes after 10 s idle notice a connection that died silently.
    const client = new Client({ connectionString, connectionTimeoutMillis: 5000, keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
    client.on('error', () => lost(client));
    client.on('end', () => lost(client));
    client.on('notification', (message) => {
      if (message.channel === channel) handlers.onMessage(message.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch {
      return lost(client);
    }
    if (stopped) return void client.end().catch(() => undefined);
    current = client;
    tell(true);
  };

  void connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await current?.end().catch(() => undefined);
  };
}
