import { computePlaceholders, isPlaceholderName, PLACEHOLDERS } from './placeholders';
import { bareFacts, expiredFacts, fullFacts } from './test-fixtures';

describe('computePlaceholders', () => {
  it('formats the deadline for the reader and in UTC, with the time left', () => {
    const values = computePlaceholders({ facts: fullFacts(), timeZone: 'America/New_York' });
    expect(values).toMatchObject({
      deadlineLocal: 'Tue 24 Nov 2026, 11:00 EST',
      deadlineUtc: '24 Nov 2026, 16:00 UTC',
      timeZone: 'America/New_York',
      timeLeft: '1 day 3 hours',
      kindLabel: 'AI interview',
      opensUsed: '3',
      accessLimit: '100',
      candidateEmail: 'j***@gmail.com',
      newerLinkEmail: 'j***@gmail.com',
      newerLinkState: 'ready to use',
      newerLinkDeadline: 'Wed 25 Nov 2026, 03:00 EST',
      startedAt: 'Mon 23 Nov 2026, 04:12 EST',
    });
    expect(values.expiredAgo).toBeUndefined();
  });

  it('gives the deadline in UTC twice when the reader’s zone is unknown', () => {
    const values = computePlaceholders({ facts: fullFacts() });
    expect(values.deadlineLocal).toBe('Tue 24 Nov 2026, 16:00 UTC');
    expect(values.timeZone).toBe('UTC');
  });

  it('swaps time left for time since once the deadline passed', () => {
    const values = computePlaceholders({ facts: expiredFacts(), timeZone: 'UTC' });
    expect(values.timeLeft).toBeUndefined();
    expect(values.expiredAgo).toBe('2 days 3 hours');
  });

  it('treats the deadline instant itself as expired', () => {
    const deadline = new Date('2026-11-24T16:00:00Z');
    const values = computePlaceholders({ facts: fullFacts({ now: deadline, deadline }) });
    expect(values.timeLeft).toBeUndefined();
    expect(values.expiredAgo).toBe('less than a minute');
  });

  it('describes the newest link’s state in words', () => {
    const newestLink = { ...fullFacts().newestLink!, state: 'link-expired' as const };
    expect(computePlaceholders({ facts: fullFacts({ newestLink }) }).newerLinkState).toBe('also expired');
  });

  it('leaves out what the facts do not hold', () => {
    const values = computePlaceholders({ facts: bareFacts() });
    expect(Object.keys(values)).toEqual(['timeZone']);
  });

  it('only produces names from the vocabulary', () => {
    const values = computePlaceholders({ facts: fullFacts(), timeZone: 'Europe/Paris' });
    for (const name of Object.keys(values)) expect(isPlaceholderName(name)).toBe(true);
    expect(isPlaceholderName('deadline')).toBe(false);
    expect(Object.keys(PLACEHOLDERS)).toContain('newerLinkState');
  });
});
