// The browser self-check's summary lines. They load with the self-check (its own
// chunk). A language adds them as one more export of its catalogue file:
// `export const esSelfCheck: SelfCheckCatalogue = { … }`. One key per device and
// state, so that languages with grammatical gender can agree with "camera" or "microphone".
export const enSelfCheck = {
  'widget.selfCheck.title': 'Your setup:',
  'widget.selfCheck.browser': 'Browser: {browser}',
  'widget.selfCheck.browserOn': '{browser} on {os}',
  'widget.selfCheck.storageOk': 'Cookies and storage: enabled',
  'widget.selfCheck.storageBlocked': 'Cookies or site storage are blocked. Allow them for the interview site, or leave private browsing.',
  'widget.selfCheck.viaChat': 'Connection: our server answers (through this chat)',
  'widget.selfCheck.offline': 'You seem to be offline. Check your connection.',
  'widget.selfCheck.unreachable': 'Could not reach our server. Check your connection or try another network.',
  'widget.selfCheck.slow': 'Slow connection: {ms} ms to our server{kind}. Move closer to the router or switch networks.',
  'widget.selfCheck.connection': 'Connection: {ms} ms to our server{kind}',
  'widget.selfCheck.camera.granted': 'Camera: allowed for this site',
  'widget.selfCheck.camera.denied': 'Camera: blocked. Allow it in the site settings (the icon left of the address bar), then reload.',
  'widget.selfCheck.camera.prompt': 'Camera: not asked yet. Choose Allow when the page asks.',
  'widget.selfCheck.camera.unsupported': 'Camera: this browser does not say; use the test below.',
  'widget.selfCheck.microphone.granted': 'Microphone: allowed for this site',
  'widget.selfCheck.microphone.denied': 'Microphone: blocked. Allow it in the site settings (the icon left of the address bar), then reload.',
  'widget.selfCheck.microphone.prompt': 'Microphone: not asked yet. Choose Allow when the page asks.',
  'widget.selfCheck.microphone.unsupported': 'Microphone: this browser does not say; use the test below.',
  'widget.selfCheck.cameraTest.ok': 'Camera test: working',
  'widget.selfCheck.cameraTest.skipped': 'Camera test: skipped',
  'widget.selfCheck.cameraTest.failed': 'Camera test: failed. Close other apps that may use it (video calls), check the permission, retry.',
  'widget.selfCheck.microphoneTest.ok': 'Microphone test: working',
  'widget.selfCheck.microphoneTest.skipped': 'Microphone test: skipped',
  'widget.selfCheck.microphoneTest.failed': 'Microphone test: failed. Close other apps that may use it (video calls), check the permission, retry.',
  'widget.selfCheck.browserSaid': 'Browser said: {error}',
  'widget.selfCheck.zoneAndScreen': 'Time zone: {zone}; screen {width}×{height}',
} as const;

export type SelfCheckKey = keyof typeof enSelfCheck;
export type SelfCheckCatalogue = Record<SelfCheckKey, string>;
