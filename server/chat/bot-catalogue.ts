import type { ScenarioId, StateScenarioId } from '../diagnosis/scenario-ids';
import type { ACTION_LABELS, BotWordKey } from './bot-words';

/**
 * Every sentence the bot composes itself, in one language. English is
 * `bot-words.ts`; another language is `bot-words.<locale>.ts` exporting a value of
 * this type. Placeholders (`{{deadlineLocal}}`, `{{recruiterName|the recruiter}}`)
 * are the knowledge base's; keep them, translate only the fallback words after `|`.
 */
export interface BotCatalogue {
  words: Record<BotWordKey, string>;
  topicLeads: Partial<Record<ScenarioId, string>>;
  extensionLeads: { strict: string; flexible: string };
  stateClauses: Record<StateScenarioId, string>;
  nextActions: Record<StateScenarioId, { strict: string; flexible: string }>;
  askedAs: Record<ScenarioId, string>;
  actionLabels: Record<keyof typeof ACTION_LABELS, string>;
  linkChanges: Partial<Record<StateScenarioId, string>>;
  /** Ends a sentence the bot joins itself ("lead: clause."): a full stop, or the script's own (Hindi: ।). */
  fullStop: string;
}
