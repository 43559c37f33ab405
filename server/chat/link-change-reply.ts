import type { StateScenarioId } from '../diagnosis/scenario-ids';
import { USABLE_STATES } from '../diagnosis/scenario-ids';
import type { BotCatalogue } from './bot-catalogue';
import type { BotReply } from './bot-replies';
import { renderReply, type ReplyWording } from './render-reply';
import type { ReplyPlan } from './reply-input';

// One sentence for a link whose state just changed, with its one action: "Open your
// assessment" when it works again. Never the token: the button goes to the gateway.

function sentenceFor(state: StateScenarioId, policy: 'strict' | 'flexible', words: BotCatalogue): string {
  const own = words.linkChanges[state];
  if (own) return own;
  return `${words.words['bot.linkUpdate']} ${words.stateClauses[state]}. ${words.nextActions[state][policy]}`;
}

export function linkChangeReply(state: StateScenarioId, before: string, wording: ReplyWording): BotReply {
  const usable = USABLE_STATES.includes(state);
  const plan: ReplyPlan = {
    rule: 'link-changed',
    why: `the link changed from ${before} to ${state}; the open conversation is told at once`,
    scenario: state,
    lines: [sentenceFor(state, wording.facts.policy, wording.words)],
    replies: usable && wording.gatewayUrl ? [{ action: 'open-link' }] : [],
  };
  const reply = renderReply(plan, wording);
  return { ...reply, trace: { ...reply.trace, reply: 'link-changed', state } };
}
