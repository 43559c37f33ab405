import { loadKnowledge } from '../../server/knowledge/load-knowledge';
import { createSearchIndex, DEFAULT_TUNING } from '../../server/knowledge/search-index';
import { evaluate, loadEvalPart } from '../../test/kb-eval/kb-eval-set';
const arts = loadKnowledge('knowledge', { requireAllScenarios: false }).articles;
const tuning = loadEvalPart('tuning');
const rows: [number, number, string][] = [];
for (const summary of [0, 0.3, 0.5])
for (const title of [0.5, 0.8, 1])
for (const keyword of [0.7, 1, 1.3])
for (const bestRecordShare of [0.3, 0.5, 0.7])
for (const pairWeight of [0, 0.5, 1])
for (const unknownTermWeight of [0.5, 1, 2]) {
  const idx = createSearchIndex(arts, { fieldWeights: { question: 1, keyword, title, summary }, bestRecordShare, pairWeight, unknownTermWeight });
  const r = evaluate(idx, tuning);
  rows.push([r.top1, r.top3, JSON.stringify({ summary, title, keyword, bestRecordShare, pairWeight, unknownTermWeight })]);
}
rows.sort((a, b) => b[0] + b[1] - a[0] - a[1]);
for (const r of rows.slice(0, 25)) console.log(r[0].toFixed(3), r[1].toFixed(3), r[2]);
console.log('default', (() => { const r = evaluate(createSearchIndex(arts, DEFAULT_TUNING), tuning); return [r.top1, r.top3]; })());
// How robust: mean over all settings grouped by each parameter value
for (const key of ['summary', 'title', 'keyword', 'bestRecordShare', 'pairWeight', 'unknownTermWeight']) {
  const groups = new Map<number, number[]>();
  for (const r of rows) { const v = JSON.parse(r[2])[key]; groups.set(v, [...(groups.get(v) ?? []), r[0]]); }
  console.log(key, [...groups].map(([v, l]) => `${v}:${(l.reduce((a, b) => a + b) / l.length).toFixed(3)}`).join(' '));
}
