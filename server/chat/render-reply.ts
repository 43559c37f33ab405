import type { DiagnosisResponse } from '../diagnosis/diagnosis-service';
import { candidateWordsIn } from '../i18n/catalogues';
import type { Locale } from '../i18n/locales';
import type { DiagnosisFacts } from '../diagnosis/diagnosis-types';
import type { ScenarioId } from '../diagnosis/scenario-ids';
import type { KnowledgeBase, RenderedArticle } from '../knowledge/knowledge-types';
import { placeholderLookup, type PlaceholderName } from '../knowledge/placeholders';
import { composeBody } from '../knowledge/render-article';
import { fillTemplate } from '../knowledge/template';
import type { BotCatalogue } from './bot-catalogue';
import { articleRefOf, factsOf, type BotReply, type BotTrace } from './bot-replies';
import { adviseOnDiagnostics, findingsFor } from './browser-advice';
import type { ClientDiagnostics, QuickReply } from './chat-events';
import type { ActionId, PlannedReply, ReplyPlan } from './reply-input';

// Words a reply plan with the link's real facts: catalogue lines filled in the
// reader's time zone, the article in short or full form, and the buttons. Pure.

/** A short answer shows the summary, the facts and this many steps; "Show all steps" the rest. */
const SHORT_STEPS = 2;

export interface ReplyWording {
  kb: KnowledgeBase;
  /** The conversation's diagnosis this turn (link facts, trace). */
  response: DiagnosisResponse;
  facts: DiagnosisFacts;
  timeZone?: string;
  locale?: string;
  /** The language of the reply; its articles and the bot's sentences are in it. */
  language?: Locale;
  words: BotCatalogue;
  /** Values the bot's own sentences use besides the knowledge base's ({{hours}}, {{newDeadline}}). */
  extra?: Record<string, string>;
  /** Where "Open your assessment" goes: the link gateway. */
  gatewayUrl?: string;
  /** The candidate's browser check, whose findings about the article's topic are added to it. */
  diagnostics?: ClientDiagnostics | null;
}

function findingsBlock(articleId: ScenarioId, wording: ReplyWording): { text: string; ids: string[] } | undefined {
  const { diagnostics } = wording;
  const findings = diagnostics ? findingsFor(articleId, adviseOnDiagnostics(diagnostics, candidateWordsIn(wording.language).browserAdvice)) : [];
  if (findings.length === 0) return undefined;
  return { text: `${wording.words.words['bot.fromBrowserCheck']}\n${findings.map((f) => `• ${f.text}`).join('\n')}`, ids: findings.map((f) => f.id) };
}

function lookupFor(wording: ReplyWording, more: Record<string, string> = {}) {
  const known = placeholderLookup({ facts: wording.facts, timeZone: wording.timeZone, locale: wording.locale, language: wording.language });
  const extra = { ...wording.extra, ...more };
  return (name: PlaceholderName) => extra[name] ?? known(name);
}

const fill = (template: string, lookup: ReturnType<typeof lookupFor>) => fillTemplate(template, lookup) ?? '';

function shortForm(article: RenderedArticle): { text: string; truncated: boolean } {
  const steps = article.steps.slice(0, SHORT_STEPS);
  return { text: composeBody(article.summary, article.facts, steps), truncated: article.steps.length > SHORT_STEPS };
}

function actionReply(action: ActionId, about: ScenarioId | undefined, wording: ReplyWording, lookup: ReturnType<typeof lookupFor>): QuickReply {
  const l = wording.words.actionLabels;
  const labels: Partial<Record<ActionId, string>> = {
    solved: l.solved,
    'not-helpful': l.notHelpful,
    'talk-to-person': l.person,
    escalate: l.escalate,
    'show-again': l.showAgain,
    'show-all-steps': l.showAllSteps,
    'none-of-these': l.noneOfThese,
    extend: l.extend,
    'extend-confirm': l.extendConfirm,
    'extend-cancel': l.extendCancel,
    'resend-link': l.resendLink,
    'open-link': l.openLink,
    'check-setup': l.checkSetup,
  };
  const label = fill(labels[action] ?? action, lookup);
  return {
    id: action,
    label,
    text: label,
    ...(about ? { about } : {}),
    ...(action === 'open-link' && wording.gatewayUrl ? { href: wording.gatewayUrl } : {}),
  };
}

function toQuickReply(planned: PlannedReply, wording: ReplyWording, lookup: ReturnType<typeof lookupFor>): QuickReply {
  if ('action' in planned) return actionReply(planned.action, planned.about, wording, lookup);
  const { actionLabels, askedAs } = wording.words;
  const label = planned.followUp
    ? fill(actionLabels.followUp, lookupFor(wording, { title: wording.kb.titleOf(planned.scenario, wording.language) }))
    : askedAs[planned.scenario];
  return { id: planned.scenario, label, text: label };
}

/** The bot's message for a plan, with its facts, the article it drew on and its trace. */
export function renderReply(plan: ReplyPlan, wording: ReplyWording): BotReply {
  const { kb, response } = wording;
  const render = (id: ScenarioId) => kb.render(id, { facts: wording.facts, timeZone: wording.timeZone, locale: wording.locale, language: wording.language });
  const pointed = plan.pointer ? render(plan.pointer) : undefined;
  const lookup = lookupFor(wording, pointed ? { articleTitle: pointed.title, articleSummary: pointed.summary } : {});
  const blocks = plan.lines.map((line) => fill(line, lookup));
  const article = plan.article ? render(plan.article.id) : undefined;
  const replies = plan.replies.map((planned) => toQuickReply(planned, wording, lookup));
  if (article) {
    const form = plan.article!.form === 'short' ? shortForm(article) : { text: article.body, truncated: false };
    // Said once, just before the English article it is about.
    if (article.notice && !form.text.startsWith(article.notice)) blocks.push(article.notice);
    blocks.push(form.text);
    const findings = findingsBlock(article.id, wording);
    if (findings) blocks.push(findings.text);
    if (form.truncated) replies.unshift(actionReply('show-all-steps', article.id, wording, lookup));
  }
  blocks.push(...(plan.after ?? []).map((line) => fill(line, lookup)));
  const drawnOn = [article?.id, pointed?.id, ...plan.replies.flatMap((r) => ('scenario' in r && r.followUp ? [r.scenario] : []))].filter(Boolean);
  const trace: BotTrace = {
    reply: 'composed',
    replyRule: plan.rule,
    why: plan.why,
    scenario: plan.scenario ?? response.scenario,
    ...(plan.topic ? { topic: plan.topic } : {}),
    rule: response.rule,
    article: article ? { id: article.id, version: article.version } : undefined,
    articles: drawnOn as string[],
    shownForm: plan.article?.form,
    alternatives: plan.alternatives,
    match: response.match ?? null,
    link: response.link,
    steps: response.trace,
  };
  return {
    text: blocks.filter((block) => block.trim() !== '').join('\n\n'),
    scenario: plan.scenario,
    topic: plan.topic,
    quickReplies: replies,
    facts: factsOf(response.link),
    article: article ? articleRefOf({ ...response, article }) : undefined,
    trace,
  };
}
