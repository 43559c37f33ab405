// Calm and legible on a 320px phone: system fonts, one fluid column, contrast
// above WCAG AA in both colour schemes (text ≥ 7:1, muted ≥ 4.5:1), visible focus.
export const GATEWAY_PAGE_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f4f5f7; --card: #ffffff; --text: #1f2933; --muted: #4b5563;
  --line: #d5dae1; --accent: #1d4ed8;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #111418; --card: #1b2027; --text: #eef1f4; --muted: #c3cad3;
    --line: #343c47; --accent: #9cc3ff;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  overflow-wrap: anywhere;
}
.skip-link {
  position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 0.75rem;
  background: var(--card); color: var(--accent); border-radius: 6px; z-index: 1;
}
.skip-link:focus { top: 0.5rem; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
main:focus { outline: none; }
.masthead, main { width: 100%; max-width: 42rem; margin: 0 auto; padding: 0 1rem; }
.masthead { padding-top: 1.25rem; padding-bottom: 0.5rem; }
.brand { margin: 0; font-weight: 600; color: var(--muted); letter-spacing: 0.02em; }
.card {
  background: var(--card); border: 1px solid var(--line); border-radius: 12px;
  padding: clamp(1rem, 5vw, 2rem); margin-bottom: 2rem;
}
.eyebrow { margin: 0 0 0.25rem; color: var(--muted); font-size: 0.9375rem; }
h1 { margin: 0 0 0.75rem; font-size: clamp(1.375rem, 5vw, 1.75rem); line-height: 1.25; }
h2 { margin: 1.75rem 0 0.5rem; font-size: 1.0625rem; }
.summary { margin: 0; font-size: 1.0625rem; }
.facts { margin: 0; display: grid; gap: 0.25rem 1rem; grid-template-columns: minmax(0, 1fr); }
.fact { display: grid; grid-template-columns: minmax(6rem, max-content) minmax(0, 1fr); gap: 1rem; }
.fact dt { color: var(--muted); }
.fact dd { margin: 0; font-weight: 500; }
ul, ol { margin: 0; padding-left: 1.375rem; }
li + li { margin-top: 0.375rem; }
.steps { padding-left: 1.5rem; }
.steps li { padding-left: 0.25rem; }
.steps li::marker { color: var(--accent); font-weight: 700; }
.related { color: var(--muted); }
.note { margin: 1.75rem 0 0; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9375rem; }
/* "Not translated yet, shown in English": above the answer it is about. */
.card > .note:first-child { margin: 0 0 1rem; padding: 0 0 0.75rem; border-top: 0; border-bottom: 1px solid var(--line); }
/* The way back in, once the link works again (drawn by the page's live update). */
.button {
  display: inline-block; margin-top: 1rem; padding: 0.625rem 1.125rem; border-radius: 8px;
  background: var(--accent); color: var(--card); font-weight: 600; text-decoration: none;
}
/* The chat panel (380px, 20px from the edge) opens beside the answer, never over it. */
@media (min-width: 64rem) { body { padding-right: 420px; } }
@media (max-width: 22rem) { .fact { grid-template-columns: minmax(0, 1fr); gap: 0; } }
`;
