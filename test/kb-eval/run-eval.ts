import { createSearchIndex, CONFIDENT_MATCH } from '../../server/knowledge/search-index';
import { confusions, evaluate, loadEvalPart, loadRealArticles, type EvalReport } from './kb-eval-set';

// `npm run eval:kb`: accuracy of the knowledge-base classifier on the labelled
// questions. Flags: --misses lists every tuning miss (what tuning may look at),
// --partial runs while articles are still missing, --heldout-confusions also
// shows which held-out questions go wrong (read it to report, never to tune).

const args = new Set(process.argv.slice(2));
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function printPart(name: string, report: EvalReport): void {
  console.log(`${name.padEnd(8)} n=${String(report.total).padEnd(4)} top-1 ${percent(report.top1)}  top-3 ${percent(report.top3)}`);
}

function printConfusions(name: string, report: EvalReport, limit = 10): void {
  console.log(`\nmost frequent confusions (${name}, expected -> got):`);
  for (const { pair, count } of confusions(report.misses).slice(0, limit)) console.log(`  ${count}x ${pair}`);
}

/** What the confidence threshold means on tuning data: how often we answer, and how often rightly. */
function printCalibration(report: EvalReport): void {
  console.log('\ncalibration on tuning (top score >= t: share answered, accuracy when answered / when not):');
  for (const t of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
    const above = report.outcomes.filter((o) => o.score >= t);
    const below = report.outcomes.filter((o) => o.score < t);
    const accuracy = (list: typeof above) => (list.length ? percent(list.filter((o) => o.correct).length / list.length) : '-');
    const mark = Math.abs(t - CONFIDENT_MATCH) < 1e-9 ? '  <- CONFIDENT_MATCH' : '';
    console.log(`  t=${t.toFixed(2)}  answered ${percent(above.length / report.total)}  right ${accuracy(above)} / ${accuracy(below)}${mark}`);
  }
}

function main(): void {
  const index = createSearchIndex(loadRealArticles(args.has('--partial')));
  const tuning = evaluate(index, loadEvalPart('tuning'));
  const heldout = evaluate(index, loadEvalPart('heldout'));
  const blind = evaluate(index, loadEvalPart('heldout-blind'));
  printPart('tuning', tuning);
  printPart('held-out', heldout);
  printPart('held-out (blind)', blind);
  printConfusions('tuning', tuning);
  if (args.has('--heldout-confusions')) printConfusions('held-out', heldout);
  printCalibration(tuning);
  if (args.has('--misses')) {
    console.log('\ntuning misses:');
    for (const miss of tuning.misses) {
      console.log(`  [${miss.item.expected} -> ${miss.got} ${miss.score.toFixed(2)}${miss.inTop3 ? ' top3' : ''}] ${miss.item.q}`);
    }
  }
}

main();
