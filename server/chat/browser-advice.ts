import type { ClientDiagnostics } from './chat-events';

// What the widget's self-check says is wrong with the candidate's browser, as
// advice for that browser. Pure, so every case is a unit test.

export type FindingId =
  'offline' | 'unsupported-browser' | 'old-browser' | 'camera-blocked' | 'microphone-blocked' | 'media-test-failed' | 'storage-blocked' | 'slow-network';

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

/**
 * The advice's words in one language (English here; others in
 * server/i18n/candidate-words.<locale>.ts as `browserAdvice`). `{name}` markers are
 * filled in: {browser} {version} {steps} {failed} {cause}.
 */
export interface AdviceWords {
  steps: { iosSettings: string; chromeAndroid: string; chrome: string; edge: string; firefox: string; safari: string; other: string };
  unsupportedBrowser: string;
  oldBrowser: string;
  cameraAndMicrophoneBlocked: string;
  cameraBlocked: string;
  microphoneBlocked: string;
  /** {failed} is one of the three below; {cause} one of the causes. */
  mediaTestFailed: string;
  failedCamera: string;
  failedMicrophone: string;
  failedBoth: string;
  causeDefault: string;
  causeNotFound: string;
  causeBusy: string;
  slowNetwork: string;
  offline: string;
  storageBlocked: string;
}

export const ADVICE_EN: AdviceWords = {
  steps: {
    iosSettings:
      'On iPhone or iPad: open the Settings app, find your browser (for Safari: Apps, then Safari), set Camera and Microphone to Allow, then come back and reload the page.',
    chromeAndroid:
      'In Chrome on Android: tap the icon left of the address bar, open Permissions, allow Camera and Microphone, then reload. If Chrome itself is blocked: Android Settings, Apps, Chrome, Permissions.',
    chrome: 'In Chrome: click the icon left of the address bar, open Site settings, set Camera and Microphone to Allow, then reload the page.',
    edge: 'In Edge: click the lock icon left of the address bar, open Permissions for this site, set Camera and Microphone to Allow, then reload the page.',
    firefox: 'In Firefox: click the permissions icon in the address bar, remove the Blocked setting for Camera and Microphone, then reload and choose Allow.',
    safari: 'In Safari: open the Safari menu, Settings for This Website, set Camera and Microphone to Allow, then reload the page.',
    other: 'Open the site settings of this page (usually the icon left of the address bar), allow Camera and Microphone, then reload the page.',
  },
  unsupportedBrowser: 'Internet Explorer cannot run these pages. Open the link in Chrome, Edge, Firefox or Safari instead.',
  oldBrowser: '{browser} {version} is out of date. Update it (or use another up-to-date browser), then open the link again.',
  cameraAndMicrophoneBlocked: 'Your camera and microphone are blocked for this site. {steps}',
  cameraBlocked: 'Your camera is blocked for this site. {steps}',
  microphoneBlocked: 'Your microphone is blocked for this site. {steps}',
  mediaTestFailed: 'The {failed} test failed. {cause}',
  failedCamera: 'camera',
  failedMicrophone: 'microphone',
  failedBoth: 'camera and microphone',
  causeDefault: 'Close other programs that may be using them (video calls, another tab), check the permission, and test again.',
  causeNotFound: 'No device was found: plug in a camera or headset, or use a device that has one.',
  causeBusy: 'Another program is holding the device: close video-call apps and other tabs, then test again.',
  slowNetwork: 'Your connection is slow. Move closer to the router, switch to a steadier network, or close downloads and other video before you start.',
  offline: 'Your browser says it is offline. Reconnect to Wi-Fi or mobile data, then reload the page.',
  storageBlocked: 'Cookies or site storage are blocked (private browsing or a strict setting). Allow them for the interview site, or use a normal window.',
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** Where to allow the camera and microphone in this browser, step by step. */
export function permissionSteps(d: Pick<ClientDiagnostics, 'browser' | 'os'>, words: AdviceWords = ADVICE_EN): string {
  if (MOBILE_OS.has(d.os)) return words.steps.iosSettings;
  switch (d.browser.name) {
    case 'Chrome':
    case 'Chromium':
      return d.os === 'Android' ? words.steps.chromeAndroid : words.steps.chrome;
    case 'Edge':
      return words.steps.edge;
    case 'Firefox':
      return words.steps.firefox;
    case 'Safari':
      return words.steps.safari;
    default:
      return words.steps.other;
  }
}

function browserFinding(d: ClientDiagnostics, words: AdviceWords): Finding | null {
  const { name, version } = d.browser;
  if (name === 'Internet Explorer') return { id: 'unsupported-browser', text: words.unsupportedBrowser };
  const minimum = MIN_VERSIONS[name];
  const major = Number.parseInt(version, 10);
  if (minimum === undefined || !Number.isFinite(major) || major >= minimum) return null;
  return { id: 'old-browser', text: fill(words.oldBrowser, { browser: name, version: String(major) }) };
}

function permissionFindings(d: ClientDiagnostics, words: AdviceWords): Finding[] {
  const blocked = (['camera', 'microphone'] as const).filter((device) => d.permissions[device] === 'denied');
  if (blocked.length === 0) return [];
  const template = blocked.length === 2 ? words.cameraAndMicrophoneBlocked : blocked[0] === 'camera' ? words.cameraBlocked : words.microphoneBlocked;
  const id: FindingId = blocked[0] === 'camera' ? 'camera-blocked' : 'microphone-blocked';
  return [{ id, text: fill(template, { steps: permissionSteps(d, words) }) }];
}

function mediaTestFinding(d: ClientDiagnostics, words: AdviceWords): Finding | null {
  const test = d.mediaTest;
  if (!test || (test.camera !== 'failed' && test.microphone !== 'failed')) return null;
  const error = test.error ?? '';
  let cause = words.causeDefault;
  if (/NotAllowed|Permission/i.test(error)) cause = permissionSteps(d, words);
  else if (/NotFound|DevicesNotFound/i.test(error)) cause = words.causeNotFound;
  else if (/NotReadable|TrackStart/i.test(error)) cause = words.causeBusy;
  const both = test.camera === 'failed' && test.microphone === 'failed';
  const failed = both ? words.failedBoth : test.camera === 'failed' ? words.failedCamera : words.failedMicrophone;
  return { id: 'media-test-failed', text: fill(words.mediaTestFailed, { failed, cause }) };
}

function networkFinding(d: ClientDiagnostics, words: AdviceWords): Finding | null {
  const { rttMs, effectiveType } = d.network;
  const slow = (rttMs !== undefined && rttMs > SLOW_RTT_MS) || (effectiveType !== undefined && SLOW_TYPES.has(effectiveType));
  return slow ? { id: 'slow-network', text: words.slowNetwork } : null;
}

/** Problems found, most blocking first, worded in the candidate's language; empty when the browser looks ready. */
export function adviseOnDiagnostics(d: ClientDiagnostics, words: AdviceWords = ADVICE_EN): Finding[] {
  if (!d.online) return [{ id: 'offline', text: words.offline }];
  const findings: (Finding | null)[] = [browserFinding(d, words), ...permissionFindings(d, words), mediaTestFinding(d, words)];
  if (!d.cookiesEnabled || !d.storageAvailable) findings.push({ id: 'storage-blocked', text: words.storageBlocked });
  findings.push(networkFinding(d, words));
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
