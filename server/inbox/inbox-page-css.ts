// Calm and dense enough for daily work: system fonts, one column on phones, the fixes
// beside the facts on wide screens, contrast above WCAG AA in both colour schemes.
export const INBOX_PAGE_CSS = `
:root { color-scheme: light dark; --bg: #f4f5f7; --card: #fff; --text: #1f2933; --muted: #4b5563; --line: #d5dae1;
  --accent: #1d4ed8; --accent-text: #fff; --soft: #eef2ff; --ok: #065f46; --ok-bg: #ecfdf5; --warn: #7c2d12; --warn-bg: #fff7ed;
  --error: #b91c1c; --error-bg: #fef2f2; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #111418; --card: #1b2027; --text: #eef1f4; --muted: #c3cad3; --line: #343c47; --accent: #9cc3ff;
    --accent-text: #0b1220; --soft: #1e2a44; --ok: #86efac; --ok-bg: #11261c; --warn: #fdba74; --warn-bg: #2b1d12;
    --error: #fca5a5; --error-bg: #2b1414; }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); overflow-wrap: anywhere;
  font: 0.95rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
main:focus, h1:focus { outline: none; }
.skip-link { position: absolute; left: .5rem; top: -3rem; padding: .5rem .75rem; background: var(--card); z-index: 1; }
.skip-link:focus { top: .5rem; }
.top { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between;
  padding: .75rem 1rem; background: var(--card); border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; text-decoration: none; color: var(--text); }
.who { display: flex; gap: .75rem; align-items: center; color: var(--muted); font-size: .9rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: .5rem 0 .25rem; line-height: 1.25; }
h2 { font-size: 1.1rem; margin: 0 0 .75rem; }
h3 { font-size: 1rem; margin: 0 0 .25rem; }
.lead, .muted, .status { color: var(--muted); }
.lead { margin-top: 0; max-width: 48rem; }
.back { margin: 0 0 .25rem; }
button, select, input, textarea { font: inherit; color: inherit; }
select, input, textarea { background: var(--card); border: 1px solid #8392a5; border-radius: 6px; padding: .45rem .6rem; }
textarea { width: 100%; min-height: 6rem; resize: vertical; }
label { font-weight: 600; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; margin: 1rem 0; }
.filter { display: flex; flex-direction: column; gap: .25rem; min-width: 12rem; }
.tickets { list-style: none; margin: 0; padding: 0; display: grid; gap: .6rem; }
.ticket-card { display: grid; grid-template-columns: 1fr auto; gap: .25rem 1rem; background: var(--card);
  border: 1px solid var(--line); border-radius: 10px; padding: .85rem 1rem; }
.ticket-card a { font-weight: 700; font-size: 1.02rem; }
.ticket-card p { margin: 0; }
.ticket-card .meta { grid-column: 1 / -1; color: var(--muted); font-size: .88rem; }
.badge { display: inline-block; padding: .1rem .55rem; border-radius: 999px; font-size: .8rem; font-weight: 700;
  border: 1px solid currentColor; white-space: nowrap; align-self: start; }
.badge.open { color: var(--warn); background: var(--warn-bg); }
.badge.in_progress { color: var(--accent); background: var(--soft); }
.badge.resolved { color: var(--ok); background: var(--ok-bg); }
.layout { display: grid; gap: 1rem; grid-template-columns: minmax(0, 1fr); margin-top: 1rem; }
@media (min-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr) 22rem; align-items: start; }
  .side { position: sticky; top: 1rem; } }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem; margin-bottom: 1rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
@media (max-width: 30rem) { .facts { grid-template-columns: 1fr; } .facts dd { margin-bottom: .35rem; } }
.time-utc { display: block; color: var(--muted); font-size: .85rem; }
.timeline, .transcript, .trace, .history { list-style: none; margin: 0; padding: 0; }
.timeline li, .history li { display: grid; grid-template-columns: 11rem 1fr; gap: .2rem 1rem; padding: .45rem 0;
  border-top: 1px solid var(--line); }
@media (max-width: 30rem) { .timeline li, .history li { grid-template-columns: 1fr; } }
.event-type { font-weight: 600; }
details { margin-top: .75rem; } summary { cursor: pointer; color: var(--accent); }
.trace li { padding: .2rem 0; font-size: .9rem; }
.trace .pass { color: var(--ok); } .trace .fail { color: var(--muted); }
.transcript li { padding: .5rem .75rem; border-radius: 8px; margin-bottom: .4rem; background: var(--bg); }
.transcript .role { font-weight: 700; font-size: .85rem; }
.transcript .when { color: var(--muted); font-size: .8rem; margin-left: .5rem; }
.transcript p { margin: .2rem 0 0; white-space: pre-wrap; }
.description { white-space: pre-wrap; margin: 0 0 .75rem; }
.shots { display: flex; flex-wrap: wrap; gap: .6rem; list-style: none; margin: 0; padding: 0; }
.shots img { display: block; width: 9rem; height: 6.5rem; object-fit: cover; border-radius: 6px; border: 1px solid var(--line); }
.fix { border: 1px solid var(--line); border-radius: 8px; padding: .75rem; margin-bottom: .6rem; }
.fix.recommended { border-color: var(--accent); background: var(--soft); }
.fix p { margin: .35rem 0 0; font-size: .88rem; color: var(--muted); }
.fix .tag { font-size: .75rem; font-weight: 700; color: var(--accent); text-transform: uppercase; letter-spacing: .04em; }
.fix .tag.done { color: var(--ok); } .fix .tag.withdrawn { color: var(--muted); }
/* Set apart by a muted card, not by opacity, which took the small text below 4.5:1 (axe). */
.fix.withdrawn, .fix.done { background: var(--bg); border-style: dashed; }
.fix .confirm { margin-top: .6rem; padding-top: .6rem; border-top: 1px solid var(--line); }
.fix .confirm fieldset { border: 0; padding: 0; margin: 0; display: grid; gap: .3rem; }
.fix .confirm .row { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
.fix .confirm .error:empty { display: none; }
.fix .confirm .error { color: var(--error); }
.unread-dot { display: inline-block; width: .6rem; height: .6rem; border-radius: 50%; background: var(--accent); margin-right: .4rem; }
.ticket-card.unread a { font-weight: 700; }
.filter.wide { flex: 1; min-width: 16rem; }
.bulk { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; padding: .6rem .75rem; margin-bottom: .75rem; background: var(--soft); border: 1px solid var(--accent); border-radius: 8px; }
.bulk .confirm { flex-basis: 100%; display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
.bulk .confirm p { margin: 0; flex-basis: 100%; }
.bulk[hidden] { display: none; }
.ticket-card .pick { width: 1.1rem; height: 1.1rem; vertical-align: -2px; }
.list-tools { display: flex; gap: .75rem; flex-wrap: wrap; align-items: flex-end; margin: .5rem 0 1rem; }
.btn { display: inline-block; border: 1px solid var(--accent); background: var(--card); color: var(--accent);
  border-radius: 6px; padding: .45rem .9rem; font-weight: 600; cursor: pointer; }
.btn.primary { background: var(--accent); color: var(--accent-text); }
.btn:disabled { opacity: .55; cursor: progress; }
.link-button { border: 0; background: none; color: var(--accent); text-decoration: underline; cursor: pointer; padding: 0; }
.stack { display: flex; flex-direction: column; gap: .5rem; margin-top: 1rem; }
.notice { padding: .6rem .8rem; border-radius: 8px; margin: 0 0 1rem; }
.notice.ok { color: var(--ok); background: var(--ok-bg); }
.notice.error { color: var(--error); background: var(--error-bg); }
.empty { padding: 1.5rem; text-align: center; background: var(--card); border: 1px dashed var(--line); border-radius: 10px; }
@media (forced-colors: active) { .badge, .btn, .fix { border: 1px solid CanvasText; } }
`;
