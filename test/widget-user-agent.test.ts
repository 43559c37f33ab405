import { parseBrowser, parseOs } from '../widget/user-agent';

const UA = {
  chromeWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  edgeWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87',
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  safariIphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  chromeIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  samsungAndroid: 'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  operaWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 OPR/111.0.0.0',
  chromebook: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
};

describe('parseBrowser', () => {
  it.each([
    ['chromeWindows', 'Chrome', '126.0'],
    ['edgeWindows', 'Edge', '126.0'],
    ['firefoxLinux', 'Firefox', '127.0'],
    ['safariMac', 'Safari', '17.5'],
    ['safariIphone', 'Safari', '17.5'],
    ['chromeIphone', 'Chrome', '126.0'],
    ['samsungAndroid', 'Samsung Internet', '25.0'],
    ['operaWindows', 'Opera', '111.0'],
    ['ie11', 'Internet Explorer', '11.0'],
  ] as const)('names %s as %s %s', (key, name, version) => {
    expect(parseBrowser(UA[key])).toEqual({ name, version });
  });

  it('prefers client hints, skipping GREASE and engine brands', () => {
    const brands = [
      { brand: 'Not/A)Brand', version: '8' },
      { brand: 'Chromium', version: '126' },
      { brand: 'Microsoft Edge', version: '126' },
    ];
    expect(parseBrowser(UA.chromeWindows, brands)).toEqual({ name: 'Edge', version: '126' });
  });

  it('falls back to the user agent when client hints only name the engine', () => {
    const brands = [
      { brand: 'Not A(Brand', version: '99' },
      { brand: 'Chromium', version: '126' },
    ];
    expect(parseBrowser(UA.chromeWindows, brands)).toEqual({ name: 'Chrome', version: '126.0' });
    expect(parseBrowser('SomeBot/1.0', brands)).toEqual({ name: 'Chromium', version: '126' });
  });

  it('admits it does not know', () => {
    expect(parseBrowser('curl/8.0')).toEqual({ name: 'Unknown browser', version: '' });
  });
});

describe('parseOs', () => {
  it.each([
    ['chromeWindows', 'Windows'],
    ['firefoxLinux', 'Linux'],
    ['safariMac', 'macOS'],
    ['safariIphone', 'iOS'],
    ['samsungAndroid', 'Android'],
    ['chromebook', 'ChromeOS'],
  ] as const)('reads %s as %s', (key, os) => {
    expect(parseOs(UA[key])).toBe(os);
  });

  it('unmasks an iPad that asks for the desktop site', () => {
    expect(parseOs(UA.safariMac, undefined, 5)).toBe('iPadOS');
    expect(parseOs(UA.safariMac, undefined, 0)).toBe('macOS');
  });

  it('prefers the client-hint platform when known', () => {
    expect(parseOs(UA.firefoxLinux, 'Chrome OS')).toBe('ChromeOS');
    expect(parseOs(UA.chromeWindows, 'Windows')).toBe('Windows');
    expect(parseOs(UA.chromeWindows, 'Unknown')).toBe('Windows');
    expect(parseOs('curl/8.0')).toBe('Unknown OS');
  });
});
