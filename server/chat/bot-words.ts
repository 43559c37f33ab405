import type { ScenarioId, StateScenarioId } from '../diagnosis/scenario-ids';

// Every sentence the bot composes itself (articles live in knowledge/), keyed by
// feature: code holds keys, this file holds English. Templates use the knowledge
// base's placeholders ({{deadlineLocal}}, {{recruiterName|the recruiter}}), filled
// with the link's real facts in the reader's time zone. Another language is
// another file of the same shape.

export const BOT_WORDS = {
  'bot.greeting':
    'Hi! I can check what is going on with your assessment or interview link.\n' +
    'Paste the link from your invitation here, or tell me in a few words what happens when you open it.',
  'bot.gateway.opening': 'The page shows what happened to your link: {{stateTitle}}. Ask me anything about it, or pick a question below.',
  'bot.smallTalk': "I'm here to help with your link. What happens when you open it? The exact message on the screen helps.",
  'bot.unsure': 'I want to get this right. Is it one of these?',
  'bot.unsure.none': 'I did not quite understand. Could you say it in other words? The exact message on the screen helps.',
  'bot.rephrase': 'Could you tell me in other words what happens? The exact message on the screen helps, or I can put you in touch with a person.',
  'bot.askForLink': 'Paste the link from your invitation and I can check its actual state.',
  'bot.didThisHelp': 'Did this help?',
  'bot.shownAbove': 'I explained this above: {{articleTitle}}. In short: {{articleSummary}}',
  'bot.alsoMentioned': 'You also mentioned something else; pick it below when you are ready.',
  'bot.nextBest': 'Sorry that was not it. Maybe this fits better:',
  'bot.offerPerson': 'Sorry I could not solve it. The recruiter can look at your case: I can pass your problem on with the details.',
  'bot.solved': 'Glad that sorted it out. Good luck!',
  'bot.handedOver.intro': 'Your message went to {{recruiterName|the recruiter}}. They see this conversation and answer here and by email.',
  'bot.extend.offer': 'This employer lets me extend your link by {{hours}} hours, once you confirm.',
  'bot.extend.confirm': 'Extend your link by {{hours}} hours? It will then work until {{newDeadline}}.',
  'bot.extend.done': 'Done: your deadline is now {{deadlineLocal}}. Open your {{kindLabel|invitation}} when you are ready.',
  'bot.extend.limit': 'I cannot extend this link again myself; {{recruiterName|the recruiter}} decides. I can pass your request on to them with the details.',
  'bot.extend.unavailable': 'I cannot extend this link: {{reason}}',
  'bot.extend.cancelled': 'All right, nothing was changed.',
  'bot.resend.done': 'I sent your link to {{candidateEmail|the address your invitation went to}}. Check your inbox and spam folder.',
  'bot.resend.limit': 'I already sent your link a few times in the last hour. Please check your inbox and spam folder for it.',
  'bot.resend.unavailable': 'I cannot send this link again: it does not work any more.',
  'bot.fromBrowserCheck': 'From your browser check:',
  'bot.escalationIntro': 'Here is how to reach a person about this.',
  'bot.escalationPending': 'I cannot pass it on from the chat just yet. The recruiter is the fastest way to a person:',
  'bot.browserFine': 'Your browser check found nothing wrong: the browser, its settings and the connection look fine.',
  'bot.allowWhenAsked': 'When the page asks to use your camera and microphone, choose Allow.',
  'bot.browserProblems': 'Your browser check found something to fix:',
  'bot.linkUpdate': 'Update:',
} as const;

export type BotWordKey = keyof typeof BOT_WORDS;

/** What the question was about, tied to a blocked link's state: the first half of the answer. */
export const TOPIC_LEADS: Partial<Record<ScenarioId, string>> = {
  'camera-mic-permission': "Your camera and microphone aren't what's stopping you",
  'page-wont-load': "The page isn't failing because of your browser",
  'stuck-loading': "The loading screen isn't a problem on your side",
  'lost-connection': "Your connection isn't what's blocking you now",
  'start-new-by-mistake': "Starting again isn't what's blocking you now",
  'submitted-need-change': 'Answers cannot be changed on this link',
  'thinking-time-ran-out': "The timer isn't what's stopping you",
  'retake-response': 'Retakes are not possible on this link',
  'reminder-after-close': 'Reminders can still go out after a link stops working',
  'mobile-device': "Your device isn't what's stopping you",
  'no-response-after-completion': 'Here is where your application stands',
  'link-sharing': 'This link is yours alone',
};

/** More time is the remedy itself, so its lead depends on what the policy allows. */
export const EXTENSION_LEADS = {
  strict: "More time isn't something this employer gives",
  flexible: 'Only the recruiter can give you more time',
} as const;

/** The link's state in one clause, for answers that tie a question to it. */
export const STATE_CLAUSES: Record<StateScenarioId, string> = {
  'link-not-found': 'this link is not one we recognise: it may be cut off or mistyped',
  'completed-unexpectedly': 'the platform closed your session on {{completedAt|its own}} without a submit from you',
  'already-completed': 'this link was already completed on {{completedAt|an earlier day}}, and it works only once',
  'job-closed': 'the {{jobTitle|position}} is no longer hiring, so all its links stopped working',
  'link-superseded': 'a newer invitation replaced this link, sent to {{newerLinkEmail|your email}} on {{newerLinkSentAt|a later day}}',
  'link-revoked': 'the company turned this link off',
  'access-limit-exceeded': 'this link was opened more than {{accessLimit|its allowed}} times and locked itself for security',
  'link-expired': 'this link expired on {{deadlineLocal}}',
  'in-progress-resume': 'your {{kindLabel|invitation}} is started and still open until {{deadlineLocal}}',
  'link-valid': 'your link works and is open until {{deadlineLocal}}',
};

/** The one next action for a blocked state, by policy where it differs. */
export const NEXT_ACTIONS: Record<StateScenarioId, { strict: string; flexible: string }> = {
  'link-not-found': {
    strict: 'Copy the whole link from your email (nothing missing at the end) and paste it here, or ask {{recruiterName|the recruiter}} for a new one.',
    flexible: 'Copy the whole link from your email (nothing missing at the end) and paste it here, or ask {{recruiterName|the recruiter}} for a new one.',
  },
  'completed-unexpectedly': {
    strict: 'Tell {{recruiterName|the recruiter}} what happened and when; I can pass it on for you with the details.',
    flexible: 'Tell {{recruiterName|the recruiter}} what happened and when; they can reset it. I can pass it on for you.',
  },
  'already-completed': {
    strict: 'Your answers are with {{recruiterName|the recruiter}}, who reviews them and gets back to you.',
    flexible: 'Only {{recruiterName|the recruiter}} can reset it if a correction is needed; otherwise they review your answers.',
  },
  'job-closed': {
    strict: 'Nothing can bring this link back; look for the company’s other openings.',
    flexible: 'Nothing can bring this link back; look for the company’s other openings.',
  },
  'link-superseded': {
    strict: 'Use the newest link, from the email of {{newerLinkSentAt|the latest invitation}}.',
    flexible: 'Use the newest link, from the email of {{newerLinkSentAt|the latest invitation}}.',
  },
  'link-revoked': {
    strict: 'Only {{recruiterName|the recruiter}} can help: write to them at {{recruiterEmail|the address in your invitation}}.',
    flexible: 'Only {{recruiterName|the recruiter}} can help: write to them at {{recruiterEmail|the address in your invitation}}.',
  },
  'access-limit-exceeded': {
    strict: 'Ask {{recruiterName|the recruiter}} for a new invitation.',
    flexible: 'Ask {{recruiterName|the recruiter}} to reset it or send a new invitation.',
  },
  'link-expired': {
    strict: 'Ask {{recruiterName|the recruiter}} for a new invitation; this employer does not extend deadlines.',
    flexible: 'Ask {{recruiterName|the recruiter}} to extend it or send a new invitation.',
  },
  'in-progress-resume': {
    strict: 'Open the same link and choose Resume, not Start New.',
    flexible: 'Open the same link and choose Resume, not Start New.',
  },
  'link-valid': {
    strict: 'Open your link before the deadline.',
    flexible: 'Open your link before the deadline.',
  },
};

/** Each scenario as a candidate would ask about it: how choices are worded. */
export const ASKED_AS: Record<ScenarioId, string> = {
  'link-not-found': 'The page says my link is not found',
  'completed-unexpectedly': 'It says completed, but I did not submit',
  'already-completed': 'I already finished and want to go back in',
  'job-closed': 'It says the job is closed or no longer hiring',
  'link-superseded': 'It says a newer invitation replaced my link',
  'link-revoked': 'It says my link was disabled',
  'access-limit-exceeded': 'It says I opened the link too many times',
  'link-expired': 'My link has expired',
  'in-progress-resume': 'I started and want to continue',
  'link-valid': 'Is my link still valid?',
  'camera-mic-permission': 'My camera or microphone does not work',
  'page-wont-load': 'The page will not load or shows an error',
  'stuck-loading': 'It opens but then freezes or keeps loading',
  'lost-connection': 'I lost my connection in the middle',
  'start-new-by-mistake': 'I clicked Start New by mistake',
  'submitted-need-change': 'I want to change my answers after submitting',
  'thinking-time-ran-out': 'The thinking time ran out and recording started',
  'retake-response': 'I want to redo one recorded answer',
  'extension-request': 'I need more time',
  'reminder-after-close': 'I got a reminder but the link does not work',
  'mobile-device': 'It does not work on my phone or tablet',
  'no-response-after-completion': 'I finished and have not heard back',
  'link-sharing': 'Can I share or forward my link?',
  'contact-recruiter': 'I want to talk to a person',
  'recruiter-resend-link': 'Send a candidate their link again',
  'recruiter-reissue-invite': 'Give a candidate a new link',
  'recruiter-allow-retake': 'Let a candidate redo the assessment',
  'recruiter-extend-deadline': 'Give a candidate more time',
  'recruiter-job-closed': 'What closing or pausing a job does',
  'recruiter-bulk-resend': 'Re-send many invitations at once',
  'recruiter-track-status': 'See whether a candidate opened or finished',
  'recruiter-escalate-support': 'When to contact platform support',
};

/** Labels of the bot's own action buttons. */
export const ACTION_LABELS = {
  solved: 'That solved it',
  notHelpful: "That didn't help",
  person: 'Talk to a person',
  escalate: 'Pass my problem on',
  showAgain: 'Show that again',
  showAllSteps: 'Show all steps',
  noneOfThese: 'None of these',
  extend: 'Extend by {{hours}} hours',
  extendConfirm: 'Yes, extend it',
  extendCancel: 'No, leave it',
  resendLink: 'Send me my link again',
  openLink: 'Open your {{kindLabel|invitation}}',
  checkSetup: 'Check my browser',
  followUp: 'Tips for next time: {{title}}',
  stillNeedHelp: 'I still need help',
  /** What pressing "Talk to a person" says in the conversation. */
  personSays: 'I would like to talk to a person',
  /** What pressing "Pass my problem on" says in the conversation. */
  escalateSays: 'Please pass my problem on to someone',
  testMedia: 'Test camera and microphone',
} as const;

/** One sentence for a link whose state just changed (link-change-reply.ts); other states say "Update:" and the state's clause. */
export const LINK_CHANGES: Partial<Record<StateScenarioId, string>> = {
  'link-valid': 'Good news: your link works again. Your deadline is now {{deadlineLocal}}.',
  'in-progress-resume': 'Good news: your link works again until {{deadlineLocal}}. Open it and choose Resume to continue.',
  'link-superseded': 'A newer link was sent to {{newerLinkEmail|your email}} on {{newerLinkSentAt|a later day}}. Use that one: this link no longer works.',
  'already-completed': 'Your {{kindLabel|invitation}} is now completed. {{recruiterName|The recruiter}} will review it.',
};

/** The English catalogue as one value, the shape every other language fills (bot-catalogue.ts). */
export const BOT_CATALOGUE_EN = {
  words: BOT_WORDS,
  topicLeads: TOPIC_LEADS,
  extensionLeads: EXTENSION_LEADS,
  stateClauses: STATE_CLAUSES,
  nextActions: NEXT_ACTIONS,
  askedAs: ASKED_AS,
  actionLabels: ACTION_LABELS,
  linkChanges: LINK_CHANGES,
  fullStop: '.',
};
