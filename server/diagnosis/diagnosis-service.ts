import { foreignLinkNotice } from '../links/foreign-link';
import type { KnowledgeBase } from '../knowledge/knowledge-types';
import type { LinkContext, LinkLookup } from '../links/link-lookup';
import { toDiagnosisInput } from '../links/link-lookup';
import { readPastedLink } from '../links/parse-pasted-link';

import type { Locale } from '../i18n/locales';
import { negotiateLocale } from '../i18n/negotiate-locale';
import { diagnose } from './diagnose';
import type { Diagnosis } from './diagnosis-types';
import { toPublicLinkView } from './public-link-view';

/** An unsure answer offers at most this many scenarios to choose from. */
const MAX_SUGGESTIONS = 3;

type PresentRequest = Pick<DiagnoseRequest, 'timeZone' | 'locale' | 'message' | 'audience' | 'acceptLanguage' | 'language'>;

/** Readings of one paste tried against the store; a bound on work per request. */
const MAX_CANDIDATES = 4;

export interface DiagnoseRequest {
  token?: string;
  link?: string;
  message?: string;
  /** A BCP 47 tag: the answer's language when it is one of ours, and the clock's 12 or 24 hours. */
  locale?: string;
  timeZone?: string;
  audience?: 'candidate' | 'recruiter';
  /** The request's Accept-Language header, when `locale` names none of our languages. */
  acceptLanguage?: string;
  /** Already negotiated (the chat does it with the conversation's memory); wins over the rest. */
  language?: Locale;
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
    return (await this.read(request)).context;
  }

  /** The link, and the host of a pasted look-alike that is not ours (its token is never looked up). */
  private async read(request: Pick<DiagnoseRequest, 'token' | 'link'>): Promise<{ context?: LinkContext; foreignHost: string | null }> {
    const token = request.token?.trim();
    const reading = token ? { candidates: [token], foreignHost: null } : request.link ? readPastedLink(request.link, this.deps.publicUrl) : undefined;
    for (const candidate of reading?.candidates.slice(0, MAX_CANDIDATES) ?? []) {
      const context = await this.deps.lookup.byToken(candidate);
      if (context) return { context, foreignHost: null };
    }
    return { foreignHost: reading?.foreignHost ?? null };
  }

  async diagnose(request: DiagnoseRequest) {
    const hasLink = Boolean(request.token?.trim() || request.link?.trim());
    const { context, foreignHost } = await this.read(request);
    const result = this.diagnoseContext(context, request, hasLink);
    if (!foreignHost) return result;
    return { ...result, response: { ...result.response, ...this.notOurs(foreignHost, result.response.trace, result.response.article.locale) } };
  }

  /** What the reader is told about a pasted link on a host that is not ours. */
  private notOurs(host: string, trace: DiagnosisResponse['trace'], language: Locale) {
    const { step, ...foreignLink } = foreignLinkNotice(host, this.deps.publicUrl, language);
    return { trace: [...trace, step], foreignLink };
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
    // The message is read once: its reading gives the choices and the language it is written in.
    const reading = reader.message?.trim() ? kb.understand(reader.message, reader.audience ?? 'candidate') : undefined;
    const language = reader.audience === 'recruiter' ? 'en' : (reader.language ?? answerLanguage(reader, reading?.language ?? null));
    const article = kb.render(diagnosis.scenario, { facts: diagnosis.facts, timeZone: reader.timeZone, locale: reader.locale, language });
    // Without a confident match the bot does not guess: it offers the best three.
    const choices =
      reading && diagnosis.rule.startsWith('fallback') && !reading.smallTalk
        ? reading.ranked.slice(0, MAX_SUGGESTIONS).map(({ scenario, score }) => ({ id: scenario, title: kb.titleOf(scenario, language), score }))
        : undefined;
    // On a blocked link the state answers; what the message was about is said beside it.
    const topic = reading?.confident && reading.ranked[0].scenario !== diagnosis.scenario ? reading.ranked[0].scenario : undefined;
    return {
      scenario: diagnosis.scenario,
      ...(topic ? { topic } : {}),
      rule: diagnosis.rule,
      link: toPublicLinkView(context, diagnosis),
      article,
      trace: [...diagnosis.trace, { check: 'article', result: true, detail: `${article.id} v${article.version}` }],
      ...(diagnosis.match ? { match: diagnosis.match } : {}),
      ...(reading && diagnosis.rule.startsWith('fallback') ? { suggestions: (choices ?? []).map((choice) => choice.id), choices: choices ?? [] } : {}),
    };
  }
}

/** The language of a one-off request: its locale, else the message's own, else the header's. */
function answerLanguage(reader: PresentRequest, detected: Locale | null): Locale {
  return negotiateLocale({ chosen: reader.locale, detected, acceptLanguage: reader.acceptLanguage }).locale;
}
