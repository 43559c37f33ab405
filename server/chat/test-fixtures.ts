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
