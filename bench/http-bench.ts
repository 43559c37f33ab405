import autocannon from 'autocannon';

export interface HttpBenchResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export interface HttpBenchOptions {
  url: string;
  path: string;
  /** Request bodies, sent in turn (JSON). */
  bodies: object[];
  connections: number;
  durationSeconds: number;
}

/** Loads one POST endpoint with autocannon; the body cycles through `bodies`. */
export async function runHttpBench(options: HttpBenchOptions): Promise<HttpBenchResult> {
  const encoded = options.bodies.map((body) => JSON.stringify(body));
  let next = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: options.path,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: encoded[next++ % encoded.length] }),
      },
    ],
  });
  return {
    rps: Math.round(result['2xx'] / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** A short run whose figures are thrown away: JIT, pools and caches warm up first. */
export async function warmUp(options: HttpBenchOptions, seconds = 3): Promise<void> {
  await runHttpBench({ ...options, durationSeconds: seconds });
}
