import type { ScenarioId, StateScenarioId } from './scenario-ids';

export type Policy = 'strict' | 'flexible';
export type InvitationKind = 'assessment' | 'ai_interview' | 'video_interview';
export type JobStatus = 'open' | 'paused' | 'closed';
export type CompletedReason = 'submitted' | 'time_limit' | 'auto_submitted';

/** What the diagnosis needs to know about one invitation (no secrets, no token). */
export interface LinkState {
  id: string;
  kind: InvitationKind;
  candidateName: string;
  candidateEmail: string;
  createdAt: Date;
  /** When the invitation was last sent or reminded; null if never recorded. */
  sentAt: Date | null;
  expiresAt: Date;
  accessLimit: number;
  accessCount: number;
  startedAt: Date | null;
  lastActivityAt: Date | null;
  completedAt: Date | null;
  completedReason: CompletedReason | null;
  revokedAt: Date | null;
  revokedReason: string | null;
  /** Id of the invitation that replaced this one (revoked as superseded). */
  supersededBy: string | null;
}

export interface JobState {
  id: string;
  title: string;
  status: JobStatus;
  recruiterName: string;
  recruiterEmail: string;
}

export interface DiagnosisInput {
  /** null when the token is unknown. */
  invitation: LinkState | null;
  job: JobState | null;
  orgName?: string;
  policy: Policy;
  now: Date;
  /**
   * The invitations that replaced this one, oldest first (each superseding the
   * previous). Empty unless the invitation was superseded.
   */
  supersedeChain?: LinkState[];
  message?: string;
  /**
   * false when the caller had neither a token nor a pasted link: the message alone
   * then decides among all scenarios. Default true (a null invitation then means
   * the token is unknown).
   */
  hasLink?: boolean;
  /** Who is asking; only matters without a link. Default `candidate`. */
  audience?: 'candidate' | 'recruiter';
}

/** One check the diagnosis made, in order, for transcripts and support agents. */
export interface TraceStep {
  check: string;
  result: boolean;
  detail?: string;
}

/** Raw facts behind the answer; formatting for people happens in the knowledge base. */
export interface DiagnosisFacts {
  policy: Policy;
  now: Date;
  orgName?: string;
  kind?: InvitationKind;
  jobTitle?: string;
  jobStatus?: JobStatus;
  recruiterName?: string;
  recruiterEmail?: string;
  candidateEmailMasked?: string;
  deadline?: Date;
  accessCount?: number;
  accessLimit?: number;
  startedAt?: Date;
  lastActivityAt?: Date;
  completedAt?: Date;
  completedReason?: CompletedReason;
  revokedReason?: string;
  /** The end of the supersede chain: the link the candidate should use now. */
  newestLink?: {
    sentAt: Date;
    emailMasked: string;
    state: StateScenarioId;
    deadline: Date;
    chainLength: number;
  };
}

/** How a question in the message was matched, when it decided the scenario. */
export interface QuestionMatch {
  scenario: ScenarioId;
  score: number;
  runnersUp: { scenario: ScenarioId; score: number }[];
  /** Other problems the message raises in sentences of their own, in order. */
  otherTopics?: ScenarioId[];
}

export interface Diagnosis {
  scenario: ScenarioId;
  /** The scenario the link's state alone gives (null without a link). */
  stateScenario: StateScenarioId | null;
  /** Which rule decided: `state:link-expired`, `question:camera-mic-permission`, or `fallback:contact-recruiter` without a link. */
  rule: string;
  facts: DiagnosisFacts;
  trace: TraceStep[];
  match?: QuestionMatch;
}

/**
 * Classifies free text into scenarios, best first. Kept as a parameter so the
 * diagnosis stays a pure function; the knowledge base supplies the real one.
 */
export type QuestionClassifier = (message: string, audience: 'candidate' | 'recruiter') => QuestionMatch | null;
