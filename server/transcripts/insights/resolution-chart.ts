import { escapeHtml } from '../../http/escape-html';

// The resolution figures per week as one small SVG line chart, drawn on the server:
// no chart library in the console bundle, nothing to keep up to date, and the same
// image works in a printout, an email or a wiki page.

export interface WeekPoint {
  week: string;
  conversations: number;
  verifiedResolutionRate: number | null;
  automatedResolutionRate: number | null;
  handoffRate: number | null;
}

export const SERIES = [
  { key: 'verifiedResolutionRate', label: 'Verified resolution', color: '#15803d' },
  { key: 'automatedResolutionRate', label: 'Automated resolution', color: '#2563eb' },
  { key: 'handoffRate', label: 'Hand-off', color: '#b45309' },
] as const;

const W = 640;
const H = 260;
const PAD = { left: 44, right: 16, top: 36, bottom: 40 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

const x = (i: number, n: number) => PAD.left + (n <= 1 ? PLOT_W / 2 : (i * PLOT_W) / (n - 1));
const y = (rate: number) => PAD.top + PLOT_H * (1 - rate);
const round = (v: number) => Math.round(v * 10) / 10;

function grid(): string {
  return [0, 0.25, 0.5, 0.75, 1]
    .map(
      (r) =>
        `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${round(y(r))}" y2="${round(y(r))}" stroke="#e5e7eb"/>` +
        `<text x="${PAD.left - 6}" y="${round(y(r)) + 4}" text-anchor="end">${r * 100}%</text>`,
    )
    .join('');
}

/** One series: line segments between weeks that have a value, a dot on each. */
function series(weeks: WeekPoint[], key: (typeof SERIES)[number]['key'], color: string): string {
  const points = weeks.map((w, i) => (w[key] === null ? null : `${round(x(i, weeks.length))},${round(y(w[key]))}`));
  const runs: string[][] = [[]];
  for (const p of points) {
    if (p) runs[runs.length - 1].push(p);
    else runs.push([]);
  }
  const lines = runs.filter((r) => r.length > 1).map((r) => `<polyline fill="none" stroke="${color}" stroke-width="2" points="${r.join(' ')}"/>`);
  const dots = points.flatMap((p) => (p ? [`<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${color}"/>`] : []));
  return lines.join('') + dots.join('');
}

function legend(): string {
  return SERIES.map(
    (s, i) =>
      `<rect x="${PAD.left + i * 170}" y="10" width="10" height="10" fill="${s.color}"/>` + `<text x="${PAD.left + i * 170 + 14}" y="19">${s.label}</text>`,
  ).join('');
}

export function renderResolutionChart(weeks: WeekPoint[], title = 'Resolution per week'): string {
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 8));
  const xLabels = weeks
    .map((w, i) =>
      i % labelEvery === 0
        ? `<text x="${round(x(i, weeks.length))}" y="${H - PAD.bottom + 16}" text-anchor="middle">${escapeHtml(w.week.slice(5))}</text>`
        : '',
    )
    .join('');
  const body =
    weeks.length === 0
      ? `<text x="${W / 2}" y="${H / 2}" text-anchor="middle">No conversations in this period</text>`
      : SERIES.map((s) => series(weeks, s.key, s.color)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(title)}" font-family="system-ui, sans-serif" font-size="11" fill="#374151">` +
    `<title>${escapeHtml(title)}</title><rect width="${W}" height="${H}" fill="#fff"/>${legend()}${grid()}${xLabels}` +
    `<text x="${W - PAD.right}" y="${H - 6}" text-anchor="end">week starting (Monday, UTC)</text>${body}</svg>`
  );
}
