import type { InvitationKind } from '../diagnosis/diagnosis-types';
import type { StateScenarioId } from '../diagnosis/scenario-ids';
import { ADVICE_EN, type AdviceWords } from '../chat/browser-advice';
import type { ChatRole } from '../chat/chat-events';

/**
 * The server's own words for candidates outside the chat bot and the articles:
 * values put into articles, and the emails candidates receive. English is here;
 * another language is `candidate-words.<locale>.ts` exporting a value of this type.
 * `{name}` marks a value filled in at run time; keep every one of them.
 */
export interface ChatRefusals {
  connections: string;
  reconnecting: string;
  newChats: string;
  unknownLinks: string;
  tabs: string;
}

export interface CandidateWords {
  /** The kind of link, as it reads inside a sentence ("your {{kindLabel}} link"). */
  kindLabels: Record<InvitationKind, string>;
  /** The newest link's state, as it reads after "The newer link is …". */
  newerLinkStates: Record<StateScenarioId, string>;
  /** The job's status, as it reads after "The job is currently …". */
  jobStatuses: Record<'open' | 'paused' | 'closed', string>;
  /** A duration under one minute ("expired less than a minute ago"). */
  lessThanAMinute: string;
  /** Shown above an English article when this language's translation is missing or out of date. */
  translationPending: string;
  /** Said to the candidate about a pasted link on someone else's site. {host} {ours} */
  foreignLink: string;
  /** The chat's notice once a ticket exists. {reference} {who} */
  escalationSent: string;
  /** {who} when the ticket has no recruiter (no valid link). */
  ourSupportTeam: string;
  /** Why the chat refused to connect or to take a message; {wait} is a duration ("2 minutes"). */
  refusals: ChatRefusals;
  /** Said in the chat when the recruiter extended the link. {deadline} */
  ticketExtended: string;
  ticketReset: string;
  ticketLinkSent: string;
  /** What the browser self-check found, as advice (server/chat/browser-advice.ts). */
  browserAdvice: AdviceWords;
  mail: {
    roles: Record<ChatRole, string>;
    transcriptSubject: string;
    transcriptSubjectNoJob: string;
    transcriptIntro: string;
    transcriptFooter: string;
    /** {jobTitle} {deadline} */
    extendedSubject: string;
    /** {deadline} */
    extendedSubjectNoJob: string;
    /** {jobTitle} {deadline} */
    extendedBody: string;
    /** {deadline} */
    extendedBodyNoJob: string;
    /** {url} */
    openLinkToContinue: string;
    openEmailLinkToContinue: string;
    doNotShare: string;
    /** {jobTitle} */
    linkSubject: string;
    /** {jobTitle} */
    linkIntro: string;
    /** {jobTitle} */
    resentIntro: string;
    /** {deadline} */
    worksUntil: string;
    ignoreIfNotYou: string;
    replySubject: string;
    /** {reference} */
    reference: string;
  };
}

export const CANDIDATE_WORDS_EN: CandidateWords = {
  kindLabels: { assessment: 'assessment', ai_interview: 'AI interview', video_interview: 'video interview' },
  newerLinkStates: {
    'link-valid': 'ready to use',
    'in-progress-resume': 'started and still open, so you can resume it',
    'link-expired': 'also expired',
    'already-completed': 'already completed',
    'completed-unexpectedly': 'already closed by the platform',
    'job-closed': 'closed because the job is no longer open',
    'link-revoked': 'disabled by the company',
    'access-limit-exceeded': 'locked after too many opens',
    'link-superseded': 'replaced by another invitation',
    'link-not-found': 'not found',
  },
  jobStatuses: { open: 'open', paused: 'paused', closed: 'closed' },
  lessThanAMinute: 'less than a minute',
  refusals: {
    connections: 'Too many connections from your network. Please try again in {wait}.',
    reconnecting: 'This chat is reconnecting too often. Please wait a minute.',
    newChats: 'Too many new chats from your network. Please try again in {wait}.',
    unknownLinks: 'Too many links that do not exist were tried from your network. Please try again in {wait}.',
    tabs: 'This chat is open in too many tabs. Close one and try again.',
  },
  translationPending: 'This answer is not translated into your language yet, so it is shown in English.',
  foreignLink:
    'This link is on {host}, not on {ours}, where our links are. Do not open it or enter anything there; copy the link from your invitation email instead.',
  escalationSent: 'Your request {reference} was sent to {who}. You will see the reply here and by email.',
  ourSupportTeam: 'our support team',
  ticketExtended: 'Your link was extended: it now works until {deadline}.',
  ticketReset: 'Your link was reset: you can open the same link again and start over.',
  ticketLinkSent: 'A link was sent to the email address your invitation went to. Use that newest link.',
  browserAdvice: ADVICE_EN,
  mail: {
    roles: { bot: 'Assistant', candidate: 'You', recruiter: 'Recruiter', agent: 'Support', system: 'Notice' },
    transcriptSubject: 'Your help conversation about "{jobTitle}"',
    transcriptSubjectNoJob: 'Your help conversation',
    transcriptIntro: 'Here is the conversation you asked for, as it stood when you asked.',
    transcriptFooter:
      'You received this because someone asked for it in the help chat of your invitation link. It goes only to the address of that invitation.',
    extendedSubject: 'Your deadline for "{jobTitle}" is now {deadline}',
    extendedSubjectNoJob: 'Your deadline is now {deadline}',
    extendedBody: 'Your deadline for "{jobTitle}" is now {deadline}.',
    extendedBodyNoJob: 'Your deadline is now {deadline}.',
    openLinkToContinue: 'Open your link to continue: {url}',
    openEmailLinkToContinue: 'Open the link from your invitation email to continue.',
    doNotShare: 'It is unique to you: please do not share it.',
    linkSubject: 'Your link for "{jobTitle}"',
    linkIntro: 'Here is your link for "{jobTitle}":',
    resentIntro: 'You asked for your link for "{jobTitle}" again. Here it is:',
    worksUntil: 'It works until {deadline}.',
    ignoreIfNotYou: 'If you did not ask for this, you can ignore this email.',
    replySubject: 'Reply to your request',
    reference: 'Reference: {reference}',
  },
};
