import { fixStates, historyWords, linkEventWords, whoCaused, whoOf, whoText } from './ticket-words';

const people = new Map([
  ['u1', { email: 'riley@acme.example', role: 'recruiter' }],
  ['u2', { email: 'sam@support.example', role: 'agent' }],
]);
const fmt = (iso: string) => `[${iso.slice(0, 16)}]`;

describe('whoOf / whoCaused', () => {
  it('names the person behind a user actor, and the parties behind the others', () => {
    expect(whoOf('user:u1', people)).toEqual({ kind: 'recruiter', name: 'riley@acme.example' });
    expect(whoOf('user:u2', people)).toEqual({ kind: 'support', name: 'sam@support.example' });
    expect(whoOf('api_key:org1', people)).toEqual({ kind: 'platform' });
    expect(whoOf('bot', people)).toEqual({ kind: 'bot' });
    expect(whoOf('candidate', people)).toEqual({ kind: 'candidate' });
  });

  it('gives a link event the actor of the ticket action at the same moment', () => {
    const history = [{ type: 'extend', actor: 'user:u1', at: '2026-12-01T10:00:00.500Z', data: {} }];
    expect(whoCaused({ type: 'extended', at: '2026-12-01T10:00:00.000Z' }, history, people)).toEqual({ kind: 'recruiter', name: 'riley@acme.example' });
    // Hours later, the same kind of event came from elsewhere: the platform's API.
    expect(whoCaused({ type: 'extended', at: '2026-12-01T14:00:00.000Z' }, history, people)).toEqual({ kind: 'platform' });
  });

  it('reads the event’s own actor (the bot’s self-service extend), opens as the candidate, deadlines as nobody', () => {
    expect(whoCaused({ type: 'extended', at: '2026-12-01T10:00:00Z', detail: { actor: 'bot' } }, [], people)).toEqual({ kind: 'bot' });
    expect(whoCaused({ type: 'opened', at: '2026-12-01T10:00:00Z' }, [], people)).toEqual({ kind: 'candidate' });
    expect(whoCaused({ type: 'expired', at: '2026-12-01T10:00:00Z' }, [], people)).toBeNull();
    expect(whoText({ kind: 'bot' })).toBe('The assistant (self-service)');
    expect(whoText({ kind: 'recruiter', name: 'riley@acme.example' })).toBe('riley@acme.example (recruiter)');
  });
});

describe('words', () => {
  it('words link events and ticket events without raw keys or ISO times', () => {
    expect(linkEventWords({ type: 'extended', detail: { expiresAt: '2026-12-05T06:46:11.680Z', previousExpiresAt: 'x' } }, '2026-12-01T00:00:00Z', fmt)).toBe(
      'Deadline extended to [2026-12-05T06:46]',
    );
    expect(linkEventWords({ type: 'completed', detail: { reason: 'auto_submitted' } }, '2026-12-01T00:00:00Z', fmt)).toBe(
      'Completed (submitted automatically)',
    );
    expect(historyWords({ type: 'reply', data: { message: 'Try Chrome' } }, fmt)).toBe('Replied: “Try Chrome”');
    expect(historyWords({ type: 'extend', data: { expiresAt: '2026-12-05T06:46:11.680Z' } }, fmt)).toBe('Extended the deadline to [2026-12-05T06:46]');
  });
});

describe('fixStates', () => {
  const proposed = [
    { type: 'extend', recommended: true },
    { type: 'reissue', recommended: false },
  ];
  it('marks the taken fix done and keeps what still applies available', () => {
    expect(fixStates(proposed, [{ type: 'resend' }, { type: 'reissue' }], [{ type: 'created' }, { type: 'extend' }]).map((f) => f.state)).toEqual([
      'done',
      'available',
    ]);
  });

  it('withdraws a fix the link no longer needs, and withdraws nothing when its state is unknown', () => {
    expect(fixStates(proposed, [{ type: 'resend' }, { type: 'reissue' }], []).map((f) => f.state)).toEqual(['withdrawn', 'available']);
    expect(fixStates(proposed, null, []).map((f) => f.state)).toEqual(['available', 'available']);
  });
});
