import { createKnowledgeBase } from '../server/knowledge/knowledge-base';
import { loadKnowledgeSourcesOrThrow } from '../server/knowledge/load-knowledge';
import { EVAL_SETS, loadEvalSet } from '../test/kb-eval/kb-eval-set';
const kb = createKnowledgeBase(loadKnowledgeSourcesOrThrow('knowledge'));
const messages = [...new Set(EVAL_SETS.flatMap((s) => loadEvalSet(s).map((i) => i.q)))].filter((m) => m.length > 160);
console.log(messages.length);
const { Session } = require('node:inspector');
const s = new Session(); s.connect();
s.post('Profiler.enable', () => s.post('Profiler.start', () => {
  for (let r = 0; r < 3; r++) for (const m of messages) kb.understand(`${m} r${r}`, 'candidate');
  s.post('Profiler.stop', (_e: unknown, { profile }: any) => {
    const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
    const self = new Map<string, number>();
    profile.samples.forEach((id: number, i: number) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0)); });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((100 * v / total).toFixed(1) + '%', k);
  });
}));
