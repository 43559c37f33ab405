import { SessionStore } from './auth/session-store';
import { UserStore } from './auth/user-store';
import type { Database } from './db/database';
import { ConversationStore } from './chat/conversation-store';
import { createConversationPort } from './chat/conversation-port';
import { LiveUpdates } from './chat/live-updates';
import { Outbox } from './delivery/outbox';
import { EscalationService } from './escalation/escalation-service';
import { TicketActions } from './escalation/ticket-actions';
import { TicketStore } from './escalation/ticket-store';
import { TicketThread } from './escalation/ticket-thread';
import { WebhookStore } from './delivery/webhook-store';
import { DiagnosisService } from './diagnosis/diagnosis-service';
import { JobStore } from './jobs/job-store';
import type { KnowledgeBase } from './knowledge/knowledge-types';
import { InvitationService } from './links/invitation-service';
import { InvitationStore } from './links/invitation-store';
import { InvitationSync } from './links/invitation-sync';
import { LinkLookup } from './links/link-lookup';
import { cacheLinkContexts } from './links/link-context-cache';
import { openLink } from './links/open-link';
import { SelfServiceFixes } from './links/self-service-fixes';
import { OrgStore } from './orgs/org-store';
import { IdempotencyKeys } from './http/idempotency-keys';
import { createTranscriptServices } from './transcripts/transcript-services';

export interface ServiceOptions {
  db: Database;
  secretKey: Buffer;
  publicUrl: string;
  /** Returns the current knowledge base; it may be swapped by a reload. */
  knowledge: () => KnowledgeBase;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** LINK_CACHE_TTL_MS; 0 reads every link from the store. */
  linkCacheTtlMs?: number;
}

const DEFAULT_LINK_CACHE_TTL_MS = 10_000;

/** Wires stores and services once; the HTTP app and the chat server share them. */
export function createServices(options: ServiceOptions) {
  const { db, secretKey, publicUrl, knowledge } = options;
  const now = options.now ?? (() => new Date());
  const orgs = new OrgStore(db);
  const users = new UserStore(db);
  const sessions = new SessionStore(db);
  const jobs = new JobStore(db);
  const invitations = new InvitationStore(db);
  const linkCache = cacheLinkContexts(db, options.linkCacheTtlMs ?? DEFAULT_LINK_CACHE_TTL_MS);
  const lookup = new LinkLookup(orgs, jobs, invitations, db, linkCache);
  const outbox = new Outbox();
  const invitationService = new InvitationService({ db, invitations, jobs, secretKey, publicUrl, now, outbox });
  const diagnosis = new DiagnosisService({ lookup, knowledge, now, publicUrl });
  const webhooks = new WebhookStore(db, secretKey);
  const conversations = new ConversationStore(db);
  const conversationPort = createConversationPort(conversations, now);
  const live = new LiveUpdates();
  const tickets = new TicketStore(db);
  const escalation = new EscalationService({
    db,
    diagnosis,
    lookup,
    invitations,
    tickets,
    conversations: conversationPort,
    outbox,
    live,
    publicUrl,
    now,
  });
  const ticketThread = new TicketThread({ db, tickets, jobs, outbox, publicUrl, now });
  const ticketActions = new TicketActions({
    db,
    orgs,
    tickets,
    invitations,
    jobs,
    invitationService,
    conversations: conversationPort,
    outbox,
    live,
    now,
  });
  const selfService = new SelfServiceFixes({ db, orgs, invitations, jobs, invitationService, outbox, now, publicUrl });
  return {
    db,
    now,
    publicUrl,
    knowledge,
    orgs,
    users,
    sessions,
    jobs,
    invitations,
    linkCache,
    lookup,
    invitationService,
    diagnosis,
    webhooks,
    outbox,
    conversations,
    conversationPort,
    transcripts: createTranscriptServices(db),
    live,
    tickets,
    escalation,
    ticketActions,
    ticketThread,
    selfService,
    idempotencyKeys: new IdempotencyKeys(db, secretKey),
    invitationSync: new InvitationSync({ db, invitations, jobs, service: invitationService }),
    openLink: (token: string) => openLink({ db, lookup, invitations, outbox }, token, now()),
  };
}

export type Services = ReturnType<typeof createServices>;
