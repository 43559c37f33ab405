import { syntheticArticles } from '../kb-search-bench';
import { createSearchIndex } from '../../server/knowledge/search-index';
import { performance } from 'node:perf_hooks';
const a = syntheticArticles(1000);
const t0 = performance.now(); const idx = createSearchIndex(a); console.log('build', performance.now()-t0);
const qs = a.slice(0,300).map(x=>x.questions[3]);
const times:number[]=[]; for (const q of [...qs,...qs.map(q=>q.replace(/(\w)(\w)(\w)/,'$1$3$2'))]) { const s=performance.now(); idx.search(q); times.push(performance.now()-s);} times.sort((x,y)=>x-y);
console.log('p50',times[times.length/2|0],'p99',times[Math.floor(times.length*.99)], 'max', times.at(-1));
console.log(idx.search(a[5].questions[2]).slice(0,2), a[5].title);
