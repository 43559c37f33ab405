import { automatedRequest } from './automated-request';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

describe('automatedRequest', () => {
  it.each([
    ['HEAD', CHROME, undefined, 'head'],
    ['GET', CHROME, 'prefetch', 'prefetch'],
    ['GET', CHROME, 'prefetch;prerender', 'prefetch'],
    ['GET', CHROME, 'preview', 'prefetch'],
    ['GET', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', undefined, 'agent'],
    ['GET', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', undefined, 'agent'],
    ['GET', 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)', undefined, 'agent'],
    ['GET', 'WhatsApp/2.23.20.0 A', undefined, 'agent'],
    ['GET', 'TelegramBot (like TwitterBot)', undefined, 'agent'],
    ['GET', 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)', undefined, 'agent'],
    ['GET', 'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5', undefined, 'agent'],
    ['GET', 'Microsoft Office Existence Discovery', undefined, 'agent'],
    ['GET', 'Mimecast URL Protect', undefined, 'agent'],
    ['GET', 'Proofpoint URL Defense', undefined, 'agent'],
    ['GET', 'Barracuda Sentinel (EE)', undefined, 'agent'],
    ['GET', 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', undefined, 'agent'],
    ['GET', 'Googlebot/2.1 (+http://www.google.com/bot.html)', undefined, 'agent'],
  ])('%s with %s (purpose %s) is automated: %s', (method, userAgent, purpose, reason) => {
    expect(automatedRequest({ method, userAgent, purpose })).toBe(reason);
  });

  it.each([
    CHROME,
    IPHONE,
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
    'curl/8.5.0',
    'node',
    'python-requests/2.32.3',
    'Mozilla/5.0 (Linux; Android 14; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Line/13.20.0',
  ])('a plain GET from %s is a person', (userAgent) => {
    expect(automatedRequest({ method: 'GET', userAgent })).toBeUndefined();
  });

  it('a GET without any User-Agent is a person', () => {
    expect(automatedRequest({ method: 'GET' })).toBeUndefined();
  });
});
