import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { buildWidgetFiles, firstAnswerSizes } from '../widget/build-widget';
import {
  cleanups,
  diagnoseBodies,
  HTTP,
  measureEcho,
  measureHttp,
  measureSockets,
  SOCKETS,
  startService,
  type HttpRun,
  type SocketRun,
  type Store,
} from './bench-phases';
import { CONVERSATIONS, runConsoleQueryBench } from './console-query-bench';
import { runKbSearchBench } from './kb-search-bench';
import { runUnderstandingBench } from './understanding-bench';
import { widgetRows } from './widget-bench';
import { describeMachine, formatTable, renderResults, type Row } from './results-table';
import { createThrowawayDatabase, LOCAL_POSTGRES_URL } from './throwaway-database';

// `npm run bench`: HTTP diagnosis against a bare Express echo measured in the same
// run, on PGlite and PostgreSQL; chat load with 2,000 and 500 sockets on PostgreSQL;
// knowledge-base search; the widget's size, its bytes on the wire and its first answer
// in Chromium (bench/widget-bench.ts, also runnable alone). Prints a table and writes bench/results.md.

const DEADLINE_MS = 10 * 60_000;
const RESULTS = path.join(__dirname, 'results.md');

const ms = (value: number) => `${value < 1 ? value.toFixed(3) : Math.round(value * 10) / 10} ms`;
const step = (what: string) => process.stdout.write(`… ${what}\n`);

const ECHO_BODIES = diagnoseBodies([{ id: 'x', token: 'abcdefghijklmnopqrstuvwx' }]);

/**
 * The echo again, right before the diagnosis it is compared with: on a shared machine
 * the same server's throughput drifts by a tenth from one minute to the next, and a
 * baseline taken minutes earlier would carry that drift into the ratio.
 */
async function echoRow(before: string): Promise<{ echo: HttpRun; row: Row }> {
  step(`bare Express echo (before ${before}), ${HTTP.connections} connections, ${HTTP.seconds} s`);
  const echo = await measureEcho(ECHO_BODIES);
  const result = `${echo.rps} req/s, p50 ${ms(echo.p50Ms)}, p99 ${ms(echo.p99Ms)}, ${echo.cpuMsPerRequest} ms CPU/req`;
  return { echo, row: { measure: `bare Express JSON echo, ${HTTP.connections} connections (baseline for ${before})`, result } };
}

/** `cacheOff` reads every link from the store (LINK_CACHE_TTL_MS=0): the cost of a link asked about once. */
async function diagnosisRows(store: Store, cacheOff = false): Promise<Row[]> {
  const name = `${store}${cacheOff ? ', link cache off' : ''}`;
  const { echo, row: baseline } = await echoRow(name);
  step(`diagnosis on ${name}`);
  const service = await startService(store, 40, cacheOff ? { LINK_CACHE_TTL_MS: '0' } : {});
  try {
    const run = await measureHttp(service.server, '/api/v1/diagnose', diagnoseBodies(service.links));
    const ratio = run.rps / Math.max(1, echo.rps);
    const onPostgres = store === 'postgres' && !cacheOff;
    const errors = run.non2xx + run.errors;
    return [
      baseline,
      {
        measure: `POST /api/v1/diagnose, ${name}, ${HTTP.connections} connections`,
        result: `${run.rps} req/s (${ratio.toFixed(2)}× echo), p50 ${ms(run.p50Ms)}, p99 ${ms(run.p99Ms)}, ${run.cpuMsPerRequest} ms CPU/req${errors ? `, ${errors} errors` : ''}`,
        ...(onPostgres ? { target: '≥ 0.6× echo, p99 < 25 ms', met: ratio >= 0.6 && run.p99Ms < 25 && errors === 0 } : {}),
      },
    ];
  } finally {
    await service.stop();
  }
}

function socketRows(run: SocketRun): Row[] {
  const { idle, active, overload } = run;
  const added = Math.round((idle.rssMb - run.rssBaseMb) * 10) / 10;
  const latency = (l: SocketRun['active']['replies']) =>
    `p50 ${ms(l.p50Ms)}, p99 ${ms(l.p99Ms)} (${l.count} replies${l.failed ? `, ${l.failed} missing` : ''})`;
  return [
    { measure: `chat: ${idle.sockets} sockets connect → diagnosis`, result: latency(idle.connect) },
    {
      measure: `chat: server RSS, ${idle.sockets} idle sockets`,
      result:
        `${run.rssBaseMb} MB before; ${idle.rssMb} MB ${SOCKETS.idleSettleMs / 1000} s after connecting (+${added} MB, ${idle.perSocketKb} KB/socket); ` +
        `${idle.quietRssMb} MB after ${SOCKETS.idleQuietMs / 1000} s idle`,
      target: '< 150 MB, whole process, idle',
      met: idle.sockets === SOCKETS.idle && idle.quietRssMb < 150,
    },
    {
      measure: `chat: ${active.sockets} conversations × 1 question/s`,
      result:
        `reply ${latency(active.replies)}; server CPU ${active.cpuPerSecond} cores (${active.cpuMsPerReply} ms/reply), ` +
        `runnable but waiting for a CPU ${active.waitPerSecond} s/s`,
      target: 'p99 < 100 ms',
      met: active.sockets === SOCKETS.active && active.replies.p99Ms < 100 && active.replies.failed === 0,
    },
    {
      measure: `chat: burst of ${active.sockets} questions at once`,
      result: `${run.burst.count}/${active.sockets} answered in ${ms(run.burst.allMs)}, p50 ${ms(run.burst.p50Ms)}, p99 ${ms(run.burst.p99Ms)}`,
      target: 'all answered',
      met: run.burst.count === active.sockets && run.burst.failed === 0,
    },
    { measure: `chat: ${overload.sockets} conversations × 1 question/s (past capacity)`, result: `reply ${latency(overload.replies)}` },
  ];
}

async function staticRows(): Promise<Row[]> {
  step('knowledge-base search and widget bundle');
  const kb = runKbSearchBench();
  const reading = runUnderstandingBench();
  const widget = firstAnswerSizes(await buildWidgetFiles());
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    ...kb.map((r) => ({
      measure: `${r.name} (${r.queries} queries)`,
      result: `p50 ${ms(r.p50Ms)}, p99 ${ms(r.p99Ms)} per query, index built in ${ms(r.buildMs)}`,
    })),
    {
      measure: `message understanding, real base (${reading.messages} messages)`,
      result:
        `p50 ${ms(reading.p50Ms)}, p99 ${ms(reading.p99Ms)} per message (lexical ranker alone: p50 ${ms(reading.lexicalP50Ms)}, p99 ${ms(reading.lexicalP99Ms)}; ` +
        `${(reading.p99Ms / reading.lexicalP99Ms).toFixed(1)}× its p99); built in ${reading.buildMs} ms (${reading.cachedBuildMs} ms with the cached model); ${reading.heapMb} MB heap`,
      target: 'p99 < 2 ms, built < 1 s, < 30 MB',
      met: reading.p99Ms < 2 && reading.buildMs < 1000 && reading.heapMb < 30,
    },
    {
      measure: 'widget as built: loader + modules of the first answer',
      result: `${kib(widget.brotli)} brotli, ${kib(widget.gzip)} gzip -9 (${kib(widget.raw)} minified)`,
      target: '≤ 20 KB compressed',
      met: widget.brotli <= 20 * 1024,
    },
  ];
}

/** true, or why not: the PostgreSQL phases need a server that lets us create a database. */
async function postgresReachable(): Promise<true | string> {
  try {
    const probe = await createThrowawayDatabase('ld_bench_probe');
    await probe.drop();
    return true;
  } catch (error) {
    return `PostgreSQL at ${process.env.DATABASE_URL ? 'DATABASE_URL' : LOCAL_POSTGRES_URL} not usable (${(error as Error).message})`;
  }
}

async function main(): Promise<void> {
  const startLoad = loadavg();
  const rows: Row[] = [];
  rows.push(...(await diagnosisRows('pglite')));
  const postgres = await postgresReachable();
  if (postgres === true) {
    rows.push(...(await diagnosisRows('postgres')));
    rows.push(...(await diagnosisRows('postgres', true)));
    step(`chat: ${SOCKETS.idle} then ${SOCKETS.active} sockets on postgres`);
    const chat = await startService('postgres', 200);
    try {
      rows.push(...socketRows(await measureSockets(chat)));
    } finally {
      await chat.stop();
    }
    step(`support console queries over ${CONVERSATIONS.toLocaleString('en')} conversations on postgres`);
    for (const r of await runConsoleQueryBench()) {
      rows.push({
        measure: `console ${r.name}, ${CONVERSATIONS.toLocaleString('en')} conversations, postgres`,
        result: `p50 ${ms(r.p50Ms)}, max ${ms(r.maxMs)} (${r.rows} rows)`,
      });
    }
  } else {
    rows.push({ measure: 'PostgreSQL rows (diagnosis, chat)', result: `skipped: ${postgres}` });
  }
  rows.push(...(await staticRows()));
  step('widget: bytes on the wire and first answer in Chromium');
  rows.push(...(await widgetRows()));

  const notes = [
    'Each server ran in a child process started as `npm start` starts it (node with server/register.cjs, NODE_ENV=production, RATE_LIMIT=off, default LOG_LEVEL); the load came from this process over loopback.',
    `The echo is a bare Express app with express.json() on the same runtime and the same bodies, measured again right before each diagnosis row it is the baseline of; the diagnosis bodies cycle over 40 links in four states, one in four with a question.`,
    'With the link cache on (the default), repeated diagnoses of those 40 links are served from memory, as a chat\'s turns about its one link are; the "link cache off" row reads every link from PostgreSQL, the cost of a link asked about once.',
    `Chat clients use socket.io-client over websocket; a reply's latency runs from sending a question to receiving the bot's answer. RSS is read from /proc (the whole process); "before" is after a warm-up.`,
  ];
  const table = formatTable(rows);
  process.stdout.write(`\n${table}\n\n`);
  writeFileSync(RESULTS, renderResults(rows, describeMachine(startLoad), notes));
  process.stdout.write(`written to ${path.relative(process.cwd(), RESULTS)}\n`);
}

async function cleanUp(): Promise<void> {
  for (const undo of cleanups.splice(0).reverse()) await undo().catch(() => undefined);
}

const deadline = setTimeout(() => {
  process.stderr.write(`bench: over ${DEADLINE_MS / 60_000} minutes, giving up\n`);
  void cleanUp().finally(() => process.exit(1));
}, DEADLINE_MS);
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

main()
  .then(cleanUp, async (error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
    await cleanUp();
    process.exitCode = 1;
  })
  .finally(() => {
    clearTimeout(deadline);
    // Socket.IO clients may keep timers alive a moment; the results are written.
    setTimeout(() => process.exit(process.exitCode ?? 0), 500).unref();
  });
