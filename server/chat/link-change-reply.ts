import type { StateScenarioId } from '../diagnosis/scenario-ids';
import { USABLE_STATES } from '../diagnosis/scenario-ids';
import type { BotReply } from './bot-replies';
import { NEXT_ACTIONS, STATE_CLAUSES } from './bot-words';
import { renderReply, type ReplyWording } from './render-reply';
import type { ReplyPlan } from './reply-input';

// One sentence for a link whose state just changed, with its one action: "Open your
// assessment" when it works again. Never the token: the button goes to the gateway.

export const LINK_CHANGE_WORDS: Partial<Record<StateScenarioId, string>> = {
  'link-valid': 'Good news: your link works again. Your deadline is now {{deadlineLocal}}.',
  'in-progress-resume': 'Good news: your link works again until {{deadlineLocal}}. Open it and choose Resume to continue.',
  'link-superseded':
    'A newer link was sent to {{newerLinkEmail|your email}} on {{newerLinkSentAt|a later day}}. Use that one: this link no longer works.',
  'already-completed': 'Your {{kindLabel|invitation}} is now completed. {{recruiterName|The recruiter}} will review it.',
};

function sentenceFor(state: StateScenarioId, policy: 'strict' | 'flexible'): string {
  const own = LINK_CHANGE_WORDS[state];
  if (own) return own;
  const clause = STATE_CLAUSES[state];
  return `Update: ${clause}. ${NEXT_ACTIONS[state][policy]}`;
}

export function linkChangeReply(state: StateScenarioId, before: string, wording: ReplyWording): BotReply {
  const usable = USABLE_STATES.includes(state);
  const plan: ReplyPlan = {
    rule: 'link-changed',
    why: `the link changed from ${before} to ${state}; the open conversation is told at once`,
    scenario: state,
    lines: [sentenceFor(state, wording.facts.policy)],
    replies: usable && wording.gatewayUrl ? [{ action: 'open-link' }] : [],
  };
  const reply = renderReply(plan, wording);
  return { ...reply, trace: { ...reply.trace, reply: 'link-changed', state } };
}
