import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP forwarder the test controls, standing between the service and
 * PostgreSQL: `cut()` drops every connection and refuses new ones (the store is
 * "unreachable"), `restore()` lets connections through again.
 */
export class TcpProxy {
  #server: Server;
  #open = new Set<Socket>();
  #up = true;

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

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #accept(client: Socket): void {
    if (!this.#up) {
      client.destroy();
      return;
    }
    const upstream = connect(this.target.port, this.target.host);
    for (const [from, to] of [[client, upstream], [upstream, client]] as const) {
      this.#open.add(from);
      from.on('error', () => to.destroy());
      from.on('close', () => {
        this.#open.delete(from);
        to.destroy();
      });
      from.pipe(to);
    }
  }
}
