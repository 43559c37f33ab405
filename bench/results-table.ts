import { cpus, loadavg } from 'node:os';

export interface Row {
  measure: string;
  result: string;
  target?: string;
  /** undefined: no target for this row. */
  met?: boolean;
}

const verdict = (met: boolean | undefined) => (met === undefined ? '' : met ? 'yes' : 'NO');

/** A Markdown table, readable as plain text too. */
export function formatTable(rows: Row[]): string {
  const cells = [['measure', 'result', 'target', 'met'], ...rows.map((r) => [r.measure, r.result, r.target ?? '', verdict(r.met)])];
  const widths = cells[0].map((_, col) => Math.max(...cells.map((row) => row[col].length)));
  const line = (row: string[]) => `| ${row.map((cell, col) => cell.padEnd(widths[col])).join(' | ')} |`;
  return [line(cells[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

/** The conditions of the run: a shared or busy machine makes every figure worse. */
export function describeMachine(startLoad: number[]): string {
  const cpu = cpus();
  const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(' ');
  return [`node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}`, `load average at start ${load(startLoad)}, at end ${load(loadavg())}`].join(
    '; ',
  );
}

export function renderResults(rows: Row[], machine: string, notes: string[]): string {
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString()}; ${machine}.`,
    '',
    formatTable(rows),
    '',
    ...notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
}
