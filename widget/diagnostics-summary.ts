// The self-check as a few lines a candidate can read: what is fine, what to fix.
import type { ClientDiagnostics, PermissionStateName } from '../server/chat/chat-events';

const OK = '✓';
const PROBLEM = '✗';
const NOTE = '•';

// Round trips above this make live video interviews stutter.
const SLOW_RTT_MS = 800;

const line = (mark: string, text: string) => `${mark} ${text}`;

function permissionLine(device: 'Camera' | 'Microphone', state: PermissionStateName): string {
  switch (state) {
    case 'granted':
      return line(OK, `${device}: allowed for this site`);
    case 'denied':
      return line(PROBLEM, `${device}: blocked. Allow it in the site settings (the icon left of the address bar), then reload.`);
    case 'prompt':
      return line(NOTE, `${device}: not asked yet. Choose Allow when the page asks.`);
    default:
      return line(NOTE, `${device}: this browser does not say; use the test below.`);
  }
}

function networkLine(d: ClientDiagnostics, chatConnected: boolean): string {
  const { rttMs, effectiveType } = d.network;
  // The chat's own connection is proof enough: never contradict a conversation that works.
  if (rttMs === undefined && chatConnected) return line(OK, 'Connection: our server answers (through this chat)');
  if (!d.online) return line(PROBLEM, 'You seem to be offline. Check your connection.');
  if (rttMs === undefined) return line(PROBLEM, 'Could not reach our server. Check your connection or try another network.');
  const kind = effectiveType ? ` (${effectiveType})` : '';
  if (rttMs > SLOW_RTT_MS) return line(PROBLEM, `Slow connection: ${rttMs} ms to our server${kind}. Move closer to the router or switch networks.`);
  return line(OK, `Connection: ${rttMs} ms to our server${kind}`);
}

function mediaTestLines(test: NonNullable<ClientDiagnostics['mediaTest']>): string[] {
  const lines = (['camera', 'microphone'] as const).map((device) => {
    const name = device === 'camera' ? 'Camera test' : 'Microphone test';
    if (test[device] === 'ok') return line(OK, `${name}: working`);
    if (test[device] === 'skipped') return line(NOTE, `${name}: skipped`);
    return line(PROBLEM, `${name}: failed. Close other apps that may use it (video calls), check the permission, retry.`);
  });
  if (test.error) lines.push(line(NOTE, `Browser said: ${test.error}`));
  return lines;
}

export function summarizeDiagnostics(d: ClientDiagnostics, chatConnected = false): string {
  const browser = `${d.browser.name}${d.browser.version ? ` ${d.browser.version}` : ''} on ${d.os}`;
  const lines = ['Your setup:', line(OK, `Browser: ${browser}`)];
  lines.push(
    d.cookiesEnabled && d.storageAvailable
      ? line(OK, 'Cookies and storage: enabled')
      : line(PROBLEM, 'Cookies or site storage are blocked. Allow them for the interview site, or leave private browsing.'),
  );
  lines.push(networkLine(d, chatConnected));
  lines.push(permissionLine('Camera', d.permissions.camera), permissionLine('Microphone', d.permissions.microphone));
  if (d.mediaTest) lines.push(...mediaTestLines(d.mediaTest));
  lines.push(line(NOTE, `Time zone: ${d.timeZone}; screen ${d.screen.width}×${d.screen.height}`));
  return lines.join('\n');
}

