import type { KnowledgeBase } from '../knowledge/knowledge-types';
import type { LinkContext, LinkLookup } from '../links/link-lookup';
import { toDiagnosisInput } from '../links/link-lookup';
import { extractTokenCandidates } from '../links/parse-pasted-link';

import { diagnose } from './diagnose';
import type { Diagnosis } from './diagnosis-types';
import { toPublicLinkView } from './public-link-view';

/** An unsure answer offers at most this many scenarios to choose from. */
const MAX_SUGGESTIONS = 3;

type PresentRequest = Pick<DiagnoseRequest, 'timeZone' | 'locale' | 'message' | 'audience'>;

/** Readings of one paste tried against the store; a bound on work per request. */
const MAX_CANDIDATES = 4;

export interface DiagnoseRequest {
  token?: string;
  link?: string;
  message?: string;
  locale?: string;
  timeZone?: string;
  audience?: 'candidate' | 'recruiter';
}

export interface DiagnosisServiceDeps {
  lookup: LinkLookup;
  knowledge: () => KnowledgeBase;
  now: () => Date;
  publicUrl: string;
}

export type DiagnosisResponse = ReturnType<DiagnosisService['present']>;

/** Looks a link up, diagnoses it, and renders the matching article: the I/O around `diagnose`. */
export class DiagnosisService {
  constructor(private readonly deps: DiagnosisServiceDeps) {}

  /**
   * The link a request names: its token as given, or dug out of a pasted link. A
   * mangled paste can read several ways; the first that exists wins.
   */
  async resolve(request: Pick<DiagnoseRequest, 'token' | 'link'>): Promise<LinkContext | undefined> {
    const token = request.token?.trim();
    const candidates = token ? [token] : request.link ? extractTokenCandidates(request.link, this.deps.publicUrl) : [];
    for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
      const context = await this.deps.lookup.byToken(candidate);
      if (context) return context;
    }
    return undefined;
  }

  async diagnose(request: DiagnoseRequest) {
    const hasLink = Boolean(request.token?.trim() || request.link?.trim());
    return this.diagnoseContext(await this.resolve(request), request, hasLink);
  }

  /** Diagnoses a link already looked up (e.g. the one a conversation or ticket holds). */
  diagnoseContext(context: LinkContext | undefined, request: DiagnoseRequest, hasLink = context !== undefined) {
    const kb = this.deps.knowledge();
    const input = toDiagnosisInput(context, this.deps.now(), request.message);
    input.hasLink = hasLink;
    input.audience = request.audience;
    const diagnosis = diagnose(input, kb.classify, kb.confidentScore);
    return {
      response: this.present(diagnosis, context, request),
      context,
      unknownToken: hasLink && !context,
    };
  }

  present(diagnosis: Diagnosis, context: LinkContext | undefined, reader: PresentRequest) {
    const kb = this.deps.knowledge();
    const article = kb.render(diagnosis.scenario, { facts: diagnosis.facts, timeZone: reader.timeZone, locale: reader.locale });
    const reading = reader.message?.trim() ? kb.understand(reader.message, reader.audience ?? 'candidate') : undefined;
    // Without a confident match the bot does not guess: it offers the best three.
    const choices =
      reading && diagnosis.rule.startsWith('fallback') && !reading.smallTalk
        ? reading.ranked.slice(0, MAX_SUGGESTIONS).map(({ scenario, score }) => ({ id: scenario, title: kb.titleOf(scenario), score }))
        : undefined;
    // On a blocked link the state answers; what the message was about is said beside it.
    const topic = reading?.confident && reading.ranked[0].scenario !== diagnosis.scenario ? reading.ranked[0].scenario : undefined;
    return {
      scenario: diagnosis.scenario,
      ...(topic ? { topic } : {}),
      rule: diagnosis.rule,
      link: toPublicLinkView(context, diagnosis),
      article,
      trace: [
        ...diagnosis.trace,
        { check: 'article', result: true, detail: `${article.id} v${article.version}` },
      ],
      ...(diagnosis.match ? { match: diagnosis.match } : {}),
      ...(reading && diagnosis.rule.startsWith('fallback') ? { suggestions: (choices ?? []).map((choice) => choice.id), choices: choices ?? [] } : {}),
    };
  }
}
