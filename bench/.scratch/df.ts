import { loadKnowledge } from '../../server/knowledge/load-knowledge';
import { toTerms } from '../../server/knowledge/search-terms';
const arts = loadKnowledge('knowledge', { requireAllScenarios: false }).articles;
const df = new Map<string, string[]>();
for (const a of arts) { const s = new Set([a.title, ...a.questions, ...a.keywords].flatMap(toTerms)); for (const t of s) df.set(t, [...(df.get(t) ?? []), a.id]); }
for (const t of process.argv.slice(2).flatMap(toTerms)) { const l = df.get(t) ?? []; console.log(t, l.length, (Math.log(1 + (32 - l.length + .5) / (l.length + .5))).toFixed(2), l.length < 8 ? l.join(',') : ''); }
