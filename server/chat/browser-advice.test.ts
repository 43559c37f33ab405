import { adviseOnDiagnostics, findingsFor, permissionSteps } from './browser-advice';
import type { ClientDiagnostics } from './chat-events';

const ready: ClientDiagnostics = {
  browser: { name: 'Chrome', version: '131.0' },
  os: 'macOS',
  cookiesEnabled: true,
  storageAvailable: true,
  online: true,
  permissions: { camera: 'granted', microphone: 'granted' },
  network: { rttMs: 60, effectiveType: '4g' },
  timeZone: 'Europe/London',
  screen: { width: 1440, height: 900 },
  userAgent: 'test',
};

const found = (d: Partial<ClientDiagnostics>) => adviseOnDiagnostics({ ...ready, ...d }).map((f) => f.id);

describe('adviseOnDiagnostics', () => {
  it('finds nothing in a ready browser', () => {
    expect(adviseOnDiagnostics(ready)).toEqual([]);
  });

  it('puts offline first and alone: nothing else can be judged then', () => {
    expect(found({ online: false, storageAvailable: false, permissions: { camera: 'denied', microphone: 'denied' } })).toEqual(['offline']);
  });

  it('flags old and unsupported browsers by version, and leaves unknown browsers alone', () => {
    expect(found({ browser: { name: 'Safari', version: '14.1' } })).toEqual(['old-browser']);
    expect(found({ browser: { name: 'Safari', version: '17.0' } })).toEqual([]);
    expect(found({ browser: { name: 'Internet Explorer', version: '11.0' } })).toEqual(['unsupported-browser']);
    expect(found({ browser: { name: 'Unknown browser', version: '' } })).toEqual([]);
  });

  it('names blocked devices and gives the steps for the browser in use', () => {
    const [both] = adviseOnDiagnostics({ ...ready, permissions: { camera: 'denied', microphone: 'denied' } });
    expect(both.text).toMatch(/camera and microphone are blocked/);
    expect(both.text).toContain('In Chrome');
    const [mic] = adviseOnDiagnostics({ ...ready, browser: { name: 'Firefox', version: '128' }, permissions: { camera: 'prompt', microphone: 'denied' } });
    expect(mic.id).toBe('microphone-blocked');
    expect(mic.text).toContain('In Firefox');
  });

  it('explains a failed media test by its error', () => {
    const busy = adviseOnDiagnostics({ ...ready, mediaTest: { camera: 'failed', microphone: 'ok', error: 'NotReadableError: Could not start video source' } });
    expect(busy[0].text).toMatch(/camera test failed.*Another program/);
    const none = adviseOnDiagnostics({ ...ready, mediaTest: { camera: 'failed', microphone: 'failed', error: 'NotFoundError: Requested device not found' } });
    expect(none[0].text).toMatch(/camera and microphone test failed.*No device/);
  });

  it('flags blocked storage and slow networks', () => {
    expect(found({ cookiesEnabled: false })).toEqual(['storage-blocked']);
    expect(found({ network: { rttMs: 1500 } })).toEqual(['slow-network']);
    expect(found({ network: { effectiveType: '2g' } })).toEqual(['slow-network']);
  });
});

describe('permissionSteps', () => {
  it('knows the settings path of each common browser and of iOS', () => {
    expect(permissionSteps({ browser: { name: 'Edge', version: '120' }, os: 'Windows' })).toMatch(/^In Edge/);
    expect(permissionSteps({ browser: { name: 'Chrome', version: '120' }, os: 'Android' })).toMatch(/Chrome on Android/);
    expect(permissionSteps({ browser: { name: 'Chrome', version: '120' }, os: 'iOS' })).toMatch(/iPhone or iPad/);
    expect(permissionSteps({ browser: { name: 'Brave', version: '1' }, os: 'Linux' })).toMatch(/site settings/);
  });
});

describe('findingsFor', () => {
  const findings = adviseOnDiagnostics({ ...ready, permissions: { camera: 'denied', microphone: 'granted' }, network: { rttMs: 2000 } });

  it('keeps what matters to the answer', () => {
    expect(findingsFor('camera-mic-permission', findings).map((f) => f.id)).toEqual(['camera-blocked']);
    expect(findingsFor('lost-connection', findings).map((f) => f.id)).toEqual(['slow-network']);
    expect(findingsFor('link-valid', findings)).toEqual(findings);
    expect(findingsFor('link-expired', findings)).toEqual([]);
  });
});
