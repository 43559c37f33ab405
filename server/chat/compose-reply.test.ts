import type { ScenarioId } from '../diagnosis/scenario-ids';
import { BOT_CATALOGUE_EN } from './bot-words';
import { hi } from './bot-words.hi';
import type { Understanding } from '../knowledge/understand-message';
import { composeReply, REPLY_RULES } from './compose-reply';
import type { ConversationMemory, PlannedReply, ReplyInput, Said } from './reply-input';

const reading = (top: ScenarioId | null, more: Partial<Understanding> = {}): Understanding => ({
  ranked: top
    ? [
        { scenario: top, score: 0.9 },
        { scenario: 'stuck-loading', score: 0.05 },
        { scenario: 'mobile-device', score: 0.03 },
      ]
    : [
        { scenario: 'page-wont-load', score: 0.3 },
        { scenario: 'link-expired', score: 0.25 },
        { scenario: 'stuck-loading', score: 0.2 },
        { scenario: 'mobile-device', score: 0.1 },
      ],
  confident: top !== null,
  otherTopics: [],
  smallTalk: false,
  language: 'en',
  ...more,
});
const says = (top: ScenarioId | null, more: Partial<Understanding> = {}, declined = false): Said => ({ kind: 'text', reading: reading(top, more), declined });
const memory = (more: Partial<ConversationMemory> = {}): ConversationMemory => ({ shown: [], declines: 0, handedOver: false, ...more });
const input = (said: Said, more: Partial<ReplyInput> = {}): ReplyInput => ({
  said,
  link: { state: 'link-expired', policy: 'strict' },
  memory: memory({ shown: ['link-expired'] }),
  selfService: null,
  words: BOT_CATALOGUE_EN,
  ...more,
});
const ids = (replies: PlannedReply[]) => replies.map((r) => ('action' in r ? r.action : r.scenario));

describe('composeReply on a blocked link', () => {
  it('ties a question to the state instead of repeating the state article', () => {
    const plan = composeReply(input(says('camera-mic-permission')));
    expect(plan).toMatchObject({ rule: 'blocked-question', scenario: 'link-expired', topic: 'camera-mic-permission' });
    expect(plan.article).toBeUndefined();
    expect(plan.lines[0]).toMatch(/^Your camera and microphone aren't what's stopping you: this link expired on \{\{deadlineLocal\}\}\.$/);
    expect(plan.lines[1]).toMatch(/new invitation/);
    // The camera tips still matter for the new link.
    expect(plan.replies).toContainEqual({ scenario: 'camera-mic-permission', followUp: true });
  });

  it('ends the sentence it joins with the full stop of the language', () => {
    const plan = composeReply(input(says('camera-mic-permission'), { words: hi }));
    expect(plan.lines[0]).toMatch(/।$/);
    expect(plan.lines[0]).not.toMatch(/\.$/);
  });

  it('says the remedy the policy allows for more time, and offers the extension where the org allows it', () => {
    expect(composeReply(input(says('extension-request'))).lines[1]).toMatch(/does not extend deadlines/);
    const flexible = input(says('extension-request'), {
      link: { state: 'link-expired', policy: 'flexible' },
      selfService: { extendHours: 24, extensionsLeft: 1 },
    });
    const plan = composeReply(flexible);
    expect(ids(plan.replies)[0]).toBe('extend');
    const spent = composeReply({ ...flexible, selfService: { extendHours: 24, extensionsLeft: 0 } });
    expect(ids(spent.replies)).not.toContain('extend');
    expect(spent.lines[1]).toMatch(/extend it or send a new invitation/);
  });

  it('points back to the state article already shown (the gateway page counts) instead of repeating it', () => {
    const plan = composeReply(input(says('link-expired')));
    expect(plan).toMatchObject({ rule: 'link-state', pointer: 'link-expired' });
    expect(plan.article).toBeUndefined();
    expect(ids(plan.replies)).toContain('show-again');
  });

  it('shows the state article when it was not shown yet, and answers an unclear message with the state', () => {
    expect(composeReply(input(says(null), { memory: memory() }))).toMatchObject({ rule: 'link-state', article: { id: 'link-expired', form: 'short' } });
  });

  it('asks back on gibberish rather than answering with an article', () => {
    const plan = composeReply(input(says(null, { smallTalk: true })));
    expect(plan.rule).toBe('small-talk');
    expect(plan.article).toBeUndefined();
    expect(plan.lines[0]).toMatch(/\?/);
  });

  it('offers the escalation for an unexpected completion', () => {
    const plan = composeReply(input(says('lost-connection'), { link: { state: 'completed-unexpectedly', policy: 'strict' } }));
    expect(ids(plan.replies)).toContain('escalate');
  });
});

describe('composeReply on a usable link', () => {
  const usable = (said: Said, more: Partial<ReplyInput> = {}) => input(said, { link: { state: 'link-valid', policy: 'strict' }, memory: memory(), ...more });

  it('answers the question with its article in short form and remembers the alternatives', () => {
    const plan = composeReply(usable(says('camera-mic-permission')));
    expect(plan).toMatchObject({ rule: 'usable-question', scenario: 'camera-mic-permission', article: { id: 'camera-mic-permission', form: 'short' } });
    expect(plan.alternatives).toEqual(['stuck-loading', 'mobile-device']);
    expect(ids(plan.replies)).toEqual(['solved', 'not-helpful']);
  });

  it('offers to mail the link again when the question is about the working link itself', () => {
    expect(ids(composeReply(usable(says('link-valid'))).replies)).toContain('resend-link');
    expect(composeReply(usable({ kind: 'action', action: 'resend-link' })).effect).toBe('resend-link');
  });

  it('offers the other problems of the message as choices', () => {
    const plan = composeReply(usable(says('camera-mic-permission', { otherTopics: ['extension-request'] })));
    expect(ids(plan.replies)).toContain('extension-request');
  });

  it('offers at most three choices when unsure, questions only, and "none of these"', () => {
    const plan = composeReply(usable(says(null)));
    expect(plan.rule).toBe('unsure');
    expect(ids(plan.replies)).toEqual(['page-wont-load', 'stuck-loading', 'mobile-device', 'none-of-these', 'talk-to-person']);
  });

  it('answers a picked choice like a confident question', () => {
    expect(composeReply(usable({ kind: 'choice', scenario: 'stuck-loading' }))).toMatchObject({ rule: 'usable-question', scenario: 'stuck-loading' });
  });

  it('gives the next best after "that didn\'t help", then a person', () => {
    const answered = memory({ lastAnswer: { scenario: 'camera-mic-permission', alternatives: ['mobile-device'] } });
    const first = composeReply(usable(says(null, {}, true), { memory: answered }));
    expect(first.rule).toBe('next-best');
    expect(ids(first.replies)).toEqual(['mobile-device', 'talk-to-person']);
    const second = composeReply(usable({ kind: 'action', action: 'not-helpful' }, { memory: { ...answered, declines: 1 } }));
    expect(second.rule).toBe('offer-person');
    expect(ids(second.replies)).toContain('escalate');
  });

  it('asks to rephrase after "none of these" and offers a person', () => {
    const plan = composeReply(usable({ kind: 'action', action: 'none-of-these' }));
    expect(plan.rule).toBe('none-of-these');
    expect(ids(plan.replies)).toEqual(['talk-to-person']);
  });

  it('confirms an extension before applying it', () => {
    const allowed = { selfService: { extendHours: 24, extensionsLeft: 1 } };
    expect(composeReply(usable({ kind: 'action', action: 'extend' }, allowed)).rule).toBe('extend-confirm');
    expect(composeReply(usable({ kind: 'action', action: 'extend-confirm' }, allowed)).effect).toBe('extend');
  });
});

describe('composeReply in other situations', () => {
  it('stays silent on free text once the conversation is handed over, but still answers its buttons', () => {
    expect(composeReply(input(says('camera-mic-permission'), { memory: memory({ handedOver: true }) })).silent).toBe(true);
    expect(composeReply(input({ kind: 'action', action: 'show-again', about: 'link-expired' }, { memory: memory({ handedOver: true }) })).article).toEqual({
      id: 'link-expired',
      form: 'full',
    });
  });

  it('after completion narrows only to the questions that still change the answer', () => {
    const completed = { link: { state: 'already-completed' as const, policy: 'strict' as const }, memory: memory() };
    expect(composeReply(input(says('submitted-need-change'), completed))).toMatchObject({ rule: 'completed-question', scenario: 'submitted-need-change' });
    expect(composeReply(input(says('camera-mic-permission'), completed))).toMatchObject({ scenario: 'already-completed', topic: 'camera-mic-permission' });
  });

  it('without a link answers the question and asks for the link', () => {
    const plan = composeReply(input(says('page-wont-load'), { link: null, memory: memory() }));
    expect(plan).toMatchObject({ rule: 'no-link-question', scenario: 'page-wont-load' });
    expect(plan.after?.[0]).toMatch(/Paste the link/);
  });

  it('sends a request for a person to the escalation offer', () => {
    expect(composeReply(input(says('contact-recruiter'))).effect).toBe('escalation-offer');
  });

  it('explains every rule', () => {
    for (const rule of REPLY_RULES) expect(rule.why.length).toBeGreaterThan(20);
  });
});
