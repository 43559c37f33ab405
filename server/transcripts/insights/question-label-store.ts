import type { Queryable } from '../../db/database';
import { RECRUITER_SCENARIOS, type ScenarioId } from '../../diagnosis/scenario-ids';
import { normalizeText } from '../../knowledge/normalize-text';
import { maskEmailsIn } from '../mask-emails-in-text';

// Agents' verdicts on questions the bot was unsure of. Exported in the shape of the
// evaluation set (test/kb-eval/tuning.json), real questions become test cases.

export interface QuestionLabel {
  messageId: string;
  scenario: string;
  labelledBy: string;
  labelledAt: string;
}

/** One case of the evaluation set. */
export interface EvalCase {
  q: string;
  expected: string;
  audience: 'candidate' | 'recruiter';
}

interface LabelRow {
  message_id: string;
  scenario: string;
  labelled_by_email: string;
  labelled_at: Date;
  created: boolean;
}

const RECRUITER = new Set<string>(RECRUITER_SCENARIOS);

export class QuestionLabelStore {
  constructor(private readonly db: Queryable) {}

  /**
   * Labels a candidate's message (a relabel replaces the label); undefined when
   * there is no such candidate message. `created` is false for a relabel.
   */
  async label(
    messageId: string,
    scenario: ScenarioId,
    by: { userId: string; email: string },
    at: Date,
    orgScope: string | null = null,
  ): Promise<{ label: QuestionLabel; created: boolean } | undefined> {
    const [row] = await this.db.query<LabelRow>(
      `INSERT INTO question_labels (message_id, scenario, labelled_by, labelled_by_email, labelled_at)
       SELECT m.id, $2, $3, $4, $5 FROM conversation_messages m WHERE m.id = $1 AND m.role = 'candidate'
         AND ($6::text IS NULL OR EXISTS (SELECT 1 FROM conversations c WHERE c.id = m.conversation_id AND c.org_id = $6))
       ON CONFLICT (message_id) DO UPDATE SET scenario = EXCLUDED.scenario, labelled_by = EXCLUDED.labelled_by,
         labelled_by_email = EXCLUDED.labelled_by_email, labelled_at = EXCLUDED.labelled_at
       RETURNING message_id, scenario, labelled_by_email, labelled_at, (xmax = 0) AS created`,
      [messageId, scenario, by.userId, by.email, at, orgScope],
    );
    if (!row) return undefined;
    const label = { messageId: row.message_id, scenario: row.scenario, labelledBy: row.labelled_by_email, labelledAt: row.labelled_at.toISOString() };
    return { label, created: row.created };
  }

  /**
   * Every labelled question as an evaluation case, oldest label first. The same
   * wording with the same answer is one case; addresses are masked, an evaluation
   * set is shared further than transcripts are.
   */
  async exportCases(orgScope: string | null = null): Promise<EvalCase[]> {
    const rows = await this.db.query<{ text: string; scenario: string }>(
      `SELECT m.text, l.scenario FROM question_labels l JOIN conversation_messages m ON m.id = l.message_id
       WHERE $1::text IS NULL OR EXISTS (SELECT 1 FROM conversations c WHERE c.id = m.conversation_id AND c.org_id = $1)
       ORDER BY l.labelled_at, l.message_id`,
      [orgScope],
    );
    const seen = new Set<string>();
    const cases: EvalCase[] = [];
    for (const row of rows) {
      const q = maskEmailsIn(row.text).trim();
      const key = `${normalizeText(q)}\u0000${row.scenario}`;
      if (seen.has(key)) continue;
      seen.add(key);
      cases.push({ q, expected: row.scenario, audience: RECRUITER.has(row.scenario) ? 'recruiter' : 'candidate' });
    }
    return cases;
  }
}
