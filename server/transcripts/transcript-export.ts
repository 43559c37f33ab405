import type { Response } from 'express';
import { csvRow, type CsvValue } from './csv';
import type { ExportOptions, ScopedFilters } from './transcript-filters';
import type { TranscriptStore, TurnRecord } from './transcript-store';
import { toTranscriptSummary, toTurnView, type TranscriptSummary, type TurnView } from './transcript-view';

// GET /api/v1/transcripts/export: every matching conversation, streamed page by page
// so a large export never sits in memory. Exports leave the service, so every email
// address in them is masked, and every transcript whose turns are exported is
// recorded as viewed.

const PAGE = 200;

const CONVERSATION_COLUMNS = [
  'conversation_id',
  'created_at',
  'last_activity_at',
  'outcome',
  'scenario',
  'scenarios',
  'org_id',
  'org_name',
  'job_id',
  'job_title',
  'candidate_email',
  'turns',
  'tickets',
  'first_message',
] as const;

const TURN_COLUMNS = [
  'conversation_id',
  'turn',
  'message_id',
  'at',
  'role',
  'text',
  'scenario',
  'reply',
  'rule',
  'article_id',
  'article_version',
  'score',
  'runners_up',
  'link_state',
  'checks',
] as const;

function conversationCells(s: TranscriptSummary): CsvValue[] {
  return [
    s.id,
    s.createdAt,
    s.lastActivityAt,
    s.outcome,
    s.scenario,
    s.scenarios.join('; '),
    s.org?.id,
    s.org?.name,
    s.job?.id,
    s.job?.title,
    s.candidateEmail,
    s.turnCount,
    s.tickets.map((t) => t.reference).join('; '),
    s.firstMessage,
  ];
}

interface TurnRow extends TurnView {
  conversationId: string;
  turn: number;
}

function turnCells(t: TurnRow): CsvValue[] {
  const trace = t.trace;
  const linkState = trace?.link && typeof trace.link.state === 'string' ? trace.link.state : null;
  return [
    t.conversationId,
    t.turn,
    t.id,
    t.at,
    t.role,
    t.text,
    t.scenario,
    trace?.reply,
    trace?.rule,
    trace?.article?.id,
    trace?.article?.version,
    trace?.score,
    trace?.runnersUp.map((r) => `${r.scenario} ${r.score}`).join('; '),
    linkState,
    trace?.checks.map((c) => `${c.result ? 'yes' : 'no'} ${c.check}${c.detail ? `: ${c.detail}` : ''}`).join('; '),
  ];
}

function turnRows(summaries: TranscriptSummary[], turns: TurnRecord[]): Map<string, TurnRow[]> {
  const byConversation = new Map<string, TurnRow[]>(summaries.map((s) => [s.id, []]));
  for (const turn of turns) {
    const rows = byConversation.get(turn.conversationId);
    rows?.push({ conversationId: turn.conversationId, turn: rows.length + 1, ...toTurnView(turn, { maskEmails: true }) });
  }
  return byConversation;
}

export interface ExportDeps {
  store: TranscriptStore;
  /** Called with the conversations whose turns went out, once per page. */
  recordViews: (conversationIds: string[]) => Promise<void>;
}

/** The chunks of one export page: CSV lines, or JSON array items without separators. */
async function pageChunks(deps: ExportDeps, options: ExportOptions, summaries: TranscriptSummary[]): Promise<string[]> {
  const csv = options.format === 'csv';
  if (options.granularity === 'conversation' && csv) return summaries.map((s) => csvRow(conversationCells(s)));
  const ids = summaries.map((s) => s.id);
  const rows = turnRows(summaries, await deps.store.turns(ids));
  await deps.recordViews(ids);
  if (options.granularity === 'conversation') {
    return summaries.map((s) => JSON.stringify({ ...s, turns: (rows.get(s.id) ?? []).map(({ conversationId: _c, turn: _t, ...view }) => view) }));
  }
  const flat = summaries.flatMap((s) => rows.get(s.id) ?? []);
  return flat.map((row) => (csv ? csvRow(turnCells(row)) : JSON.stringify(row)));
}

export async function writeExport(res: Response, deps: ExportDeps, filters: ScopedFilters, options: ExportOptions, now: Date) {
  const csv = options.format === 'csv';
  const name = `transcripts-${options.granularity}s-${now.toISOString().slice(0, 10)}.${options.format}`;
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.type(csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
  res.write(csv ? csvRow(options.granularity === 'turn' ? TURN_COLUMNS : CONVERSATION_COLUMNS) : '[');
  let cursor;
  let first = true;
  try {
    do {
      const { records, next } = await deps.store.list(filters, { limit: PAGE, cursor });
      for (const chunk of await pageChunks(deps, options, records.map(toTranscriptSummary))) {
        res.write(csv ? chunk : `${first ? '' : ','}\n${chunk}`);
        first = false;
      }
      cursor = next ?? undefined;
    } while (cursor);
  } catch (error) {
    // Headers are gone; a cut connection is the only honest way to say it failed.
    res.destroy(error as Error);
    return;
  }
  res.end(csv ? '' : '\n]\n');
}
