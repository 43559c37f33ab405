import type { DiagnosisResponse } from '../diagnosis/diagnosis-service';
import { USABLE_STATES } from '../diagnosis/scenario-ids';
import { adviseOnDiagnostics, findingsFor, type Finding } from './browser-advice';
import {
  articleRefOf,
  articleReply,
  CHECK_SETUP,
  diagnosisTrace,
  ESCALATE,
  factsOf,
  NOT_HELPFUL,
  SOLVED,
  STILL_NEED_HELP,
  TALK_TO_PERSON,
  TEST_MEDIA,
  TEXT,
  type BotReply,
  type ReplyKind,
} from './bot-replies';
import type { ClientDiagnostics } from './chat-events';

// The bot's fixed turns (the first diagnosis, an escalation offer, the answer to a
// browser check); free text is answered by compose-reply.ts. No I/O.

const RELATED_SHOWN = 3;

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
    // On a blocked link the recruiter is the next step: "I still need help" opens the request form at once.
    isUsable(response) ? NOT_HELPFUL : STILL_NEED_HELP,
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

/** The answer to a browser self-check: what to fix for this browser, or that it looks ready. */
export function diagnosticsReply(diagnostics: ClientDiagnostics): BotReply {
  const findings = adviseOnDiagnostics(diagnostics);
  const notAskedYet = Object.values(diagnostics.permissions).includes('prompt') ? ` ${TEXT.allowWhenAsked}` : '';
  const text =
    findings.length === 0
      ? `${TEXT.browserFine}${notAskedYet}`
      : `${TEXT.browserProblems}\n${findings.map((f) => `• ${f.text}`).join('\n')}`;
  const quickReplies = [...(diagnostics.mediaTest ? [] : [TEST_MEDIA]), SOLVED, NOT_HELPFUL];
  return { text, quickReplies, trace: { reply: 'diagnostics', findings: findings.map((f) => f.id) } };
}
