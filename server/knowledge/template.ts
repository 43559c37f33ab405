import type { PlaceholderLookup, PlaceholderName, PlaceholderValues } from './placeholders';

// `{{name}}` needs its value; `{{name|words}}` falls back to the words, so a step
// such as "Write to {{recruiterName|the recruiter}}" reads well with or without it.
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*(?:\|([^{}]*))?\}\}/g;

export interface PlaceholderUse {
  name: string;
  fallback?: string;
}

export function findPlaceholders(template: string): PlaceholderUse[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => ({
    name: match[1],
    fallback: match[2]?.trim() || undefined,
  }));
}

/** True when braces remain once every well-formed placeholder is taken out. */
export function hasMalformedPlaceholder(template: string): boolean {
  const rest = template.replace(PLACEHOLDER, '');
  return rest.includes('{{') || rest.includes('}}');
}

/** The template filled in, or null when a placeholder without fallback has no value. */
export function fillTemplate(template: string, values: PlaceholderValues | PlaceholderLookup): string | null {
  // Most lines say nothing variable.
  if (!template.includes('{{')) return template;
  const valueOf: PlaceholderLookup = typeof values === 'function' ? values : (name) => values[name];
  let missing = false;
  const filled = template.replace(PLACEHOLDER, (_whole, name: string, fallback?: string) => {
    const value = valueOf(name as PlaceholderName);
    if (value !== undefined) return value;
    const words = fallback?.trim();
    if (words) return words;
    missing = true;
    return '';
  });
  return missing ? null : filled;
}
