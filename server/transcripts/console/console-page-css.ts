import { INBOX_PAGE_CSS } from '../../inbox/inbox-page-css';

// The console shares the inbox's look (colours, header, cards, badges, transcript);
// this adds tables, the trace and the insights, and a print layout: a transcript
// printed for a colleague or a complaint file shows every turn and every trace.
const CONSOLE_ONLY_CSS = `
[hidden] { display: none !important; }
.filters .filter { min-width: 10rem; }
.filters .filter.wide { min-width: 16rem; flex: 1; }
.filters .filter.check { flex-direction: row; align-items: center; gap: .4rem; min-width: auto; align-self: flex-end; padding-bottom: .5rem; }
.filters .filter.check input { width: auto; margin: 0; }
.explain { margin: .35rem 0; padding: .4rem .6rem; border-left: 3px solid var(--accent, #2563eb); background: rgba(37, 99, 235, .06); }
.chart { max-width: 100%; height: auto; }
.chart-legend { display: flex; gap: 1rem; flex-wrap: wrap; font-size: .9rem; }
.chart-legend span::before { content: ""; display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: -1px; background: currentColor; }
.filters .actions { display: flex; gap: .5rem; align-items: flex-end; }
.exports { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: 0 0 1rem; }
.table-wrap { overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: 10px; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; padding: .6rem .75rem; font-weight: 600; }
th, td { text-align: left; vertical-align: top; padding: .5rem .75rem; border-top: 1px solid var(--line); }
thead th { border-top: 0; font-size: .85rem; color: var(--muted); white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge.self_served { color: var(--ok); background: var(--ok-bg); }
.badge.escalated { color: var(--warn); background: var(--warn-bg); }
.badge.abandoned { color: var(--muted); }
.badge.open { color: var(--accent); background: var(--soft); }
.more { margin: 1rem 0; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem; margin: 0 0 1rem; }
.stat { background: var(--bg); border-radius: 8px; padding: .6rem .8rem; }
.stat .value { display: block; font-size: 1.5rem; font-weight: 700; }
.stat .label { color: var(--muted); font-size: .85rem; }
.insight-grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr)); margin-bottom: 1.5rem; }
.insight-grid td, .insight-grid th { overflow-wrap: normal; }
.insight-grid td:first-child { white-space: nowrap; }
.card h3 { margin-top: 1rem; }
.gaps { list-style: none; margin: 0; padding: 0; }
.gap { border-top: 1px solid var(--line); padding: .6rem 0; }
.gap q { font-weight: 600; }
.gap .meta { color: var(--muted); font-size: .88rem; margin: .15rem 0 .4rem; }
.label-form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.turns { list-style: none; margin: 0; padding: 0; }
.turn { border: 1px solid var(--line); border-radius: 10px; padding: .6rem .85rem; margin-bottom: .6rem; background: var(--card); }
.turn.bot { border-left: 4px solid var(--accent); }
.turn.candidate { border-left: 4px solid var(--muted); }
.turn .head { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; }
.turn .role { font-weight: 700; }
.turn .when { color: var(--muted); font-size: .85rem; }
.turn .text { margin: .35rem 0 0; white-space: pre-wrap; }
.trace-box { margin-top: .5rem; background: var(--bg); border-radius: 8px; padding: .4rem .7rem; }
.trace-box summary { cursor: pointer; font-weight: 600; }
.trace-box h2 { font-size: 1rem; margin: .7rem 0 .3rem; }
.trace-box .facts { margin: .4rem 0; font-size: .9rem; }
.checks { list-style: none; margin: .25rem 0 0; padding: 0; font-size: .9rem; }
.checks li { padding: .1rem 0; }
.checks .pass::before { content: "✓ "; color: var(--ok); }
.checks .fail::before { content: "✗ "; color: var(--muted); }
.toolbar { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 1rem; }
pre.json { white-space: pre-wrap; font-size: .85rem; margin: 0; }
@media print {
  .top, .skip-link, .filters, .exports, .more, .toolbar, .label-form, .back, noscript { display: none !important; }
  :root { color-scheme: light; --bg: #fff; --card: #fff; --text: #000; --muted: #333; --line: #999; --accent: #000; }
  body { background: #fff; color: #000; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .card, .turn, .table-wrap { break-inside: avoid; box-shadow: none; }
  .trace-box summary { list-style: none; }
  a { color: #000; text-decoration: none; }
}
`;

export const CONSOLE_PAGE_CSS = INBOX_PAGE_CSS + CONSOLE_ONLY_CSS;
