// The candidate's browser self-check: what could stop an assessment or interview
// page from working, gathered without prompting for anything. The camera and
// microphone test prompts, so it only runs when the candidate asks for it.
import type { ClientDiagnostics, MediaTestResult, PermissionStateName } from '../server/chat/chat-events';
import { clip } from './dom';
import { parseBrowser, parseOs, type BrandVersion } from './user-agent';

export type MediaTest = NonNullable<ClientDiagnostics['mediaTest']>;

// Not in TypeScript's DOM lib yet (Chromium-only APIs).
interface NavigatorExtras {
  userAgentData?: { brands?: BrandVersion[]; platform?: string };
  connection?: { effectiveType?: string; downlink?: number };
}

const RTT_TIMEOUT_MS = 5000;

async function permission(name: 'camera' | 'microphone'): Promise<PermissionStateName> {
  try {
    // Firefox and older Safari throw a TypeError for these names.
    const status = await navigator.permissions.query({ name });
    return status.state;
  } catch {
    return 'unsupported';
  }
}

function storageAvailable(): boolean {
  try {
    const key = '__linkdoctor_check__';
    window.localStorage.setItem(key, key);
    window.localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Best of two timed requests: the first one also pays for DNS, TCP and TLS. */
export async function measureRtt(origin: string): Promise<number | undefined> {
  let best: number | undefined;
  for (let i = 0; i < 2; i++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), RTT_TIMEOUT_MS);
    const start = performance.now();
    try {
      // /healthz allows every origin (CORS and CORP): a widget on another site gets a real answer.
      // Any answer, even a 503 while the store recovers, means the server is reachable.
      await fetch(`${origin}/healthz`, { mode: 'cors', cache: 'no-store', credentials: 'omit', signal: controller.signal });
      const ms = Math.round(performance.now() - start);
      best = best === undefined ? ms : Math.min(best, ms);
    } catch {
      return best;
    } finally {
      clearTimeout(timer);
    }
  }
  return best;
}

function timeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'unknown';
  } catch {
    return 'unknown';
  }
}

export async function runSelfCheck(origin: string, mediaTest?: MediaTest): Promise<ClientDiagnostics> {
  const nav = navigator as Navigator & NavigatorExtras;
  const ua = nav.userAgent;
  const browser = parseBrowser(ua, nav.userAgentData?.brands);
  const [camera, microphone, rttMs] = await Promise.all([permission('camera'), permission('microphone'), measureRtt(origin)]);
  const connection = nav.connection;
  return {
    browser: { name: clip(browser.name, 64), version: clip(browser.version, 32) },
    os: clip(parseOs(ua, nav.userAgentData?.platform, nav.maxTouchPoints), 64),
    cookiesEnabled: nav.cookieEnabled,
    storageAvailable: storageAvailable(),
    online: nav.onLine,
    permissions: { camera, microphone },
    ...(mediaTest ? { mediaTest } : {}),
    network: {
      rttMs,
      effectiveType: connection?.effectiveType ? clip(connection.effectiveType, 16) : undefined,
      downlinkMbps: typeof connection?.downlink === 'number' ? connection.downlink : undefined,
    },
    timeZone: clip(timeZone(), 64),
    screen: { width: Math.round(screen.width), height: Math.round(screen.height) },
    userAgent: clip(ua, 512),
  };
}

type Grab = { kinds: Set<string> } | { error: string };

async function grab(devices: MediaDevices, constraints: MediaStreamConstraints): Promise<Grab> {
  try {
    const stream = await devices.getUserMedia(constraints);
    const tracks = stream.getTracks();
    const kinds = new Set(tracks.filter((t) => t.readyState === 'live').map((t) => t.kind));
    // Leaving a track running keeps the camera light on and the device busy.
    for (const track of tracks) track.stop();
    return { kinds };
  } catch (err) {
    const e = err as { name?: string; message?: string };
    return { error: clip(`${e.name ?? 'Error'}: ${e.message ?? ''}`.trim(), 200) };
  }
}

const result = (g: Grab, kind: string): MediaTestResult => ('kinds' in g && g.kinds.has(kind) ? 'ok' : 'failed');

// Errors that concern one device only (missing, busy): then test each on its own.
const DEVICE_ERRORS = /^(NotFoundError|NotReadableError|OverconstrainedError|TrackStartError|DevicesNotFoundError)/;

export async function testMedia(devices: MediaDevices | undefined = navigator.mediaDevices): Promise<MediaTest> {
  if (!devices?.getUserMedia) {
    return { camera: 'failed', microphone: 'failed', error: 'This page cannot use the camera (no getUserMedia).' };
  }
  const both = await grab(devices, { video: true, audio: true });
  if ('kinds' in both) return { camera: result(both, 'video'), microphone: result(both, 'audio') };
  if (!DEVICE_ERRORS.test(both.error)) return { camera: 'failed', microphone: 'failed', error: both.error };
  const video = await grab(devices, { video: true });
  const audio = await grab(devices, { audio: true });
  const error = 'error' in video ? video.error : 'error' in audio ? audio.error : undefined;
  return { camera: result(video, 'video'), microphone: result(audio, 'audio'), ...(error ? { error } : {}) };
}
