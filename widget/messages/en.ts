// Every sentence the candidate sees in the widget and on the gateway page, keyed by
// feature. Another language is another file with the same keys (see ./catalogue.ts):
// these, ./en-later.ts's (the same catalogue, shipped with the parts that use them),
// and the gateway's below. The escalation form and the self-check have their own
// parts (./en-escalation.ts, ./en-self-check.ts).
// `{name}` marks a value filled in at run time.
import type { enLater } from './en-later';

export const en = {
  'widget.title': 'Help with your link',
  'widget.launcher.unread': ', {count} unread',
  'widget.close': 'Close chat',
  'widget.log': 'Conversation',
  'widget.input.label': 'Your message',
  'widget.input.placeholder': 'Type your question',
  'widget.input.placeholderNoLink': 'Paste your link or ask a question',
  'widget.send': 'Send',
  'widget.contact': 'Contact the recruiter',
  'widget.quickReplies': 'Suggested replies',
  'widget.typing': 'Assistant is typing…',
  'widget.hint.checking': 'Checking your link…',
  'widget.hint.askForLink': 'Paste the link from your invitation email, or tell us what went wrong.',
  'widget.gateway.intro': 'The answer to “{title}” is on this page. Ask me a follow-up question, pick one below, or use “Contact the recruiter”.',
  'widget.role.bot': 'Assistant',
  'widget.role.candidate': 'You',
  'widget.role.recruiter': 'Recruiter',
  'widget.role.agent': 'Support',
  'widget.role.system': 'Notice',
  'widget.message.sending': 'Sending…',
  'widget.message.queued': 'Waiting for the connection…',
  'widget.message.retry': 'Retry',
  'widget.message.notSent': 'Not sent.',
  'widget.message.notSentBecause': 'Not sent: {reason}',
  'widget.message.showAllSteps': 'Show all steps',
  'widget.message.showFewerSteps': 'Show fewer steps',
  'widget.message.deadline': 'Deadline in your time: {date}',
  'widget.message.newestDeadline': "Newest link's deadline in your time: {date}",
  'widget.banner.reconnecting': 'Reconnecting… Messages you type now are sent when the chat is back.',
  'widget.banner.offline': 'You are offline. Messages you type now are sent when you are back online.',
  'widget.banner.degraded': 'Service degraded: answers may be slow or incomplete.',
  'widget.banner.failed': 'Could not connect to the chat.',
  'widget.banner.tryAgain': 'Try again',
  'widget.error.timeout': 'The server did not answer in time.',
  'widget.error.closedByServer': 'The chat was closed by the server.',
  'widget.email.button': 'Email me this conversation',
  'widget.email.sent': 'We sent this conversation to the email address of your invitation.',
  'widget.email.failed': 'The conversation was not sent: {reason}',
  'widget.ticket.request': 'Your request',
  'widget.ticket.requestRef': 'Your request {reference}',
  'widget.ticket.status': '{request} is {status}.',
  'widget.ticket.open': 'received',
  'widget.ticket.in_progress': 'being handled',
  'widget.ticket.resolved': 'resolved',
  'widget.title.unread': '({count}) {title}',
  'widget.language': 'Language',
  'widget.language.failed': 'The assistant could not switch language: {reason}',
} as const;

/**
 * Keys added after the translations were commissioned: optional in other catalogues
 * until translated (the English sentence shows meanwhile), so that a new key never
 * breaks a language's build. Move a key out of this list once every catalogue has it.
 */
export const ADDED_KEYS = [] as const;
export type AddedKey = (typeof ADDED_KEYS)[number];

// The gateway page's sentences (rendered by the server): a second object of the same
// file, so that the widget's bundle leaves it out.
export const enGateway = {
  'gateway.title': '{title} · Link help',
  'gateway.brand': 'Link help',
  'gateway.skip': 'Skip to the answer',
  'gateway.changed.title': 'Your link has changed',
  'gateway.noscript': 'The chat assistant needs JavaScript, but everything you need is on this page.',
  'gateway.section.link': 'About this link',
  'gateway.section.found': 'What we found',
  'gateway.section.steps': 'What to do next',
  'gateway.section.related': 'Related questions',
  'gateway.fact.position': 'Position',
  'gateway.fact.type': 'Type',
  'gateway.fact.status': 'Status',
  'gateway.fact.deadline': 'Deadline',
  'gateway.kind.assessment': 'Assessment',
  'gateway.kind.ai_interview': 'AI interview',
  'gateway.kind.video_interview': 'Video interview',
  'gateway.status.link-not-found': 'Not found',
  'gateway.status.completed-unexpectedly': 'Closed by the platform',
  'gateway.status.already-completed': 'Completed',
  'gateway.status.job-closed': 'Job no longer open',
  'gateway.status.link-superseded': 'Replaced by a newer link',
  'gateway.status.link-revoked': 'Disabled by the company',
  'gateway.status.access-limit-exceeded': 'Locked after too many opens',
  'gateway.status.link-expired': 'Expired',
  'gateway.status.in-progress-resume': 'In progress',
  'gateway.status.link-valid': 'Ready to use',
} as const;

export type MessageKey = keyof typeof en | keyof typeof enLater;
export type Catalogue = Record<Exclude<MessageKey, AddedKey>, string> & Partial<Record<AddedKey, string>>;
export type GatewayMessageKey = keyof typeof enGateway;
export type GatewayCatalogue = Record<GatewayMessageKey, string>;
