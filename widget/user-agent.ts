// Browser and OS names from the user agent, for the self-check. Pure, so it is
// unit-tested on real user-agent strings.

export interface BrandVersion {
  brand: string;
  version: string;
}

export interface BrowserName {
  name: string;
  version: string;
}

// Order matters: Edge, Opera and Samsung Internet also say "Chrome", Chrome says "Safari".
const BROWSERS: [name: string, pattern: RegExp][] = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+(?:\.\d+)?)/],
  ['Opera', /\b(?:OPR|Opera)\/(\d+(?:\.\d+)?)/],
  ['Samsung Internet', /\bSamsungBrowser\/(\d+(?:\.\d+)?)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+(?:\.\d+)?)/],
  ['Chrome', /\b(?:Chrome|CriOS)\/(\d+(?:\.\d+)?)/],
  ['Safari', /\bVersion\/(\d+(?:\.\d+)?).*\bSafari\//],
  ['Internet Explorer', /\b(?:MSIE |Trident\/.*rv:)(\d+(?:\.\d+)?)/],
];

// Client hints name the real browser once the GREASE and engine brands are dropped.
const GENERIC_BRANDS = /not.?a.?brand|^chromium$/i;
const BRAND_NAMES: Record<string, string> = {
  'Google Chrome': 'Chrome',
  'Microsoft Edge': 'Edge',
};

export function parseBrowser(userAgent: string, brands: readonly BrandVersion[] = []): BrowserName {
  const specific = brands.find((b) => !GENERIC_BRANDS.test(b.brand));
  if (specific) return { name: BRAND_NAMES[specific.brand] ?? specific.brand, version: specific.version };
  for (const [name, pattern] of BROWSERS) {
    const match = pattern.exec(userAgent);
    if (match) return { name, version: match[1] };
  }
  const chromium = brands.find((b) => /^chromium$/i.test(b.brand));
  if (chromium) return { name: 'Chromium', version: chromium.version };
  return { name: 'Unknown browser', version: '' };
}

const SYSTEMS: [name: string, pattern: RegExp][] = [
  ['iPadOS', /\biPad\b/],
  ['iOS', /\b(?:iPhone|iPod)\b/],
  ['Android', /\bAndroid\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['Windows', /\bWindows\b/],
  ['macOS', /\bMac OS X\b|\bMacintosh\b/],
  ['Linux', /\bLinux\b/],
];

const PLATFORM_NAMES: Record<string, string> = { 'Chrome OS': 'ChromeOS', 'Chromium OS': 'ChromeOS' };

/**
 * `platform` is navigator.userAgentData.platform when the browser has it. iPads ask
 * for desktop sites by default and then claim to be Macs; touch support gives them away.
 */
export function parseOs(userAgent: string, platform?: string, maxTouchPoints = 0): string {
  if (platform && platform !== 'Unknown') return PLATFORM_NAMES[platform] ?? platform;
  const found = SYSTEMS.find(([, pattern]) => pattern.test(userAgent));
  if (!found) return 'Unknown OS';
  return found[0] === 'macOS' && maxTouchPoints > 1 ? 'iPadOS' : found[0];
}
