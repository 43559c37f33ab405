import { buildResolutionReport, classifyResolution, weekOf } from './resolution-report';
import type { ConversationResolution } from './resolution-query';

const at = (iso: string) => new Date(iso);
const row = (over: Partial<ConversationResolution> = {}): ConversationResolution => ({
  id: 'c',
  createdAt: at('2026-11-10T10:00:00Z'),
  lastActivityAt: at('2026-11-10T10:05:00Z'),
  outcome: 'open',
  hasLink: true,
  handedOff: false,
  saidSolved: false,
  usedAt: null,
  returnedAt: null,
  rating: null,
  ...over,
});

describe('classifyResolution', () => {
  it('verifies a use of the link after the chat, whoever fixed it', () => {
    expect(classifyResolution(row({ usedAt: at('2026-11-10T11:00:00Z'), handedOff: true }), at('2026-11-10T12:00:00Z'))).toEqual({
      verified: true,
      automated: false,
      handedOff: true,
      resolvedAt: at('2026-11-10T11:00:00Z'),
    });
  });

  it('calls quiet for 24 hours automated, but not before, and not when the candidate came back', () => {
    const quiet = row();
    expect(classifyResolution(quiet, at('2026-11-11T10:04:00Z')).automated).toBe(false);
    expect(classifyResolution(quiet, at('2026-11-11T10:05:00Z')).automated).toBe(true);
    expect(classifyResolution(row({ returnedAt: at('2026-11-10T20:00:00Z') }), at('2026-11-20T00:00:00Z')).automated).toBe(false);
    expect(classifyResolution(row({ returnedAt: at('2026-11-15T20:00:00Z') }), at('2026-11-20T00:00:00Z')).automated).toBe(true);
  });

  it('never calls a hand-off automated, even after "That solved it"', () => {
    expect(classifyResolution(row({ handedOff: true, saidSolved: true }), at('2026-11-20T00:00:00Z')).automated).toBe(false);
  });
});

describe('buildResolutionReport', () => {
  it('has no rates without conversations, and weeks from Monday', () => {
    expect(buildResolutionReport([], at('2026-11-20T00:00:00Z'))).toEqual({
      verifiedResolutionRate: null,
      automatedResolutionRate: null,
      handoffRate: null,
      csat: { average: null, count: 0 },
      medianMinutesToResolution: null,
      resolutionByWeek: [],
    });
    expect(weekOf(at('2026-11-15T23:59:00Z'))).toBe('2026-11-09');
    expect(weekOf(at('2026-11-16T00:00:00Z'))).toBe('2026-11-16');
  });

  it('takes the verified rate over conversations with a link only', () => {
    const report = buildResolutionReport([row({ usedAt: at('2026-11-10T10:30:00Z') }), row({ hasLink: false, saidSolved: true })], at('2026-11-10T11:00:00Z'));
    expect(report.verifiedResolutionRate).toBe(1);
    expect(report.automatedResolutionRate).toBe(0.5);
    expect(report.medianMinutesToResolution).toBe(17.5);
  });
});
