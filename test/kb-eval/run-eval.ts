import { DEFAULT_UNDERSTANDING } from '../../server/knowledge/understand-message';
import { confusions, EVAL_SETS, groupOf, loadEvalSet, loadRealKnowledge, runMessage, score, splitBy, TUNING_SETS, type Outcome } from './kb-eval-set';

// `npm run eval:kb`: how the bot reads the labelled messages, per set, audience,
// language and scenario group. Flags: --misses lists the tuning sets' misses (what
// tuning may look at); --calibrate prints the confidence curve on the tuning sets;
// --tuning runs the tuning sets alone (what a change is judged on while it is made).
// Held-out sets are measured, never studied: there is no flag to list their misses.

const args = new Set(process.argv.slice(2));
const pct = (value: number) => `${(value * 100).toFixed(1)}`.padStart(5);

function row(label: string, outcomes: Outcome[]): string {
  const s = score(outcomes);
  return `${label.padEnd(26)} ${String(s.total).padStart(4)}  ${pct(s.answeredRight)}  ${pct(s.confidentlyWrong)}  ${pct(s.unsure)}  ${pct(s.withinOneClarification)}  ${pct(s.top1)}  ${pct(s.top3)}`;
}

const HEADER = `${'set / slice'.padEnd(26)} ${'n'.padStart(4)}  right  wrong unsure  ≤1clr   top1   top3   (%)`;

function printSet(name: string, outcomes: Outcome[]): void {
  console.log(row(name, outcomes));
  for (const [audience, list] of splitBy(outcomes, (o) => o.item.audience)) console.log(row(`  audience ${audience}`, list));
  for (const [lang, list] of splitBy(outcomes, (o) => (o.item.lang === 'en' ? 'en' : 'other'))) console.log(row(`  language ${lang}`, list));
  for (const [lang, list] of splitBy(outcomes, (o) => o.item.lang)) if (lang !== 'en') console.log(row(`    ${lang}`, list));
  for (const [group, list] of splitBy(outcomes, (o) => groupOf(o.item.expected[0]))) console.log(row(`  group ${group}`, list));
}

function printCalibration(outcomes: Outcome[]): void {
  console.log('\ncalibration on the tuning sets (answered if score >= t):');
  for (let t = 0.25; t <= 0.71; t += 0.05) {
    const answered = outcomes.filter((o) => o.score >= t);
    const wrong = answered.filter((o) => !o.item.expected.includes(o.top!)).length;
    const mark = Math.abs(t - DEFAULT_UNDERSTANDING.confidentScore) < 1e-9 ? '  <- confidentScore' : '';
    console.log(`  t=${t.toFixed(2)} answered ${pct(answered.length / outcomes.length)}%  confidently wrong ${pct(wrong / outcomes.length)}%${mark}`);
  }
}

function main(): void {
  const started = performance.now();
  const kb = loadRealKnowledge();
  console.log(`knowledge base and model built in ${(performance.now() - started).toFixed(0)} ms\n`);
  console.log(HEADER);
  const sets = args.has('--tuning') ? TUNING_SETS : EVAL_SETS;
  const results = new Map(sets.map((set) => [set, loadEvalSet(set).map((item) => runMessage(kb, item))]));
  for (const [set, outcomes] of results) printSet(set, outcomes);
  const tuning = TUNING_SETS.flatMap((set) => results.get(set) ?? []);
  console.log('\nmost frequent confusions on the tuning sets (expected -> got):');
  for (const { pair, count } of confusions(tuning).slice(0, 12)) console.log(`  ${count}x ${pair}`);
  if (args.has('--calibrate')) printCalibration(tuning);
  if (args.has('--misses')) {
    console.log('\ntuning misses:');
    for (const o of tuning.filter((o) => !o.confident || !o.item.expected.includes(o.top!))) {
      console.log(`  [${o.item.expected.join('|')} -> ${o.top} ${o.score.toFixed(2)}${o.confident ? '' : ' unsure'}] ${o.item.q}`);
    }
  }
}

main();
