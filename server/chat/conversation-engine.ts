import type { DiagnosisResponse } from '../diagnosis/diagnosis-service';
import { USABLE_STATES } from '../diagnosis/scenario-ids';
import { ADVICE_EN, adviseOnDiagnostics, findingsFor, type AdviceWords, type Finding } from './browser-advice';
import type { BotCatalogue } from './bot-catalogue';
import { articleRefOf, articleReply, diagnosisTrace, factsOf, fixedReplies, type BotReply, type ReplyKind } from './bot-replies';
import type { ClientDiagnostics } from './chat-events';

// The bot's fixed turns (the first diagnosis, an escalation offer, the answer to a
// browser check); free text is answered by compose-reply.ts. No I/O.

const RELATED_SHOWN = 3;

export interface Situation {
  /** The conversation has a link (known or not). */
  hasLink: boolean;
  diagnostics: ClientDiagnostics | null;
  /** The bot's words in the conversation's language. */
  words: BotCatalogue;
  /** The browser check's advice in that language. */
  advice: AdviceWords;
}

const isUsable = (response: DiagnosisResponse) => response.link !== null && (USABLE_STATES as readonly string[]).includes(response.link.state);

function withFindings(text: string, findings: Finding[], words: BotCatalogue): string {
  if (findings.length === 0) return text;
  return `${text}\n\n${words.words['bot.fromBrowserCheck']}\n${findings.map((f) => `• ${f.text}`).join('\n')}`;
}

/** An article answer: its text with the real facts, "did this help?", and where to go next. */
export function articleAnswer(kind: ReplyKind, response: DiagnosisResponse, situation: Situation): BotReply {
  const { article } = response;
  const { words } = situation;
  const fixed = fixedReplies(words);
  const findings = situation.diagnostics ? findingsFor(article.id, adviseOnDiagnostics(situation.diagnostics, situation.advice)) : [];
  const askForLink = !situation.hasLink && article.id !== 'contact-recruiter' ? `\n\n${words.words['bot.askForLink']}` : '';
  const quickReplies = [
    ...(isUsable(response) && !situation.diagnostics ? [fixed.checkSetup] : []),
    fixed.solved,
    // On a blocked link the recruiter is the next step: "I still need help" opens the request form at once.
    isUsable(response) ? fixed.notHelpful : fixed.stillNeedHelp,
    ...article.related.slice(0, RELATED_SHOWN).map(articleReply),
  ];
  return {
    text: `${withFindings(article.body, findings, words)}${askForLink}\n\n${words.words['bot.didThisHelp']}`,
    scenario: article.id,
    quickReplies,
    facts: factsOf(response.link),
    article: articleRefOf(response),
    trace: { ...diagnosisTrace(kind, response), findings: findings.map((f) => f.id) },
  };
}

/** The contact-recruiter guidance, with the offer to pass it on (completed by escalations). */
export function escalationReply(response: DiagnosisResponse, offerHandOver: boolean, words: BotCatalogue): BotReply {
  const intro = offerHandOver ? words.words['bot.escalationIntro'] : words.words['bot.escalationPending'];
  const fixed = fixedReplies(words);
  return {
    text: `${intro}\n\n${response.article.body}`,
    scenario: response.article.id,
    quickReplies: offerHandOver ? [fixed.escalate, fixed.solved] : [fixed.solved],
    facts: factsOf(response.link),
    article: articleRefOf(response),
    trace: diagnosisTrace('escalation', response),
  };
}

export function greetingReply(words: BotCatalogue): BotReply {
  return { text: words.words['bot.greeting'], quickReplies: [fixedReplies(words).talkToPerson], trace: { reply: 'greeting' } };
}

/** The answer to a browser self-check: what to fix for this browser, or that it looks ready. */
export function diagnosticsReply(diagnostics: ClientDiagnostics, words: BotCatalogue, advice: AdviceWords = ADVICE_EN): BotReply {
  const findings = adviseOnDiagnostics(diagnostics, advice);
  const fixed = fixedReplies(words);
  const notAskedYet = Object.values(diagnostics.permissions).includes('prompt') ? ` ${words.words['bot.allowWhenAsked']}` : '';
  const text =
    findings.length === 0
      ? `${words.words['bot.browserFine']}${notAskedYet}`
      : `${words.words['bot.browserProblems']}\n${findings.map((f) => `• ${f.text}`).join('\n')}`;
  const quickReplies = [...(diagnostics.mediaTest ? [] : [fixed.testMedia]), fixed.solved, fixed.notHelpful];
  return { text, quickReplies, trace: { reply: 'diagnostics', findings: findings.map((f) => f.id) } };
}
