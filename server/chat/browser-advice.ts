import type { ClientDiagnostics } from './chat-events';

// What the widget's self-check says is wrong with the candidate's browser, as
// advice for that browser. Pure, so every case is a unit test.

export type FindingId =
  | 'offline'
  | 'unsupported-browser'
  | 'old-browser'
  | 'camera-blocked'
  | 'microphone-blocked'
  | 'media-test-failed'
  | 'storage-blocked'
  | 'slow-network';

export interface Finding {
  id: FindingId;
  text: string;
}

// Roughly two years of releases: older ones miss what live video pages rely on.
const MIN_VERSIONS: Record<string, number> = {
  Chrome: 110,
  Chromium: 110,
  Edge: 110,
  Firefox: 110,
  Opera: 96,
  'Samsung Internet': 21,
  Safari: 16,
};
const SLOW_RTT_MS = 800;
const SLOW_TYPES = new Set(['slow-2g', '2g']);
const MOBILE_OS = new Set(['iOS', 'iPadOS']);

/** Where to allow the camera and microphone in this browser, step by step. */
export function permissionSteps(d: Pick<ClientDiagnostics, 'browser' | 'os'>): string {
  if (MOBILE_OS.has(d.os)) {
    return 'On iPhone or iPad: open the Settings app, find your browser (for Safari: Apps, then Safari), set Camera and Microphone to Allow, then come back and reload the page.';
  }
  switch (d.browser.name) {
    case 'Chrome':
    case 'Chromium':
      return d.os === 'Android'
        ? 'In Chrome on Android: tap the icon left of the address bar, open Permissions, allow Camera and Microphone, then reload. If Chrome itself is blocked: Android Settings, Apps, Chrome, Permissions.'
        : 'In Chrome: click the icon left of the address bar, open Site settings, set Camera and Microphone to Allow, then reload the page.';
    case 'Edge':
      return 'In Edge: click the lock icon left of the address bar, open Permissions for this site, set Camera and Microphone to Allow, then reload the page.';
    case 'Firefox':
      return 'In Firefox: click the permissions icon in the address bar, remove the Blocked setting for Camera and Microphone, then reload and choose Allow.';
    case 'Safari':
      return 'In Safari: open the Safari menu, Settings for This Website, set Camera and Microphone to Allow, then reload the page.';
    default:
      return 'Open the site settings of this page (usually the icon left of the address bar), allow Camera and Microphone, then reload the page.';
  }
}

function browserFinding(d: ClientDiagnostics): Finding | null {
  const { name, version } = d.browser;
  if (name === 'Internet Explorer') {
    return { id: 'unsupported-browser', text: 'Internet Explorer cannot run these pages. Open the link in Chrome, Edge, Firefox or Safari instead.' };
  }
  const minimum = MIN_VERSIONS[name];
  const major = Number.parseInt(version, 10);
  if (minimum === undefined || !Number.isFinite(major) || major >= minimum) return null;
  return { id: 'old-browser', text: `${name} ${major} is out of date. Update it (or use another up-to-date browser), then open the link again.` };
}

function permissionFindings(d: ClientDiagnostics): Finding[] {
  const blocked = (['camera', 'microphone'] as const).filter((device) => d.permissions[device] === 'denied');
  if (blocked.length === 0) return [];
  const what = blocked.length === 2 ? 'camera and microphone are' : `${blocked[0]} is`;
  const id: FindingId = blocked[0] === 'camera' ? 'camera-blocked' : 'microphone-blocked';
  return [{ id, text: `Your ${what} blocked for this site. ${permissionSteps(d)}` }];
}

function mediaTestFinding(d: ClientDiagnostics): Finding | null {
  const test = d.mediaTest;
  if (!test || (test.camera !== 'failed' && test.microphone !== 'failed')) return null;
  const error = test.error ?? '';
  let cause = 'Close other programs that may be using them (video calls, another tab), check the permission, and test again.';
  if (/NotAllowed|Permission/i.test(error)) cause = permissionSteps(d);
  else if (/NotFound|DevicesNotFound/i.test(error)) cause = 'No device was found: plug in a camera or headset, or use a device that has one.';
  else if (/NotReadable|TrackStart/i.test(error)) cause = 'Another program is holding the device: close video-call apps and other tabs, then test again.';
  const failed = [test.camera === 'failed' && 'camera', test.microphone === 'failed' && 'microphone'].filter(Boolean).join(' and ');
  return { id: 'media-test-failed', text: `The ${failed} test failed. ${cause}` };
}

function networkFinding(d: ClientDiagnostics): Finding | null {
  const { rttMs, effectiveType } = d.network;
  const slow = (rttMs !== undefined && rttMs > SLOW_RTT_MS) || (effectiveType !== undefined && SLOW_TYPES.has(effectiveType));
  if (!slow) return null;
  return { id: 'slow-network', text: 'Your connection is slow. Move closer to the router, switch to a steadier network, or close downloads and other video before you start.' };
}

/** Problems found, most blocking first; empty when the browser looks ready. */
export function adviseOnDiagnostics(d: ClientDiagnostics): Finding[] {
  if (!d.online) {
    return [{ id: 'offline', text: 'Your browser says it is offline. Reconnect to Wi-Fi or mobile data, then reload the page.' }];
  }
  const findings: (Finding | null)[] = [browserFinding(d), ...permissionFindings(d), mediaTestFinding(d)];
  if (!d.cookiesEnabled || !d.storageAvailable) {
    findings.push({ id: 'storage-blocked', text: 'Cookies or site storage are blocked (private browsing or a strict setting). Allow them for the interview site, or use a normal window.' });
  }
  findings.push(networkFinding(d));
  return findings.filter((finding): finding is Finding => finding !== null);
}

// Which findings matter to which answer: a camera answer needs the permission
// steps, a page that will not load needs the offline or outdated-browser ones.
const RELEVANT: Partial<Record<string, readonly FindingId[]>> = {
  'camera-mic-permission': ['unsupported-browser', 'old-browser', 'camera-blocked', 'microphone-blocked', 'media-test-failed'],
  'page-wont-load': ['offline', 'unsupported-browser', 'old-browser', 'storage-blocked', 'slow-network'],
  'stuck-loading': ['offline', 'unsupported-browser', 'old-browser', 'storage-blocked', 'slow-network'],
  'lost-connection': ['offline', 'slow-network'],
  'mobile-device': ['unsupported-browser', 'old-browser', 'camera-blocked', 'microphone-blocked'],
};
// A usable link that still fails points at the browser: every finding matters.
const ALL_FINDINGS = new Set(['link-valid', 'in-progress-resume']);

/** The findings worth adding to an answer about `scenario`. */
export function findingsFor(scenario: string, findings: Finding[]): Finding[] {
  if (ALL_FINDINGS.has(scenario)) return findings;
  const relevant = RELEVANT[scenario] ?? [];
  return findings.filter((finding) => relevant.includes(finding.id));
}
