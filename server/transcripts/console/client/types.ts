// The API's answers, typed from the server's own view functions (types only: the
// bundle carries no server code).
import type { Insights as Base } from '../../insights/insights-report';
import type { buildResolutionReport } from '../../insights/resolution-report';
import type { toTranscriptDetail } from '../../transcript-view';

export type TranscriptDetail = ReturnType<typeof toTranscriptDetail>;
export type Insights = Base & ReturnType<typeof buildResolutionReport>;
