import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

// A server under test in a process of its own, so its memory and CPU are its own and
// a signal can stop it as in production. Plain `node` with production's flags (not
// through npm, which would fork) so the pid is the server's.

export const REPO_ROOT = path.resolve(__dirname, '..');

/**
 * How `npm start` runs node (package.json; a test keeps the two the same): the
 * TypeScript loader of server/register.cjs, source-mapped stack traces, and a young
 * generation of 8 MB semi-spaces instead of 16, which keeps an idle node's heap
 * about 16 MB smaller for a few more (short) scavenges under load.
 */
export const PRODUCTION_NODE_ARGS = ['--max-semi-space-size=8', '--enable-source-maps', '--require', './server/register.cjs'];
// BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles every server the bench starts.
const PROFILING_NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const OUTPUT_LIMIT = Number(process.env.LD_CHILD_OUTPUT_LIMIT ?? 20_000);

export interface ChildServer {
  url: string;
  port: number;
  pid: number;
  /** Resident set size now, from /proc (Linux). */
  rssBytes(): number;
  /** User + system CPU time so far. */
  cpuSeconds(): number;
  /** Time the main thread spent runnable but waiting for a CPU (other processes had them). */
  runQueueSeconds(): number;
  /** The last lines the process printed, for failure messages. */
  output(): string;
  /** Resolves with the exit code (or signal name) once the process is gone. */
  exited: Promise<number | string>;
  /** Sends `signal` and waits (at most `timeoutMs`, then SIGKILL). */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | string>;
}

export interface ChildServerOptions {
  /** Script relative to the repository root. */
  entry?: string;
  env?: Record<string, string | undefined>;
  port?: number;
  /** Answers 200 once the server is ready. */
  readyPath?: string;
  readyTimeoutMs?: number;
  /** Extra node flags (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
}

/** A port free right now on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startChildServer(options: ChildServerOptions = {}): Promise<ChildServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...PROFILING_NODE_ARGS, ...PRODUCTION_NODE_ARGS, options.entry ?? 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), PUBLIC_URL: url, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const server: ChildServer = {
    url,
    port,
    pid: child.pid ?? -1,
    rssBytes: () => readRss(child.pid),
    cpuSeconds: () => readCpuSeconds(child.pid),
    runQueueSeconds: () => readRunQueueSeconds(child.pid),
    output: () => output,
    exited,
    stop: (signal = 'SIGTERM', timeoutMs = 15_000) => stopChild(child, exited, signal, timeoutMs),
  };
  try {
    await waitReady(`${url}${options.readyPath ?? '/healthz'}`, exited, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await server.stop('SIGKILL');
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return server;
}

async function waitReady(url: string, exited: Promise<number | string>, timeoutMs: number): Promise<void> {
  let gone: number | string | undefined;
  void exited.then((code) => (gone = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`server exited (${gone}) before it was ready`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server not ready at ${url} within ${timeoutMs} ms`);
}

async function stopChild(child: ChildProcess, exited: Promise<number | string>, signal: NodeJS.Signals, timeoutMs: number) {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

function readRss(pid: number | undefined): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

function readRunQueueSeconds(pid: number | undefined): number {
  try {
    // schedstat: time on a CPU, time waiting on a run queue (ns), timeslices.
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;
  } catch {
    return NaN;
  }
}

function readCpuSeconds(pid: number | undefined): number {
  try {
    // Fields after the command name (which may hold spaces): utime is the 14th, stime the 15th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}
