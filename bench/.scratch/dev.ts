import { loadKnowledge } from '../../server/knowledge/load-knowledge';
import { createSearchIndex, DEFAULT_TUNING, type SearchTuning } from '../../server/knowledge/search-index';
import { evaluate, loadEvalPart } from '../../test/kb-eval/kb-eval-set';
export const arts = loadKnowledge('knowledge', { requireAllScenarios: false }).articles;
const tuning = loadEvalPart('tuning');
/** Leave-one-out over the articles' own example questions. */
export function loo(t: Partial<SearchTuning>, verbose = false) {
  let ok = 0, ok3 = 0, n = 0;
  arts.forEach((a, ai) => a.questions.forEach((q, qi) => {
    const reduced = arts.map((b, bi) => bi === ai ? { ...b, questions: b.questions.filter((_, j) => j !== qi) } : b);
    const res = createSearchIndex(reduced, t).search(q, { audience: a.audience, limit: 3 });
    n++; if (res[0]?.id === a.id) ok++; else if (verbose) console.log(`  [${a.id} -> ${res[0]?.id}] ${q}`);
    if (res.some(r => r.id === a.id)) ok3++;
  }));
  return { top1: ok / n, top3: ok3 / n, n };
}
export function dev(t: Partial<SearchTuning>) {
  const l = loo(t); const r = evaluate(createSearchIndex(arts, t), tuning);
  return { loo1: l.top1, loo3: l.top3, tun1: r.top1, tun3: r.top3, n: l.n };
}
if (require.main === module) {
  const f = (x: number) => (x * 100).toFixed(1);
  const show = (name: string, t: Partial<SearchTuning>) => { const d = dev(t); console.log(name.padEnd(30), 'loo', f(d.loo1), f(d.loo3), ' tuning', f(d.tun1), f(d.tun3), ' n', d.n); };
  show('default', DEFAULT_TUNING);
  show('old', { fieldWeights: { question: 1, keyword: 1, title: 0.8, summary: 0 } });
  if (process.argv[2] === '-v') loo(DEFAULT_TUNING, true);
}
