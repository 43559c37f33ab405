import { performance } from 'node:perf_hooks';
import { createPostgresDatabase } from '../server/db/postgres-database';
import type { Database } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { InsightsStore } from '../server/transcripts/insights/insights-store';
import { TranscriptStore } from '../server/transcripts/transcript-store';
import { createThrowawayDatabase } from './throwaway-database';

// The support console's list and search queries on PostgreSQL over 100,000
// conversations (a third with a candidate's message, 2,000 with a ticket), as the
// console sends them: one page of 26, newest first. `npx tsx bench/console-query-bench.ts`.

export const CONVERSATIONS = 100_000;
const RUNS = 15;
const NOW = new Date('2026-12-01T12:00:00Z');

export interface QueryBenchRow {
  name: string;
  p50Ms: number;
  maxMs: number;
  rows: number;
}

/** Every row generated in SQL: seconds, not minutes, for 100,000 conversations. */
async function seed(db: Database): Promise<void> {
  await db.exec(`
INSERT INTO orgs (id, name, policy) VALUES ('o1', 'Bench org', 'flexible');
INSERT INTO jobs (id, org_id, title, status, recruiter_name, recruiter_email) VALUES ('j1', 'o1', 'Engineer', 'open', 'R', 'r@example.com');
INSERT INTO invitations (id, org_id, job_id, candidate_name, candidate_email, kind, target_url, token_hash, token_encrypted, expires_at, access_limit, created_at)
  SELECT 'i' || g, 'o1', 'j1', 'Candidate' || g || ' Surname' || (g % 997), 'cand' || g || '@example.com', 'assessment', 'https://x.test',
    'h' || g, 'e', timestamptz '2026-12-10' , 100, timestamptz '2026-09-01' + g * interval '1 minute'
  FROM generate_series(1, 40000) g;
INSERT INTO conversations (id, resume_secret_hash, invitation_id, org_id, outcome, created_at, updated_at, last_activity_at)
  SELECT 'c' || g, 'x', 'i' || (g % 40000 + 1), 'o1', (ARRAY['open','self_served','escalated','abandoned'])[g % 4 + 1],
    timestamptz '2026-09-01' + g * interval '1 minute', now(), timestamptz '2026-09-01' + g * interval '1 minute'
  FROM generate_series(1, ${CONVERSATIONS}) g;
INSERT INTO conversation_messages (id, conversation_id, role, text, scenario, trace, at)
  SELECT 'mb' || g, 'c' || g, 'bot', 'Your link has expired', 'link-expired', '{"reply":"diagnosis"}'::jsonb, timestamptz '2026-09-01' + g * interval '1 minute'
  FROM generate_series(1, ${CONVERSATIONS}) g;
INSERT INTO conversation_messages (id, conversation_id, role, text, at)
  SELECT 'mc' || g, 'c' || g, 'candidate', 'my camera does not work word' || (g % 5000), timestamptz '2026-09-01' + g * interval '1 minute'
  FROM generate_series(1, ${CONVERSATIONS}, 3) g;
INSERT INTO tickets (id, reference, org_id, job_id, invitation_id, conversation_id, scenario, description, occurred_at, created_at)
  SELECT 't' || g, 'LD-' || lpad(g::text, 4, '0') || '-BNCH', 'o1', 'j1', 'i' || (g * 50 % 40000 + 1), 'c' || (g * 50), 'link-expired',
    'please extend travelling ticketword' || g, now(), timestamptz '2026-09-01' + g * 50 * interval '1 minute'
  FROM generate_series(1, 2000) g;
INSERT INTO invitation_events (id, invitation_id, type, at)
  SELECT 'e' || g, 'i' || g, 'opened', timestamptz '2026-09-01' + g * interval '1 minute' + interval '10 minutes'
  FROM generate_series(1, 40000, 7) g;
ANALYZE;`);
}

async function time(name: string, run: () => Promise<number>): Promise<QueryBenchRow> {
  await run();
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    rows = await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  return { name, p50Ms: round(samples[Math.floor(samples.length / 2)]), maxMs: round(samples[samples.length - 1]), rows };
}

export async function runConsoleQueryBench(): Promise<QueryBenchRow[]> {
  const database = await createThrowawayDatabase('ld_console_bench');
  const db = createPostgresDatabase(database.url);
  try {
    await migrate(db);
    await seed(db);
    const store = new TranscriptStore(db);
    const page = { limit: 25 };
    const list = (filters: Parameters<TranscriptStore['list']>[0]) => async () => (await store.list({ now: NOW, ...filters }, page)).records.length;
    const insights = new InsightsStore(db);
    return [
      await time('list, first page (empty ones hidden)', list({})),
      await time('list, every conversation', list({ includeEmpty: true })),
      await time('search: candidate name', list({ q: 'Candidate17777' })),
      await time('search: full email', list({ q: 'cand12345@example.com' })),
      await time('search: ticket reference', list({ q: 'LD-0042-BNCH' })),
      await time('search: a word of messages (rare)', list({ q: 'word4242' })),
      await time('search: a word of many messages', list({ q: 'camera' })),
      await time('search: a word of a ticket', list({ q: 'ticketword77' })),
      await time('list: verified resolutions', list({ resolution: 'verified' })),
      await time(
        'insights resolution rows, 30 days',
        async () => (await insights.resolutions({ from: new Date('2026-10-31T00:00:00Z'), to: NOW, orgScope: null })).length,
      ),
    ];
  } finally {
    await db.close();
    await database.drop();
  }
}

if (require.main === module) {
  runConsoleQueryBench().then(
    (rows) => {
      for (const r of rows) process.stdout.write(`${r.name.padEnd(42)} p50 ${r.p50Ms} ms, max ${r.maxMs} ms (${r.rows} rows)\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exit(1);
    },
  );
}
