import { io, type Socket } from 'socket.io-client';
import type { ChatMessage, ClientToServerEvents, ServerToClientEvents } from '../server/chat/chat-events';

// Chat load from real socket.io-client connections (websocket transport, as the widget
// ends up on): each connects with a link token, waits for the diagnosis, then asks
// questions; a reply's latency runs from sending the question to the bot's answer.

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const ANSWER_ROLES = new Set(['bot', 'system']);

export class BenchClient {
  readonly socket: ClientSocket;
  #waiting: ((message: ChatMessage) => void) | undefined;

  constructor(url: string, token: string) {
    this.socket = io(`${url}/chat`, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false, timeout: 30_000 });
    this.socket.on('message:new', (message) => {
      if (!ANSWER_ROLES.has(message.role)) return;
      const wake = this.#waiting;
      this.#waiting = undefined;
      wake?.(message);
    });
  }

  get busy(): boolean {
    return this.#waiting !== undefined;
  }

  /** Resolves with the ms until the next bot (or system) message, or rejects after `timeoutMs`. */
  nextAnswer(timeoutMs: number): Promise<number> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting = undefined;
        reject(new Error('no answer in time'));
      }, timeoutMs);
      this.#waiting = () => {
        clearTimeout(timer);
        resolve(performance.now() - started);
      };
    });
  }

  /** Connects and waits for the first bot message (the link's diagnosis). */
  async connect(timeoutMs: number): Promise<number> {
    return this.nextAnswer(timeoutMs);
  }

  /** Sends a question; resolves with the reply latency in ms. */
  ask(text: string, timeoutMs: number): Promise<number> {
    const answer = this.nextAnswer(timeoutMs);
    this.socket.emit('message:send', { text, clientMessageId: `b-${Math.random().toString(36).slice(2)}` }, () => undefined);
    return answer;
  }

  close(): void {
    this.socket.disconnect();
  }
}

export interface Latencies {
  count: number;
  failed: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export function summarize(samples: number[], failed: number): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { count: sorted.length, failed, p50Ms: round(at(0.5)), p99Ms: round(at(0.99)), maxMs: round(sorted[sorted.length - 1] ?? NaN) };
}

/** Opens `count` connections, `parallel` at a time; each waits for its diagnosis. */
export async function connectClients(url: string, tokens: string[], count: number, parallel = 50): Promise<{ clients: BenchClient[]; latency: Latencies }> {
  const clients: BenchClient[] = [];
  const samples: number[] = [];
  let failed = 0;
  for (let start = 0; start < count; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - start) }, (_, i) => new BenchClient(url, tokens[(start + i) % tokens.length]));
    const results = await Promise.allSettled(batch.map((client) => client.connect(30_000)));
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') {
        samples.push(result.value);
        clients.push(batch[i]);
      } else {
        failed++;
        batch[i].close();
      }
    });
  }
  return { clients, latency: summarize(samples, failed) };
}

/**
 * Every client asks one question per second (each at its own offset within the
 * second) for `seconds`; a client still waiting for its last answer skips its turn.
 */
export async function askEverySecond(clients: BenchClient[], questions: string[], seconds: number): Promise<Latencies> {
  const samples: number[] = [];
  let failed = 0;
  const pending: Promise<void>[] = [];
  const deadline = Date.now() + seconds * 1000;
  const timers = clients.map((client, i) => {
    const tick = () => {
      if (Date.now() >= deadline || client.busy) return;
      const text = questions[(i + samples.length) % questions.length];
      pending.push(
        client.ask(text, 15_000).then(
          (ms) => void samples.push(ms),
          () => void failed++,
        ),
      );
    };
    const offset = setTimeout(() => {
      tick();
      timers[i] = setInterval(tick, 1000);
    }, Math.random() * 1000);
    return offset;
  });
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 50));
  for (const timer of timers) clearInterval(timer);
  await Promise.all(pending);
  return summarize(samples, failed);
}

/** Every client sends one question in the same instant; all answers are awaited. */
export async function burst(clients: BenchClient[], questions: string[]): Promise<Latencies & { allMs: number }> {
  const started = performance.now();
  const results = await Promise.allSettled(clients.map((client, i) => client.ask(questions[i % questions.length], 30_000)));
  const samples = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  return { ...summarize(samples, results.length - samples.length), allMs: Math.round(performance.now() - started) };
}

export function closeAll(clients: BenchClient[]): void {
  for (const client of clients) client.close();
}
