import type { DiagnosisResponse } from '../diagnosis/diagnosis-service';
import type { ScenarioId } from '../diagnosis/scenario-ids';
import type { Locale } from '../i18n/locales';
import type { BotCatalogue } from './bot-catalogue';
import { BOT_CATALOGUE_EN } from './bot-words';
import {
  QUICK_REPLY_CHECK_SETUP,
  QUICK_REPLY_ESCALATE,
  QUICK_REPLY_STILL_NEED_HELP,
  QUICK_REPLY_TEST_MEDIA,
  type ChatArticleRef,
  type ChatMessageFacts,
  type QuickReply,
} from './chat-events';

// The bot's vocabulary: its quick replies and the shape of one bot turn, with the
// facts the widget shows and the trace stored for transcripts.

/** The bot's fixed quick replies in one language; each id is the contract's, whatever the words. */
export function fixedReplies(words: BotCatalogue) {
  const labels = words.actionLabels;
  const reply = (id: string, label: string, text = label): QuickReply => ({ id, label, text });
  return {
    solved: reply('solved', labels.solved),
    stillNeedHelp: reply(QUICK_REPLY_STILL_NEED_HELP, labels.stillNeedHelp),
    /** "That didn't help": the next best answer, then a person (compose-reply.ts). */
    notHelpful: reply('not-helpful', labels.notHelpful),
    talkToPerson: reply('talk-to-person', labels.person, labels.personSays),
    escalate: reply(QUICK_REPLY_ESCALATE, labels.escalate, labels.escalateSays),
    checkSetup: reply(QUICK_REPLY_CHECK_SETUP, labels.checkSetup),
    testMedia: reply(QUICK_REPLY_TEST_MEDIA, labels.testMedia, ''),
  };
}

const ENGLISH = fixedReplies(BOT_CATALOGUE_EN);
export const SOLVED = ENGLISH.solved;
export const CHECK_SETUP = ENGLISH.checkSetup;

/** A quick reply that opens one article: its id is the scenario id (contract), pressing it sends the title. */
export function articleReply(article: { id: string; title: string }): QuickReply {
  return { id: article.id, label: article.title, text: article.title };
}

/** What produced a bot turn, as stored in its trace. */
export type ReplyKind =
  | 'greeting'
  | 'diagnosis'
  | 'link-attached'
  | 'answer'
  | 'choice'
  | 'choices'
  | 'not-understood'
  | 'solved'
  | 'still-need-help'
  | 'escalation'
  | 'diagnostics'
  | 'composed'
  | 'link-changed'
  | 'self-service'
  | 'foreign-link';

export interface BotTrace {
  reply: ReplyKind;
  /** The reply rule of compose-reply.ts that fired, and why. */
  replyRule?: string;
  why?: string;
  /** The link's state when the turn was answered (null without a known link). */
  state?: string | null;
  /** What the message was about, when it differs from `scenario`. */
  topic?: ScenarioId;
  /** Every article the reply drew on (shown, pointed back to, or offered as a follow-up). */
  articles?: string[];
  /** How the article was shown: short (summary, first steps) or full. */
  shownForm?: 'short' | 'full';
  /** The next best readings, tried if the candidate says this was not it. */
  alternatives?: ScenarioId[];
  /** How the message was read: best readings, confidence, other topics. */
  reading?: { ranked: { scenario: ScenarioId; score: number }[]; confident: boolean; smallTalk: boolean; otherTopics: ScenarioId[]; language: string | null };
  scenario?: ScenarioId;
  rule?: string;
  article?: { id: string; version: number };
  match?: DiagnosisResponse['match'] | null;
  /** The articles offered instead of a guess, with their scores. */
  choices?: { id: string; score: number }[];
  /** The link's state as the bot saw it (null without a known link). */
  link?: DiagnosisResponse['link'];
  steps?: DiagnosisResponse['trace'];
  /** Browser self-check findings the answer used. */
  findings?: string[];
}

export interface BotReply {
  text: string;
  /** The language it is written in, when the composer knows better than the stored conversation. */
  locale?: Locale;
  scenario?: ScenarioId;
  topic?: ScenarioId;
  quickReplies: QuickReply[];
  facts?: ChatMessageFacts;
  article?: ChatArticleRef;
  trace: BotTrace;
}

/** The trace of a turn that rests on a diagnosis. */
export function diagnosisTrace(reply: ReplyKind, response: DiagnosisResponse): BotTrace {
  return {
    reply,
    scenario: response.scenario,
    rule: response.rule,
    article: { id: response.article.id, version: response.article.version },
    match: response.match ?? null,
    link: response.link,
    steps: response.trace,
  };
}

const iso = (value: Date | string | null | undefined) => (value === null || value === undefined ? undefined : new Date(value).toISOString());

// Only states where the deadline still decides something show it; an old link's
// deadline next to "use the newest link" would only confuse.
const DEADLINE_STATES = new Set(['link-valid', 'in-progress-resume', 'link-expired']);

/** The link facts the widget shows in the reader's own time zone. */
export function factsOf(link: DiagnosisResponse['link']): ChatMessageFacts | undefined {
  if (!link) return undefined;
  const newest = link.newestLink;
  const facts: ChatMessageFacts = {
    deadline: DEADLINE_STATES.has(link.state) ? iso(link.expiresAt) : undefined,
    startedAt: iso(link.startedAt),
    completedAt: iso(link.completedAt),
    jobTitle: link.jobTitle,
    recruiterName: link.recruiterName,
    accessCount: link.accessCount,
    accessLimit: link.accessLimit,
    newestLink: newest ? { sentAt: iso(newest.sentAt) ?? '', emailMasked: newest.candidateEmail, deadline: iso(newest.expiresAt) ?? '' } : undefined,
  };
  const defined = Object.entries(facts).filter(([, value]) => value !== undefined);
  return Object.fromEntries(defined);
}

export function articleRefOf(response: DiagnosisResponse): ChatArticleRef {
  const { article } = response;
  return { id: article.id, title: article.title, offerEscalation: article.offerEscalation, related: article.related };
}
