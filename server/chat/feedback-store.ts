import type { Queryable } from '../db/database';

/** The rating and transcript-mail columns of `conversations` (migration 030). */
export class FeedbackStore {
  constructor(private readonly db: Queryable) {}

  /** Rating again replaces the earlier rating: the latest opinion counts. */
  async rate(conversationId: string, score: number, comment: string | null, at: Date): Promise<void> {
    await this.db.query('UPDATE conversations SET rating_score = $2, rating_comment = $3, rated_at = $4, updated_at = $4 WHERE id = $1', [
      conversationId,
      score,
      comment,
      at,
    ]);
  }

  /**
   * Takes the conversation's transcript-mail slot when the last mail is older than
   * `notBefore` (one statement, so two tabs cannot both take it). Returns the
   * conversation's org, or `false` when the slot is taken.
   */
  async claimTranscriptMail(tx: Queryable, conversationId: string, at: Date, notBefore: Date): Promise<{ orgId: string | null } | false> {
    const [row] = await tx.query<{ org_id: string | null }>(
      `UPDATE conversations SET transcript_mailed_at = $2
        WHERE id = $1 AND (transcript_mailed_at IS NULL OR transcript_mailed_at < $3)
        RETURNING org_id`,
      [conversationId, at, notBefore],
    );
    return row ? { orgId: row.org_id } : false;
  }
}
