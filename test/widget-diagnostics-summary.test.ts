import type { ClientDiagnostics } from '../server/chat/chat-events';
import { summarizeDiagnostics } from '../widget/diagnostics-summary';
import { addEnglish, t } from '../widget/messages/catalogue';
import { enSelfCheck } from '../widget/messages/en-self-check';
import { deadlineLines, formatLocalDateTime } from '../widget/message-view';

const healthy: ClientDiagnostics = {
  browser: { name: 'Chrome', version: '126' },
  os: 'Windows',
  cookiesEnabled: true,
  storageAvailable: true,
  online: true,
  permissions: { camera: 'granted', microphone: 'prompt' },
  network: { rttMs: 40, effectiveType: '4g' },
  timeZone: 'Europe/Paris',
  screen: { width: 1920, height: 1080 },
  userAgent: 'UA',
};

addEnglish(enSelfCheck);
const summarize = (d: ClientDiagnostics, chatConnected?: boolean) => summarizeDiagnostics(t, d, chatConnected);
const problems = (text: string) => text.split('\n').filter((l) => l.startsWith('✗'));

describe('summarizeDiagnostics', () => {
  it('reads as a short list with nothing to fix on a healthy setup', () => {
    const text = summarize(healthy);
    expect(text).toContain('Chrome 126 on Windows');
    expect(text).toContain('40 ms');
    expect(text).toContain('Europe/Paris');
    expect(text).toMatch(/Camera: allowed/);
    expect(text).toMatch(/Microphone: not asked yet/);
    expect(problems(text)).toEqual([]);
    expect(text.split('\n').length).toBeLessThanOrEqual(8);
  });

  it('flags what would break an interview, each with what to do', () => {
    const text = summarize({
      ...healthy,
      cookiesEnabled: false,
      permissions: { camera: 'denied', microphone: 'unsupported' },
      network: { rttMs: 2500 },
      mediaTest: { camera: 'failed', microphone: 'ok', error: 'NotReadableError: Device in use' },
    });
    const flagged = problems(text);
    expect(flagged).toHaveLength(4);
    expect(flagged.join('\n')).toMatch(/Cookies or site storage are blocked/);
    expect(flagged.join('\n')).toMatch(/Camera: blocked\. Allow it/);
    expect(flagged.join('\n')).toMatch(/Slow connection: 2500 ms/);
    expect(flagged.join('\n')).toMatch(/Camera test: failed/);
    expect(text).toMatch(/Microphone test: working/);
    expect(text).toMatch(/Browser said: NotReadableError: Device in use/);
  });

  it('tells offline from unreachable', () => {
    expect(summarize({ ...healthy, online: false })).toMatch(/offline/);
    expect(summarize({ ...healthy, network: {} })).toMatch(/Could not reach our server/);
  });
});

describe('deadline display', () => {
  it('shows deadlines in the reader’s time zone with the zone named', () => {
    const paris = formatLocalDateTime('2030-03-01T17:00:00Z', 'Europe/Paris');
    const tokyo = formatLocalDateTime('2030-03-01T17:00:00Z', 'Asia/Tokyo');
    expect(paris).toMatch(/18:00|6:00/);
    expect(tokyo).toMatch(/02:00|2:00/);
    expect(tokyo).toMatch(/Mar 2|2 Mar/);
    expect(paris).not.toBe(tokyo);
  });

  it('lists only the deadlines the facts carry, skipping invalid dates', () => {
    expect(deadlineLines(undefined)).toEqual([]);
    expect(deadlineLines({ deadline: 'garbage' })).toEqual([]);
    const lines = deadlineLines(
      { deadline: '2030-03-01T17:00:00Z', newestLink: { sentAt: '2030-02-27T09:00:00Z', emailMasked: 'a***@x.com', deadline: '2030-03-04T17:00:00Z' } },
      'UTC',
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Deadline in your time: .*2030.*UTC/);
    expect(lines[1]).toMatch(/^Newest link's deadline in your time: .*Mar.*4/);
  });
});
