// Which requests for a candidate's link are machines, not the candidate. Email
// security scanners (Safe Links, Mimecast, Proofpoint, …) and chat apps' link
// previews fetch a link before its person does; counted as opens, they would spend a
// single-use link. A request that says it is automated is never counted and never
// redirected. Scanners that pass for a browser in every header are not caught here
// (README, Security).

export interface RequestTraits {
  method: string;
  userAgent?: string;
  /** `Sec-Purpose`, `Purpose`, `X-Purpose`, `X-Moz`: how browsers announce prefetches and previews. */
  purpose?: string;
}

export type AutomatedReason = 'head' | 'prefetch' | 'agent';

// Each alternative names a product that fetches links on someone's behalf, matched
// case-insensitively anywhere in the User-Agent. Ordinary browsers, curl and HTTP
// libraries are absent on purpose: a plain GET from them is the candidate. So are the
// in-app browsers of chat apps (LINE, Snapchat, Instagram): a person is reading there.
const AUTOMATED_AGENTS = new RegExp(
  [
    // Link previews of chat and social apps.
    'slackbot',
    'slack-imgproxy',
    'facebookexternalhit',
    'facebot',
    'twitterbot',
    'linkedinbot',
    'whatsapp',
    'telegrambot',
    'discordbot',
    'skypeuripreview',
    'microsoftpreview',
    'googlebot',
    'google-pagerenderer',
    'google-safety',
    'bingbot',
    'bingpreview',
    'applebot',
    'redditbot',
    'embedly',
    'iframely',
    'vkshare',
    'mattermost',
    'rocket\\.chat',
    // Mail security scanners and URL reputation services.
    'mimecast',
    'proofpoint',
    'barracuda',
    'safelinks',
    'safe links',
    'ms-office',
    'microsoft office',
    'symantec',
    'forcepoint',
    'trendmicro',
    'trend micro',
    'sophos',
    'fortiguard',
    'ironport',
    'checkpoint',
    'zscaler',
    'paloalto',
    'virustotal',
    'urlscan',
    'scanner',
    'preview',
    'crawler',
    'spider',
    '\\bbot\\b',
    'bot/',
    '-bot',
  ].join('|'),
  'i',
);

const PREFETCH = /\b(prefetch|prerender|preview)\b/i;

/** Why a request is a machine's, or undefined when it is (as far as it says) a person's. */
export function automatedRequest(traits: RequestTraits): AutomatedReason | undefined {
  if (traits.method === 'HEAD') return 'head';
  if (traits.purpose && PREFETCH.test(traits.purpose)) return 'prefetch';
  if (traits.userAgent && AUTOMATED_AGENTS.test(traits.userAgent)) return 'agent';
  return undefined;
}
