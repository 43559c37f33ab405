import type { ClientDiagnostics } from '../../server/chat/chat-events';

/** What the widget's self-check reports from a desktop Chrome whose camera is blocked. */
export const CHROME: ClientDiagnostics = {
  browser: { name: 'Chrome', version: '131.0.6778.86' },
  os: 'Windows',
  cookiesEnabled: true,
  storageAvailable: true,
  online: true,
  permissions: { camera: 'denied', microphone: 'granted' },
  network: { rttMs: 40, effectiveType: '4g' },
  timeZone: 'Europe/Berlin',
  screen: { width: 1920, height: 1080 },
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0 Safari/537.36',
};
