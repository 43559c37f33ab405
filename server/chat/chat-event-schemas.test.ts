import type { ClientDiagnostics } from './chat-events';
import { chatAuthSchema, clientDiagnosticsSchema, messageSendSchema } from './chat-event-schemas';

const diagnostics: ClientDiagnostics = {
  browser: { name: 'Firefox', version: '127.0' },
  os: 'Linux',
  cookiesEnabled: true,
  storageAvailable: false,
  online: true,
  permissions: { camera: 'unsupported', microphone: 'denied' },
  mediaTest: { camera: 'ok', microphone: 'failed', error: 'NotAllowedError: Permission denied' },
  network: { rttMs: 85, effectiveType: '4g', downlinkMbps: 9.5 },
  timeZone: 'America/New_York',
  screen: { width: 390, height: 844 },
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('messageSendSchema', () => {
  it('trims the text and keeps the client id', () => {
    expect(messageSendSchema.parse({ text: '  hello \n', clientMessageId: 'c-1' })).toEqual({
      text: 'hello',
      clientMessageId: 'c-1',
    });
  });

  it('refuses empty, blank and oversized text', () => {
    expect(messageSendSchema.safeParse({ text: '   ', clientMessageId: 'c' }).success).toBe(false);
    expect(messageSendSchema.safeParse({ text: 'x'.repeat(2000), clientMessageId: 'c' }).success).toBe(true);
    expect(issues(messageSendSchema.safeParse({ text: 'x'.repeat(2001), clientMessageId: 'c' }))).toEqual(['text']);
  });

  it('requires a client message id of 1 to 100 characters', () => {
    expect(issues(messageSendSchema.safeParse({ text: 'hi', clientMessageId: '' }))).toEqual(['clientMessageId']);
    expect(issues(messageSendSchema.safeParse({ text: 'hi', clientMessageId: 'x'.repeat(101) }))).toEqual(['clientMessageId']);
    expect(issues(messageSendSchema.safeParse({ text: 'hi' }))).toEqual(['clientMessageId']);
    expect(issues(messageSendSchema.safeParse({ text: 5, clientMessageId: 'c' }))).toEqual(['text']);
  });
});

describe('clientDiagnosticsSchema', () => {
  it('accepts what the widget sends, with or without the media test', () => {
    expect(clientDiagnosticsSchema.parse(diagnostics)).toEqual(diagnostics);
    const { mediaTest: _omitted, ...withoutTest } = diagnostics;
    expect(clientDiagnosticsSchema.parse({ ...withoutTest, network: {} })).toEqual({ ...withoutTest, network: {} });
  });

  it('names the offending field for unknown enum values and wrong types', () => {
    const bad = {
      ...diagnostics,
      permissions: { camera: 'maybe', microphone: 'granted' },
      mediaTest: { camera: 'ok', microphone: 'broken' },
      online: 'yes',
      screen: { width: -1, height: 1.5 },
    };
    expect(issues(clientDiagnosticsSchema.safeParse(bad)).sort()).toEqual([
      'mediaTest.microphone',
      'online',
      'permissions.camera',
      'screen.height',
      'screen.width',
    ]);
  });

  it('bounds every string, so a client cannot store megabytes', () => {
    const long = 'x'.repeat(10_000);
    const bad = { ...diagnostics, userAgent: long, os: long, timeZone: long, browser: { name: long, version: long } };
    expect(issues(clientDiagnosticsSchema.safeParse(bad)).sort()).toEqual(['browser.name', 'browser.version', 'os', 'timeZone', 'userAgent']);
    const badNetwork = { ...diagnostics, network: { effectiveType: long, rttMs: -5 } };
    expect(issues(clientDiagnosticsSchema.safeParse(badNetwork)).sort()).toEqual(['network.effectiveType', 'network.rttMs']);
  });
});

describe('chatAuthSchema', () => {
  it('accepts an empty handshake and a full resume', () => {
    expect(chatAuthSchema.parse({})).toEqual({});
    const full = { token: 't', conversationId: 'c', resumeSecret: 's', timeZone: 'Asia/Kolkata', locale: 'hi-IN' };
    expect(chatAuthSchema.parse(full)).toEqual(full);
  });

  it('refuses oversized or non-string fields', () => {
    expect(issues(chatAuthSchema.safeParse({ token: 'x'.repeat(201), resumeSecret: 42 })).sort()).toEqual(['resumeSecret', 'token']);
  });
});
