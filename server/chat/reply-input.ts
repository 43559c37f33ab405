import type { BotCatalogue } from './bot-catalogue';
import type { Policy } from '../diagnosis/diagnosis-types';
import type { ScenarioId, StateScenarioId } from '../diagnosis/scenario-ids';
import type { Understanding } from '../knowledge/understand-message';

// What the reply composer decides from: the link's state, what the candidate said,
// and what the conversation has already shown. Plain data, so a turn can be
// replayed from its trace.

/** The bot's own buttons; a quick reply's id is one of these or a scenario id. */
export const ACTIONS = [
  'solved',
  'not-helpful',
  'talk-to-person',
  'escalate',
  'show-again',
  'show-all-steps',
  'none-of-these',
  'extend',
  'extend-confirm',
  'extend-cancel',
  'resend-link',
  'open-link',
  'check-setup',
  'still-need-help',
] as const;
export type ActionId = (typeof ACTIONS)[number];

export function isActionId(value: string): value is ActionId {
  return (ACTIONS as readonly string[]).includes(value);
}

export type Said =
  /** Free text, as understood. `declined`: "no, that's not it", "that didn't help". */
  | { kind: 'text'; reading: Understanding; declined: boolean }
  /** One of the bot's buttons; `about` is the article the button came with. */
  | { kind: 'action'; action: ActionId; about?: ScenarioId }
  /** A choice offered earlier ("Is it one of these?", "You also mentioned"). */
  | { kind: 'choice'; scenario: ScenarioId };

export interface LinkSituation {
  state: StateScenarioId;
  policy: Policy;
}

export interface SelfService {
  extendHours: number;
  /** How many more times the bot may extend this link; 0 means ask the recruiter. */
  extensionsLeft: number;
}

export interface ConversationMemory {
  /** Articles already shown in full or short form (the gateway page counts). */
  shown: ScenarioId[];
  /** The last answer given to a question, with the next best readings not yet tried. */
  lastAnswer?: { scenario: ScenarioId; alternatives: ScenarioId[] };
  /** "That didn't help" in a row since the last answer that was not declined. */
  declines: number;
  /** A ticket exists: free text belongs to the recruiter's thread. */
  handedOver: boolean;
}

export interface ReplyInput {
  said: Said;
  /** null when the conversation has no link at all (an unknown token is `link-not-found`). */
  link: LinkSituation | null;
  memory: ConversationMemory;
  /** Offered only where the org allows it (flexible policy, extensions configured). */
  selfService: SelfService | null;
  /** The bot's sentences in the conversation's language. */
  words: BotCatalogue;
}

/** A button the reply offers: an action, or a scenario to read about. */
export type PlannedReply = { action: ActionId; about?: ScenarioId } | { scenario: ScenarioId; followUp?: boolean };

/** What to do besides saying something; the service performs it and words the outcome. */
export type Effect = 'mark-solved' | 'extend' | 'resend-link' | 'escalation-offer';

export interface ReplyPlan {
  /** The reply rule that fired (`blocked-question`, `unsure`, …). */
  rule: string;
  /** Why it fired, in plain words, for the trace and the console. */
  why: string;
  /** The message's `scenario`: the state's on a blocked link, the question's otherwise. */
  scenario?: ScenarioId;
  /** The message's own topic, when it differs from `scenario`. */
  topic?: ScenarioId;
  /** Catalogue templates said before the article. */
  lines: string[];
  article?: { id: ScenarioId; form: 'short' | 'full' };
  /** An article already shown, pointed back to in one line instead of shown again. */
  pointer?: ScenarioId;
  /** Catalogue templates said after the article. */
  after?: string[];
  replies: PlannedReply[];
  effect?: Effect;
  /** The readings to try next if the candidate says this was not it. */
  alternatives?: ScenarioId[];
  /** Nothing to say: the message belongs to the recruiter's thread. */
  silent?: boolean;
}
