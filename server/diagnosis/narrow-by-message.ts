import type { QuestionClassifier, QuestionMatch, TraceStep } from './diagnosis-types';
import type { ScenarioId } from './scenario-ids';

export interface NarrowRequest {
  message: string;
  /** The scenarios the message may narrow to here; empty means it may not narrow. */
  allowed: readonly ScenarioId[];
  audience: 'candidate' | 'recruiter';
  classify?: QuestionClassifier;
  confidentScore: number;
  /** Why nothing is allowed, for the trace (e.g. "link-expired is blocked"). */
  blockedBecause?: string;
}

export interface Narrowing {
  /** Set only when the message decided the scenario. */
  match: QuestionMatch | null;
  step: TraceStep;
}

const CHECK = 'question';

const describe = (entry: { scenario: ScenarioId; score: number }) => `${entry.scenario} ${entry.score.toFixed(2)}`;

/**
 * The classifier ranks every scenario, but only some are allowed in a given state;
 * the best allowed one that is confident enough wins, so "I want to redo it" after
 * completion can still land on submitted-need-change when retake-response ranks first.
 */
function pickAllowed(classified: QuestionMatch, request: NarrowRequest): QuestionMatch | null {
  const ranked = [{ scenario: classified.scenario, score: classified.score }, ...classified.runnersUp];
  const chosen = ranked.find((entry) => request.allowed.includes(entry.scenario) && entry.score >= request.confidentScore);
  if (!chosen) return null;
  return { scenario: chosen.scenario, score: chosen.score, runnersUp: ranked.filter((entry) => entry !== chosen) };
}

/** Decides whether the message narrows the answer, and records why in one trace step. */
export function narrowByMessage(request: NarrowRequest): Narrowing {
  if (request.allowed.length === 0) {
    return { match: null, step: { check: CHECK, result: false, detail: request.blockedBecause ?? 'nothing to narrow to' } };
  }
  if (!request.classify) {
    return { match: null, step: { check: CHECK, result: false, detail: 'no classifier' } };
  }
  const classified = request.classify(request.message, request.audience);
  if (!classified) {
    return { match: null, step: { check: CHECK, result: false, detail: 'no scenario matched the message' } };
  }
  const match = pickAllowed(classified, request);
  const ranking = [classified, ...classified.runnersUp].map(describe).join(', ');
  const detail = match
    ? `${describe(match)} >= ${request.confidentScore} (ranked: ${ranking})`
    : `no allowed scenario scored >= ${request.confidentScore} (ranked: ${ranking})`;
  return { match, step: { check: CHECK, result: match !== null, detail } };
}
