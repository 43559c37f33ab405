import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP forwarder the test controls, standing between the service and
 * PostgreSQL: `cut()` drops every connection and refuses new ones (the store is
 * "unreachable"), `restore()` lets connections through again. `partition()` is the
 * silent kind: connections stay open and new ones are accepted, but no byte goes
 * through either way (no RST, no FIN) until `heal()`.
 */
export class TcpProxy {
  #server: Server;
  #open = new Set<Socket>();
  #up = true;
  #partitioned = false;
  #pairs: [Socket, Socket][] = [];
  #held: Socket[] = [];

  private constructor(private target: { host: string; port: number }) {
    this.#server = createServer((client) => this.#accept(client));
  }

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(target);
    await new Promise<void>((resolve) => proxy.#server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.#server.address() as { port: number }).port;
  }

  /** How many client connections are being forwarded right now. */
  get connections(): number {
    return this.#open.size / 2;
  }

  /** Later connections go to `port` instead (a balancer taking a node out). */
  retarget(port: number): void {
    this.target = { ...this.target, port };
  }

  cut(): void {
    this.#up = false;
    for (const socket of this.#open) socket.destroy();
    this.#open.clear();
  }

  restore(): void {
    this.#up = true;
  }

  partition(): void {
    this.#partitioned = true;
    for (const [from, to] of this.#pairs) {
      from.unpipe(to);
      from.pause();
    }
  }

  heal(): void {
    this.#partitioned = false;
    for (const [from, to] of this.#pairs) if (!from.destroyed && !to.destroyed) from.pipe(to);
    const held = this.#held.splice(0);
    for (const client of held) if (!client.destroyed) this.#forward(client);
  }

  async close(): Promise<void> {
    for (const client of this.#held.splice(0)) client.destroy();
    this.cut();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #accept(client: Socket): void {
    if (!this.#up) {
      client.destroy();
      return;
    }
    if (this.#partitioned) {
      // Accepted, then silence: as a SYN lost on the way looks to the client's timers.
      this.#held.push(client);
      client.on('error', () => client.destroy());
      return;
    }
    this.#forward(client);
  }

  #forward(client: Socket): void {
    const upstream = connect(this.target.port, this.target.host);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      this.#open.add(from);
      this.#pairs.push([from, to]);
      from.on('error', () => to.destroy());
      from.on('close', () => {
        this.#open.delete(from);
        this.#pairs = this.#pairs.filter(([socket]) => socket !== from);
        to.destroy();
      });
      from.pipe(to);
    }
  }
}
