// `npm run eval:lang`: how often the answer language is detected right in each set
// (right / left undecided / wrong, per labelled language). SHOW=1 lists the wrong ones,
// for the tuning sets only: held-out sets are measured, never studied.
import { readFileSync } from 'node:fs';
import { detectMessageLanguage } from '../../server/i18n/detect-language';
for (const set of process.argv.slice(2)) {
  const items = JSON.parse(readFileSync(`test/kb-eval/${set}.json`, 'utf8')) as { q: string; lang?: string }[];
  const counts: Record<string, { n: number; right: number; none: number; wrong: number }> = {};
  for (const { q, lang = 'en' } of items) {
    const c = (counts[lang] ??= { n: 0, right: 0, none: 0, wrong: 0 });
    const got = detectMessageLanguage(q);
    c.n++;
    if (got === lang) c.right++;
    else if (got === null) c.none++;
    else {
      c.wrong++;
      if (process.env.SHOW && set.startsWith('tuning')) console.log(`  ${lang}->${got}: ${q}`);
    }
  }
  console.log(set, JSON.stringify(counts));
}
