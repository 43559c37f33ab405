import { diagnose } from '../diagnosis/diagnose';
import type { Locale } from '../i18n/locales';
import type { Diagnosis } from '../diagnosis/diagnosis-types';
import type { DiagnosisResponse } from '../diagnosis/diagnosis-service';
import type { ScenarioId } from '../diagnosis/scenario-ids';
import { toDiagnosisInput, type LinkContext } from '../links/link-lookup';
import { extractToken } from '../links/parse-pasted-link';
import { hashSecret } from '../security/secrets';
import type { Services } from '../services';
import type { ConversationLink } from './conversation-store';

// A conversation keeps its link as an invitation id (the token only as a hash), so
// later turns look the link up by id; the diagnosis itself is the service's own
// pure `diagnose` and `present`, exactly as POST /api/v1/diagnose answers.

export interface Reader {
  timeZone?: string;
  locale?: string;
  /** The language to answer in (conversation-language.ts). */
  language?: Locale;
}

export const NO_LINK: ConversationLink = { tokenHash: null, invitationId: null, orgId: null };

/** What a token or pasted link names, as stored on a conversation. */
export async function resolveConversationLink(
  services: Services,
  given: { token?: string; link?: string },
): Promise<{ link: ConversationLink; context?: LinkContext }> {
  const raw = given.token?.trim() || given.link?.trim();
  if (!raw) return { link: NO_LINK };
  const context = await services.diagnosis.resolve(given);
  if (context) return { link: { tokenHash: null, invitationId: context.invitation.id, orgId: context.org.id }, context };
  // Unknown: kept as a hash, so the conversation goes on answering "link not found".
  const token = given.token?.trim() || extractToken(raw, services.publicUrl) || raw;
  return { link: { tokenHash: hashSecret(token), invitationId: null, orgId: null } };
}

/** The link's current state: it may have changed since the conversation started. */
export async function loadLinkContext(services: Services, link: ConversationLink): Promise<LinkContext | undefined> {
  if (!link.invitationId || !link.orgId) return undefined;
  return services.lookup.byOrgInvitation(link.orgId, link.invitationId);
}

export interface TurnRequest {
  link: ConversationLink;
  reader: Reader;
  message?: string;
  /** Answer with this article instead of the diagnosed one (a quick reply picked it). */
  scenario?: ScenarioId;
  /** Why `scenario` was chosen, for the trace (`choice:page-wont-load`). */
  rule?: string;
}

/** A turn's diagnosis with the raw facts behind it, for replies the bot composes itself. */
export interface TurnDiagnosis {
  response: DiagnosisResponse;
  facts: Diagnosis['facts'];
  context?: LinkContext;
}

/** The diagnosis of the conversation's link and message, rendered for the reader. */
export async function diagnoseTurn(services: Services, request: TurnRequest): Promise<DiagnosisResponse> {
  return (await diagnoseTurnWithFacts(services, request)).response;
}

export async function diagnoseTurnWithFacts(services: Services, request: TurnRequest): Promise<TurnDiagnosis> {
  const context = await loadLinkContext(services, request.link);
  const hasLink = request.link.tokenHash !== null || request.link.invitationId !== null;
  const input = { ...toDiagnosisInput(context, services.now(), request.message), hasLink, audience: 'candidate' as const };
  const kb = services.knowledge();
  let diagnosis: Diagnosis = diagnose(input, kb.classify, kb.confidentScore);
  if (request.scenario && kb.has(request.scenario)) {
    const rule = request.rule ?? `choice:${request.scenario}`;
    diagnosis = {
      ...diagnosis,
      scenario: request.scenario,
      rule,
      match: undefined,
      trace: [...diagnosis.trace, { check: 'chosen', result: true, detail: rule }],
    };
  }
  const response = services.diagnosis.present(diagnosis, context, { ...request.reader, message: request.message });
  return { response, facts: diagnosis.facts, context };
}
