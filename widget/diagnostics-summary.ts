// The self-check as a few lines a candidate can read: what is fine, what to fix.
// `t` comes from the caller (the catalogue stays in the entry module); its sentences
// are messages/en-self-check.ts, which arrive with this chunk.
import type { ClientDiagnostics, PermissionStateName } from '../server/chat/chat-events';
import type { Translate } from './messages/catalogue';

const OK = '✓';
const PROBLEM = '✗';
const NOTE = '•';

// Round trips above this make live video interviews stutter.
const SLOW_RTT_MS = 800;

const line = (mark: string, text: string) => `${mark} ${text}`;
const MARK: Record<PermissionStateName, string> = { granted: OK, denied: PROBLEM, prompt: NOTE, unsupported: NOTE };

function permissionLine(t: Translate, device: 'camera' | 'microphone', state: PermissionStateName): string {
  return line(MARK[state] ?? NOTE, t(`widget.selfCheck.${device}.${MARK[state] ? state : 'unsupported'}`));
}

function networkLine(t: Translate, d: ClientDiagnostics, chatConnected: boolean): string {
  const { rttMs, effectiveType } = d.network;
  // The chat's own connection is proof enough: never contradict a conversation that works.
  if (rttMs === undefined && chatConnected) return line(OK, t('widget.selfCheck.viaChat'));
  if (!d.online) return line(PROBLEM, t('widget.selfCheck.offline'));
  if (rttMs === undefined) return line(PROBLEM, t('widget.selfCheck.unreachable'));
  const kind = effectiveType ? ` (${effectiveType})` : '';
  if (rttMs > SLOW_RTT_MS) return line(PROBLEM, t('widget.selfCheck.slow', { ms: rttMs, kind }));
  return line(OK, t('widget.selfCheck.connection', { ms: rttMs, kind }));
}

function mediaTestLines(t: Translate, test: NonNullable<ClientDiagnostics['mediaTest']>): string[] {
  const lines = (['camera', 'microphone'] as const).map((device) => {
    const result = test[device] === 'ok' || test[device] === 'skipped' ? test[device] : 'failed';
    return line(result === 'ok' ? OK : result === 'skipped' ? NOTE : PROBLEM, t(`widget.selfCheck.${device}Test.${result}`));
  });
  if (test.error) lines.push(line(NOTE, t('widget.selfCheck.browserSaid', { error: test.error })));
  return lines;
}

export function summarizeDiagnostics(t: Translate, d: ClientDiagnostics, chatConnected = false): string {
  const name = `${d.browser.name}${d.browser.version ? ` ${d.browser.version}` : ''}`;
  const lines = [
    t('widget.selfCheck.title'),
    line(OK, t('widget.selfCheck.browser', { browser: t('widget.selfCheck.browserOn', { browser: name, os: d.os }) })),
  ];
  lines.push(d.cookiesEnabled && d.storageAvailable ? line(OK, t('widget.selfCheck.storageOk')) : line(PROBLEM, t('widget.selfCheck.storageBlocked')));
  lines.push(networkLine(t, d, chatConnected));
  lines.push(permissionLine(t, 'camera', d.permissions.camera), permissionLine(t, 'microphone', d.permissions.microphone));
  if (d.mediaTest) lines.push(...mediaTestLines(t, d.mediaTest));
  lines.push(line(NOTE, t('widget.selfCheck.zoneAndScreen', { zone: d.timeZone, width: d.screen.width, height: d.screen.height })));
  return lines.join('\n');
}
