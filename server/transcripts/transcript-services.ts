import type { Queryable } from '../db/database';
import { InsightsStore } from './insights/insights-store';
import { QuestionLabelStore } from './insights/question-label-store';
import { TranscriptStore } from './transcript-store';
import { ViewAuditStore } from './view-audit-store';

/** The support console's stores, wired once in createServices as `services.transcripts`. */
export function createTranscriptServices(db: Queryable) {
  return {
    store: new TranscriptStore(db),
    views: new ViewAuditStore(db),
    insights: new InsightsStore(db),
    labels: new QuestionLabelStore(db),
  };
}

export type TranscriptServices = ReturnType<typeof createTranscriptServices>;
