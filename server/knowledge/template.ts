import type { PlaceholderLookup, PlaceholderName, PlaceholderValues } from './placeholders';

// `{{name}}` needs its value; `{{name|words}}` falls back to the words, so a step
// such as "Write to {{recruiterName|the recruiter}}" reads well with or without it.
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*(?:\|([^{}]*))?\}\}/g;

export interface PlaceholderUse {
  name: string;
  fallback?: string;
}

/** A template cut once into literal text and the placeholders between it. */
export type CompiledTemplate = readonly (string | PlaceholderUse)[];

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

// A template is parsed once (render-article.ts compiles each variant on first use),
// not on every answer: filling it is string concatenation, no regular expression.
export function compileTemplate(template: string): CompiledTemplate {
  const parts: (string | PlaceholderUse)[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ name: match[1], fallback: match[2]?.trim() || undefined });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** The compiled template filled in, or null when a placeholder without fallback has no value. */
export function fillCompiled(template: CompiledTemplate, valueOf: PlaceholderLookup): string | null {
  let filled = '';
  for (const part of template) {
    if (typeof part === 'string') {
      filled += part;
      continue;
    }
    const value = valueOf(part.name as PlaceholderName) ?? part.fallback;
    if (value === undefined) return null;
    filled += value;
  }
  return filled;
}

/** The template filled in, or null when a placeholder without fallback has no value. */
export function fillTemplate(template: string, values: PlaceholderValues | PlaceholderLookup): string | null {
  const valueOf: PlaceholderLookup = typeof values === 'function' ? values : (name) => values[name];
  return fillCompiled(compileTemplate(template), valueOf);
}
