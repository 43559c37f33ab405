import { isScenarioId } from '../diagnosis/scenario-ids';
import type { Understanding } from '../knowledge/understand-message';
import type { QuickReply } from './chat-events';
import { isActionId, type Said } from './reply-input';

// Turns what the candidate sent into what the composer reads: a button they pressed
// (a quick reply arrives as its text), a choice, or free text with its reading.

/** "No, that's not it", "that didn't help", in the languages the bot reads. */
const DECLINE =
  /^(no+|nope|nah|not really)?[\s,.!]*(that'?s not (it|what i (meant|asked))|(that|this|it) (did ?n[o']?t|does ?n[o']?t|didnt|doesnt) help|not (helpful|it)|wrong( answer)?|no ayud[oó]|no es eso|n[aã]o (ajudou|[eé] isso)|[çc]a (ne m'a pas aid[eé]|n'aide pas)|ce n'est pas [çc]a|nahi hua|ye nahi)[\s.!]*$/i;

export function isDecline(text: string): boolean {
  return DECLINE.test(text.trim().normalize('NFC'));
}

/** The Said of a message: a pressed button when its text matches one still on screen. */
export function readSaid(text: string, pressed: QuickReply | undefined, read: () => Understanding): Said {
  if (pressed?.id && isActionId(pressed.id)) {
    const about = pressed.about && isScenarioId(pressed.about) ? pressed.about : undefined;
    return { kind: 'action', action: pressed.id, ...(about ? { about } : {}) };
  }
  if (pressed?.id && isScenarioId(pressed.id)) return { kind: 'choice', scenario: pressed.id };
  return { kind: 'text', reading: read(), declined: isDecline(text) };
}
