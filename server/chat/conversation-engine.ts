import type { DiagnosisResponse } from '../diagnosis/diagnosis-service';
import type { QuestionClassifier } from '../diagnosis/diagnosis-types';
import { isScenarioId, QUESTION_SCENARIOS, USABLE_STATES, type ScenarioId } from '../diagnosis/scenario-ids';
import type { SearchResult } from '../knowledge/knowledge-types';
import { adviseOnDiagnostics, findingsFor, type Finding } from './browser-advice';
import {
  articleIdOf,
  articleRefOf,
  articleReply,
  CHECK_SETUP,
  diagnosisTrace,
  ESCALATE,
  factsOf,
  SOLVED,
  STILL_NEED_HELP,
  TALK_TO_PERSON,
  TEST_MEDIA,
  TEXT,
  type BotReply,
  type ReplyKind,
} from './bot-replies';
import type { ClientDiagnostics, QuickReply } from './chat-events';

// Decides what the bot says, from what the candidate sent and the diagnosis. No
// I/O: the conversation service fetches, this chooses and words.

export type Intent =
  | { kind: 'solved' }
  | { kind: 'still-need-help' }
  | { kind: 'person' }
  | { kind: 'escalate' }
  | { kind: 'article'; scenario: ScenarioId }
  | { kind: 'question' };

const RELATED_SHOWN = 3;
const normalize = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
const FIXED: QuickReply[] = [SOLVED, STILL_NEED_HELP, TALK_TO_PERSON, ESCALATE];

function intentOfReply(reply: QuickReply): Intent | null {
  const article = articleIdOf(reply);
  if (article !== null) return isScenarioId(article) ? { kind: 'article', scenario: article } : null;
  if (reply.id === SOLVED.id) return { kind: 'solved' };
  if (reply.id === STILL_NEED_HELP.id) return { kind: 'still-need-help' };
  if (reply.id === TALK_TO_PERSON.id) return { kind: 'person' };
  if (reply.id === ESCALATE.id) return { kind: 'escalate' };
  return null;
}

/**
 * What a message asks for. A quick reply arrives as its text, so the text is
 * matched against the replies just offered (then the fixed ones); asking for a
 * person is recognised by the knowledge base's own contact-recruiter questions.
 */
export function readIntent(
  text: string,
  offered: readonly QuickReply[],
  classify: QuestionClassifier,
  confidentScore: number,
): Intent {
  const said = normalize(text);
  const picked = [...offered, ...FIXED].find((reply) => normalize(reply.text) === said || normalize(reply.label) === said);
  const intent = picked && intentOfReply(picked);
  if (intent) return intent;
  const match = classify(text, 'candidate');
  if (match?.scenario === 'contact-recruiter' && match.score >= confidentScore) return { kind: 'person' };
  return { kind: 'question' };
}

export interface Situation {
  /** The conversation has a link (known or not). */
  hasLink: boolean;
  diagnostics: ClientDiagnostics | null;
}

const isUsable = (response: DiagnosisResponse) =>
  response.link !== null && (USABLE_STATES as readonly string[]).includes(response.link.state);

function withFindings(text: string, findings: Finding[]): string {
  if (findings.length === 0) return text;
  return `${text}\n\n${TEXT.fromBrowserCheck}\n${findings.map((f) => `• ${f.text}`).join('\n')}`;
}

/** An article answer: its text with the real facts, "did this help?", and where to go next. */
export function articleAnswer(kind: ReplyKind, response: DiagnosisResponse, situation: Situation): BotReply {
  const { article } = response;
  const findings = situation.diagnostics ? findingsFor(article.id, adviseOnDiagnostics(situation.diagnostics)) : [];
  const askForLink = !situation.hasLink && article.id !== 'contact-recruiter' ? `\n\n${TEXT.askForLink}` : '';
  const quickReplies = [
    ...(isUsable(response) && !situation.diagnostics ? [CHECK_SETUP] : []),
    SOLVED,
    STILL_NEED_HELP,
    ...article.related.slice(0, RELATED_SHOWN).map(articleReply),
  ];
  return {
    text: `${withFindings(article.body, findings)}${askForLink}\n\n${TEXT.didThisHelp}`,
    scenario: article.id,
    quickReplies,
    facts: factsOf(response.link),
    article: articleRefOf(response),
    trace: { ...diagnosisTrace(kind, response), findings: findings.map((f) => f.id) },
  };
}

/**
 * The articles to offer when a question did not match confidently, or null when
 * the bot should answer. Without a link the service already ranked them; with a
 * usable link, only question articles fit (the link's own state is known).
 */
export function choicesFor(response: DiagnosisResponse, ranked: () => SearchResult[]): SearchResult[] | null {
  if (response.choices) return response.choices;
  if (!isUsable(response) || response.match) return null;
  const allowed = QUESTION_SCENARIOS as readonly string[];
  return ranked().filter((result) => allowed.includes(result.id)).slice(0, RELATED_SHOWN);
}

/** Below the confidence threshold: no guess, the best articles to pick from. */
export function choicesReply(response: DiagnosisResponse, choices: SearchResult[], situation: Situation): BotReply {
  const trace = { ...diagnosisTrace(choices.length > 0 ? 'choices' : 'not-understood', response), choices: choices.map(({ id, score }) => ({ id, score })) };
  const askForLink = situation.hasLink ? '' : `\n${TEXT.askForLink}`;
  if (choices.length === 0) {
    return { text: `${TEXT.notUnderstood}${askForLink}`, quickReplies: [TALK_TO_PERSON], trace };
  }
  return { text: `${TEXT.choices}${askForLink}`, quickReplies: [...choices.map(articleReply), TALK_TO_PERSON], trace };
}

/** The contact-recruiter guidance, with the offer to pass it on (completed by escalations). */
export function escalationReply(response: DiagnosisResponse, offerHandOver: boolean): BotReply {
  const intro = offerHandOver ? TEXT.escalationIntro : TEXT.escalationPending;
  return {
    text: `${intro}\n\n${response.article.body}`,
    scenario: response.article.id,
    quickReplies: offerHandOver ? [ESCALATE, SOLVED] : [SOLVED],
    facts: factsOf(response.link),
    article: articleRefOf(response),
    trace: diagnosisTrace('escalation', response),
  };
}

export function greetingReply(): BotReply {
  return { text: TEXT.greeting, quickReplies: [TALK_TO_PERSON], trace: { reply: 'greeting' } };
}

export function solvedReply(): BotReply {
  return { text: TEXT.solved, quickReplies: [], trace: { reply: 'solved' } };
}

/** "Did this help?" answered no: the last answer's related questions, or a person. */
export function stillNeedHelpReply(lastArticle: { related?: { id: string; title: string }[] } | undefined): BotReply {
  const related = (lastArticle?.related ?? []).slice(0, RELATED_SHOWN).map(articleReply);
  return { text: TEXT.stillNeedHelp, quickReplies: [...related, TALK_TO_PERSON], trace: { reply: 'still-need-help' } };
}

/** The answer to a browser self-check: what to fix for this browser, or that it looks ready. */
export function diagnosticsReply(diagnostics: ClientDiagnostics): BotReply {
  const findings = adviseOnDiagnostics(diagnostics);
  const notAskedYet = Object.values(diagnostics.permissions).includes('prompt') ? ` ${TEXT.allowWhenAsked}` : '';
  const text =
    findings.length === 0
      ? `${TEXT.browserFine}${notAskedYet}`
      : `${TEXT.browserProblems}\n${findings.map((f) => `• ${f.text}`).join('\n')}`;
  const quickReplies = [...(diagnostics.mediaTest ? [] : [TEST_MEDIA]), SOLVED, STILL_NEED_HELP];
  return { text, quickReplies, trace: { reply: 'diagnostics', findings: findings.map((f) => f.id) } };
}
