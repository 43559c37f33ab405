import { buildFacts } from './diagnosis-facts';
import type { Diagnosis, DiagnosisInput, QuestionClassifier, TraceStep } from './diagnosis-types';
import { narrowByMessage } from './narrow-by-message';
import { AFTER_COMPLETION_QUESTIONS, ALL_SCENARIOS, QUESTION_SCENARIOS, USABLE_STATES, type ScenarioId, type StateScenarioId } from './scenario-ids';
import { evaluateState } from './state-rules';

// Pure: the same input gives the same diagnosis, so every answer can be replayed
// from a transcript. The clock is input.now and the classifier a parameter.

/** What a question may narrow the answer to, given the link's state (scenarios.md). */
function allowedQuestions(state: StateScenarioId): readonly ScenarioId[] {
  if (USABLE_STATES.includes(state)) return QUESTION_SCENARIOS;
  if (state === 'already-completed') return AFTER_COMPLETION_QUESTIONS;
  return [];
}

function hasText(message: string | undefined): message is string {
  return message !== undefined && message.trim() !== '';
}

// Without a link nothing is known but the message; when it is unclear, a person is
// the best answer. A recruiter is the person for candidates; support for recruiters.
function diagnoseWithoutLink(input: DiagnosisInput, classify: QuestionClassifier | undefined, confidentScore: number): Diagnosis {
  const audience = input.audience ?? 'candidate';
  const fallback: ScenarioId = audience === 'recruiter' ? 'recruiter-escalate-support' : 'contact-recruiter';
  const facts = buildFacts(input);
  const trace: TraceStep[] = [{ check: 'has-link', result: false, detail: 'neither token nor link given' }];
  if (hasText(input.message)) {
    const { match, step } = narrowByMessage({ message: input.message, allowed: ALL_SCENARIOS, audience, classify, confidentScore });
    trace.push(step);
    if (match) {
      return { scenario: match.scenario, stateScenario: null, rule: `question:${match.scenario}`, facts, trace, match };
    }
  }
  return { scenario: fallback, stateScenario: null, rule: `fallback:${fallback}`, facts, trace };
}

/** The scenario for this link and message, with the facts and the checks behind it. */
export function diagnose(input: DiagnosisInput, classify?: QuestionClassifier, confidentScore = 0.5): Diagnosis {
  if (input.hasLink === false && !input.invitation) return diagnoseWithoutLink(input, classify, confidentScore);
  const { state, trace } = evaluateState(input.invitation, input.job, input.now);
  const facts = buildFacts(input);
  const byState: Diagnosis = { scenario: state, stateScenario: state, rule: `state:${state}`, facts, trace };
  if (!hasText(input.message)) return byState;
  const { match, step } = narrowByMessage({
    message: input.message,
    allowed: allowedQuestions(state),
    audience: 'candidate',
    classify,
    confidentScore,
    blockedBecause: `${state} is blocked: its state answers`,
  });
  trace.push(step);
  if (!match) return byState;
  return { ...byState, scenario: match.scenario, rule: `question:${match.scenario}`, match };
}
