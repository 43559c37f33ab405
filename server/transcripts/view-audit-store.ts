import type { Queryable } from '../db/database';

// Who read which transcript, and when: transcripts hold what candidates told us, so
// every read by a person is on record (opened in the console, or exported).

export type ViewVia = 'detail' | 'export';

export interface Viewer {
  userId: string;
  email: string;
  role: string;
}

export interface TranscriptView {
  conversationId: string;
  userId: string | null;
  email: string;
  role: string;
  via: ViewVia;
  at: string;
}

interface ViewRow {
  conversation_id: string;
  user_id: string | null;
  user_email: string;
  user_role: string;
  via: ViewVia;
  viewed_at: Date;
}

export class ViewAuditStore {
  constructor(private readonly db: Queryable) {}

  async record(conversationIds: string[], viewer: Viewer, via: ViewVia, at: Date): Promise<void> {
    if (conversationIds.length === 0) return;
    await this.db.query(
      `INSERT INTO transcript_views (id, conversation_id, user_id, user_email, user_role, via, viewed_at)
       SELECT gen_random_uuid()::text, conversation_id, $2, $3, $4, $5, $6 FROM unnest($1::text[]) AS conversation_id`,
      [conversationIds, viewer.userId, viewer.email, viewer.role, via, at],
    );
  }

  /** Newest first. */
  async list(conversationId: string): Promise<TranscriptView[]> {
    const rows = await this.db.query<ViewRow>(
      `SELECT conversation_id, user_id, user_email, user_role, via, viewed_at FROM transcript_views
       WHERE conversation_id = $1 ORDER BY viewed_at DESC, id`,
      [conversationId],
    );
    return rows.map((r) => ({
      conversationId: r.conversation_id,
      userId: r.user_id,
      email: r.user_email,
      role: r.user_role,
      via: r.via,
      at: r.viewed_at.toISOString(),
    }));
  }
}
