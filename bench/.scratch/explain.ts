import { loadKnowledge } from '../../server/knowledge/load-knowledge';
import { createSearchIndex } from '../../server/knowledge/search-index';
import { toTerms } from '../../server/knowledge/search-terms';
const arts = loadKnowledge('knowledge', { requireAllScenarios: false }).articles;
const idx = createSearchIndex(arts);
const aud = process.argv[2] as 'candidate' | 'recruiter';
for (const q of process.argv.slice(3)) {
  console.log('\n>', q, '=>', toTerms(q).join(' '));
  for (const r of idx.search(q, { audience: aud, limit: 4 })) console.log('  ', r.score, r.id);
}
