import type { Queryable } from '../../db/database';
import type { Outcome } from '../transcript-filters';
import { SqlParams } from '../transcript-query';
import { insightsWhere, type InsightsScope } from './insights-scope';
import { RESOLUTION_SQL, type ConversationResolution } from './resolution-query';

// The raw numbers behind GET /api/v1/insights, over conversations started in
// [from, to). Aggregation and grouping happen in insights-report.ts.

export interface Range {
  from: Date;
  to: Date;
}

export interface OutcomeCount {
  outcome: Outcome;
  conversations: number;
}

/** Conversations of one day (UTC) that one scenario answered, by how they ended. */
export interface ScenarioDayCount {
  day: string;
  scenario: string;
  outcome: Outcome;
  conversations: number;
}

/** A candidate's message and the trace of the bot turn that answered it. */
export interface AnsweredQuestion {
  messageId: string;
  conversationId: string;
  text: string;
  at: Date;
  trace: Record<string, unknown> | null;
  label: string | null;
}

// Turns that answered free text; a diagnosis, a picked article or a pasted link did not.
// Replies to a question; a composed reply to free text carries its `reading` instead.
const QUESTION_REPLIES = ['answer', 'choices', 'not-understood'];
/** Bounds the work of one insights request; the newest questions matter most. */
const MAX_QUESTIONS = 5000;

export class InsightsStore {
  constructor(private readonly db: Queryable) {}

  async outcomes(scope: InsightsScope): Promise<OutcomeCount[]> {
    const params = new SqlParams();
    return this.db.query<OutcomeCount>(
      `SELECT outcome, count(*)::int AS conversations FROM conversations c ${insightsWhere(scope, params)} GROUP BY outcome`,
      params.values,
    );
  }

  async scenarioDays(scope: InsightsScope): Promise<ScenarioDayCount[]> {
    const params = new SqlParams();
    return this.db.query<ScenarioDayCount>(
      `WITH touched AS (
         SELECT DISTINCT c.id, c.outcome, m.scenario, to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
         FROM conversations c JOIN conversation_messages m ON m.conversation_id = c.id
         ${insightsWhere(scope, params)} AND m.role = 'bot' AND m.scenario IS NOT NULL)
       SELECT day, scenario, outcome, count(*)::int AS conversations FROM touched
       GROUP BY day, scenario, outcome ORDER BY day, scenario, outcome`,
      params.values,
    );
  }

  async answeredQuestions(scope: InsightsScope): Promise<AnsweredQuestion[]> {
    const params = new SqlParams();
    const where = insightsWhere(scope, params);
    const rows = await this.db.query<{
      message_id: string;
      conversation_id: string;
      text: string;
      at: Date;
      trace: Record<string, unknown> | null;
      label: string | null;
    }>(
      `SELECT q.id AS message_id, q.conversation_id, q.text, q.at, b.trace, l.scenario AS label
       FROM conversations c
       JOIN conversation_messages b ON b.conversation_id = c.id
       JOIN LATERAL (SELECT m.id, m.conversation_id, m.text, m.at FROM conversation_messages m
         WHERE m.conversation_id = b.conversation_id AND m.seq < b.seq AND m.role = 'candidate'
         ORDER BY m.seq DESC LIMIT 1) q ON true
       LEFT JOIN question_labels l ON l.message_id = q.id
       ${where} AND b.role = 'bot' AND (b.trace->>'reply' = ANY(${params.add(QUESTION_REPLIES)}) OR b.trace ? 'reading')
       ORDER BY q.at DESC LIMIT ${params.add(MAX_QUESTIONS)}`,
      params.values,
    );
    return rows.map((r) => ({ messageId: r.message_id, conversationId: r.conversation_id, text: r.text, at: r.at, trace: r.trace, label: r.label }));
  }

  /** What each conversation came to, for the resolution figures (resolution-report.ts). */
  async resolutions(scope: InsightsScope): Promise<ConversationResolution[]> {
    const params = new SqlParams();
    const where = insightsWhere(scope, params);
    return this.db.query<ConversationResolution>(RESOLUTION_SQL(where), params.values);
  }
}
