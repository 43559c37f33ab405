import { performance } from 'node:perf_hooks';
import { trainIntentModel } from '../server/knowledge/intent-model';
const d = require('/tmp/examples.json');
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  const m = trainIntentModel(d.examples, d.labelCount);
  const ms = performance.now() - t;
  let agree = 0, sum = 0;
  for (const e of d.examples.slice(0, 2000)) { const p = m.predict(e.features); let best = 0; for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k; if (best === e.label) agree++; sum += p[e.label]; }
  console.log(Math.round(ms), 'ms; train acc', agree / 2000, 'mean p', (sum / 2000).toFixed(5));
}
