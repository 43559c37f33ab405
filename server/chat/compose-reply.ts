import { AFTER_COMPLETION_QUESTIONS, QUESTION_SCENARIOS, USABLE_STATES, type ScenarioId } from '../diagnosis/scenario-ids';
import type { PlannedReply, ReplyInput, ReplyPlan } from './reply-input';

// Which answer to give, from the link's state, what the candidate said and what the
// conversation already showed. The link's state decides the remedy; the message
// decides what is said. A list of rules, first match wins, each saying why: the
// same shape as the diagnosis' state rules, pure, and replayable from the trace.

interface ReplyRule {
  id: string;
  why: string;
  when: (input: ReplyInput) => boolean;
  reply: (input: ReplyInput) => Omit<ReplyPlan, 'rule' | 'why'>;
}

const MAX_CHOICES = 3;
const ANSWERED: PlannedReply[] = [{ action: 'solved' }, { action: 'not-helpful' }];
const PERSON: PlannedReply = { action: 'talk-to-person' };
/** A question's own article is still worth offering after the link is fixed. */
const MATTERS_LATER = new Set<ScenarioId>([
  'camera-mic-permission',
  'page-wont-load',
  'stuck-loading',
  'lost-connection',
  'mobile-device',
  'thinking-time-ran-out',
  'retake-response',
  'link-sharing',
]);

const stateOf = (input: ReplyInput) => input.link?.state;
const isUsable = (input: ReplyInput) => input.link !== null && USABLE_STATES.includes(input.link.state);
const isBlocked = (input: ReplyInput) => input.link !== null && !isUsable(input) && input.link.state !== 'already-completed';
const text = (input: ReplyInput) => (input.said.kind === 'text' ? input.said : null);
const action = (input: ReplyInput) => (input.said.kind === 'action' ? input.said : null);

/** What the message is about, when the bot is sure (a picked choice counts as sure). */
function topicOf(input: ReplyInput): ScenarioId | null {
  if (input.said.kind === 'choice') return input.said.scenario;
  const said = text(input);
  return said?.reading.confident ? said.reading.ranked[0].scenario : null;
}

const isQuestion = (id: ScenarioId | null): id is ScenarioId => id !== null && (QUESTION_SCENARIOS as readonly string[]).includes(id);
const mayExtend = (input: ReplyInput) => (input.selfService?.extensionsLeft ?? 0) > 0;

/** "You also mentioned …": the other problems of the message, as choices. */
function alsoMentioned(input: ReplyInput, except: ScenarioId | undefined): PlannedReply[] {
  const said = text(input);
  return (said?.reading.otherTopics ?? [])
    .filter((id) => id !== except)
    .slice(0, 2)
    .map((scenario) => ({ scenario }));
}

function alternativesOf(input: ReplyInput, answered: ScenarioId): ScenarioId[] {
  const said = text(input);
  return (said?.reading.ranked ?? [])
    .map((entry) => entry.scenario)
    .filter((id) => id !== answered)
    .slice(0, MAX_CHOICES);
}

/** An article in short form, or a pointer back to it when this conversation already showed it. */
function articleOrPointer(input: ReplyInput, id: ScenarioId, lines: string[] = []): Omit<ReplyPlan, 'rule' | 'why'> {
  const extend: PlannedReply[] = id === 'extension-request' && mayExtend(input) ? [{ action: 'extend' }] : [];
  const also = alsoMentioned(input, id);
  if (input.memory.shown.includes(id)) {
    return {
      lines: [...lines, input.words.words['bot.shownAbove']],
      pointer: id,
      replies: [...extend, { action: 'show-again', about: id }, ...ANSWERED, ...also],
      alternatives: alternativesOf(input, id),
    };
  }
  const alsoLine = also.length ? [input.words.words['bot.alsoMentioned']] : [];
  return {
    lines,
    article: { id, form: 'short' },
    replies: [...extend, ...ANSWERED, ...also],
    alternatives: alternativesOf(input, id),
    ...(alsoLine.length ? { after: alsoLine } : {}),
  };
}

const extendOfferFor = (input: ReplyInput, state: string) => state === 'link-expired' && mayExtend(input);

/** A blocked link asked about something else: the state's clause and the one next action. */
function tiedToState(input: ReplyInput, topic: ScenarioId): Omit<ReplyPlan, 'rule' | 'why'> {
  const { state, policy } = input.link!;
  const { stateClauses, extensionLeads, topicLeads, nextActions, words } = input.words;
  const clause = stateClauses[state];
  const lead = topic === 'extension-request' ? (extendOfferFor(input, state) ? undefined : extensionLeads[policy]) : topicLeads[topic];
  const extendOffer = topic === 'extension-request' && extendOfferFor(input, state);
  const stop = input.words.fullStop;
  const sentence = lead ? `${lead}: ${clause}${stop}` : `${clause[0].toUpperCase()}${clause.slice(1)}${stop}`;
  const lines = [sentence, extendOffer ? words['bot.extend.offer'] : nextActions[state][policy]];
  const followUp: PlannedReply[] = MATTERS_LATER.has(topic) && !input.memory.shown.includes(topic) ? [{ scenario: topic, followUp: true }] : [];
  const extend: PlannedReply[] = extendOffer ? [{ action: 'extend' }] : [];
  const escalate: PlannedReply[] = state === 'completed-unexpectedly' ? [{ action: 'escalate' }] : [];
  return { scenario: state, topic, lines, replies: [...extend, ...escalate, ...followUp, ...ANSWERED, ...alsoMentioned(input, topic)] };
}

export const REPLY_RULES: readonly ReplyRule[] = [
  {
    id: 'handed-over',
    why: 'a ticket exists, so free text goes to the recruiter, not the bot',
    when: (i) => i.memory.handedOver && i.said.kind === 'text',
    reply: () => ({ lines: [], replies: [], silent: true }),
  },
  {
    id: 'solved',
    why: 'the candidate said the answer solved it',
    when: (i) => action(i)?.action === 'solved',
    reply: (i) => ({ lines: [i.words.words['bot.solved']], replies: [], effect: 'mark-solved' }),
  },
  {
    id: 'show-again',
    why: 'the candidate asked to see an article already shown',
    when: (i) => action(i)?.action === 'show-again' || action(i)?.action === 'show-all-steps',
    reply: (i) => ({
      scenario: action(i)!.about,
      lines: [],
      article: { id: action(i)!.about ?? stateOf(i) ?? 'contact-recruiter', form: 'full' },
      replies: ANSWERED,
    }),
  },
  {
    id: 'extend',
    why: 'the candidate accepted the self-service extension the org allows',
    when: (i) => action(i)?.action === 'extend-confirm',
    reply: (i) => ({ scenario: stateOf(i), lines: [], replies: [], effect: 'extend' }),
  },
  {
    id: 'extend-confirm',
    why: 'an extension changes the deadline, so it is confirmed first',
    when: (i) => action(i)?.action === 'extend' && mayExtend(i),
    reply: (i) => ({
      scenario: stateOf(i),
      lines: [i.words.words['bot.extend.confirm']],
      replies: [{ action: 'extend-confirm' }, { action: 'extend-cancel' }],
    }),
  },
  {
    id: 'extend-cancelled',
    why: 'the candidate declined the extension',
    when: (i) => action(i)?.action === 'extend-cancel',
    reply: (i) => ({ lines: [i.words.words['bot.extend.cancelled']], replies: [PERSON] }),
  },
  {
    id: 'resend-link',
    why: 'the candidate asked for their link by email (sent to the invitation’s own address only)',
    when: (i) => action(i)?.action === 'resend-link',
    reply: () => ({ lines: [], replies: [], effect: 'resend-link' }),
  },
  {
    id: 'asked-for-person',
    why: 'the candidate asked for a person',
    when: (i) => ['talk-to-person', 'escalate', 'still-need-help'].includes(action(i)?.action ?? '') || topicOf(i) === 'contact-recruiter',
    reply: () => ({ lines: [], replies: [], effect: 'escalation-offer' }),
  },
  {
    id: 'none-of-these',
    why: 'none of the choices fitted: ask in other words, or a person',
    when: (i) => action(i)?.action === 'none-of-these',
    reply: (i) => ({ lines: [i.words.words['bot.rephrase']], replies: [PERSON] }),
  },
  {
    id: 'next-best',
    why: 'the last answer did not help: the next best reading, once, before a person',
    when: (i) => declined(i) && i.memory.declines === 0 && (i.memory.lastAnswer?.alternatives.length ?? 0) > 0,
    reply: (i) => ({
      lines: [i.words.words['bot.nextBest']],
      replies: [...i.memory.lastAnswer!.alternatives.slice(0, MAX_CHOICES).map((scenario) => ({ scenario })), PERSON],
    }),
  },
  {
    id: 'offer-person',
    why: 'answers did not help: a person is the next step',
    when: declined,
    reply: (i) => ({ lines: [i.words.words['bot.offerPerson']], replies: [{ action: 'escalate' }, { action: 'none-of-these' }] }),
  },
  {
    id: 'small-talk',
    why: 'the message asks nothing (a greeting, thanks or gibberish): a question back, not an article',
    when: (i) => text(i)?.reading.smallTalk === true,
    reply: (i) => ({ scenario: stateOf(i), lines: [i.words.words['bot.smallTalk']], replies: [PERSON] }),
  },
  {
    id: 'unsure',
    why: 'no reading was confident: the best three, worded as the candidate would ask',
    // On a blocked link an unclear message is answered by the state instead (last rules).
    when: (i) => topicOf(i) === null && i.said.kind === 'text' && !isBlocked(i),
    reply: (i) => {
      const choices = choicesFor(i);
      return choices.length
        ? { lines: [i.words.words['bot.unsure']], replies: [...choices.map((scenario) => ({ scenario })), { action: 'none-of-these' }, PERSON] }
        : { lines: [i.words.words['bot.unsure.none']], replies: [PERSON] };
    },
  },
  {
    id: 'blocked-question',
    why: 'the link is blocked and the question is about something else: answered in the light of the state',
    when: (i) => isBlocked(i) && topicOf(i) !== null && topicOf(i) !== stateOf(i),
    reply: (i) => tiedToState(i, topicOf(i)!),
  },
  {
    id: 'completed-question',
    why: 'after completion only a few questions change the answer; the others are tied to the completion',
    when: (i) => stateOf(i) === 'already-completed' && isQuestion(topicOf(i)),
    reply: (i) =>
      AFTER_COMPLETION_QUESTIONS.includes(topicOf(i)!) ? { scenario: topicOf(i)!, ...articleOrPointer(i, topicOf(i)!) } : tiedToState(i, topicOf(i)!),
  },
  {
    id: 'usable-question',
    why: 'the link works, so the question decides the answer',
    when: (i) => isUsable(i) && isQuestion(topicOf(i)),
    reply: (i) => ({ scenario: topicOf(i)!, ...articleOrPointer(i, topicOf(i)!) }),
  },
  {
    id: 'link-state',
    why: 'the message is about the link itself: its state answers',
    when: (i) => i.link !== null,
    reply: (i) => {
      const answer = articleOrPointer(i, stateOf(i)!);
      // A working link the candidate cannot find: the bot mails it to the invitation's own address.
      const resend: PlannedReply[] = isUsable(i) ? [{ action: 'resend-link' }] : [];
      return {
        scenario: stateOf(i),
        ...(topicOf(i) && topicOf(i) !== stateOf(i) ? { topic: topicOf(i)! } : {}),
        ...answer,
        replies: [...answer.replies, ...resend],
      };
    },
  },
  {
    id: 'no-link-question',
    why: 'no link yet: the question alone decides, and the link is asked for',
    when: () => true,
    reply: (i) => {
      const topic = topicOf(i) ?? 'contact-recruiter';
      return { scenario: topic, ...articleOrPointer(i, topic), after: [i.words.words['bot.askForLink']] };
    },
  },
];

function declined(input: ReplyInput): boolean {
  return action(input)?.action === 'not-helpful' || text(input)?.declined === true;
}

/** Up to three readings to choose from; on a usable link only questions fit (its state is known). */
function choicesFor(input: ReplyInput): ScenarioId[] {
  const ranked = text(input)?.reading.ranked.map((entry) => entry.scenario) ?? [];
  const fits = isUsable(input) ? ranked.filter(isQuestion) : ranked;
  return fits.slice(0, MAX_CHOICES);
}

/** The first rule that applies, and the reply it composes. */
export function composeReply(input: ReplyInput): ReplyPlan {
  for (const rule of REPLY_RULES) {
    if (rule.when(input)) return { rule: rule.id, why: rule.why, ...rule.reply(input) };
  }
  throw new Error('the last reply rule always applies');
}
