import type { ClientDiagnostics } from './chat-events';

/** A browser check with nothing wrong: up-to-date Chrome, devices allowed, online. Tests spread their one difference over it. */
export const READY_BROWSER: ClientDiagnostics = {
  browser: { name: 'Chrome', version: '131' },
  os: 'Windows',
  cookiesEnabled: true,
  storageAvailable: true,
  online: true,
  permissions: { camera: 'granted', microphone: 'granted' },
  network: {},
  timeZone: 'UTC',
  screen: { width: 1, height: 1 },
  userAgent: 'x',
};

/** What the self-check reports from a real desktop Chrome whose camera is blocked, as stored and shown to staff. */
export const CHROME: ClientDiagnostics = {
  ...READY_BROWSER,
  browser: { name: 'Chrome', version: '131.0.6778.86' },
  permissions: { camera: 'denied', microphone: 'granted' },
  network: { rttMs: 40, effectiveType: '4g' },
  timeZone: 'Europe/Berlin',
  screen: { width: 1920, height: 1080 },
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0 Safari/537.36',
};
