// The API's answers, typed from the server's own view functions (types only: the
// bundle carries no server code).
import type { Insights } from '../../insights/insights-report';
import type { toTranscriptDetail } from '../../transcript-view';

export type TranscriptDetail = ReturnType<typeof toTranscriptDetail>;
export type { Insights };
