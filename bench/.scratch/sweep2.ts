import { dev } from './dev';
const rows: [number, string][] = [];
for (const summary of [0, 0.15, 0.3])
for (const title of [0.8, 1])
for (const keyword of [1, 1.3])
for (const bestRecordShare of [0.4, 0.5, 0.6, 0.7])
for (const pairWeight of [0.25, 0.5, 0.75]) {
  const d = dev({ fieldWeights: { question: 1, keyword, title, summary }, bestRecordShare, pairWeight });
  const line = `${((d.loo1 * 237 + d.tun1 * 176) / 413 * 100).toFixed(1)} loo ${(d.loo1*100).toFixed(1)}/${(d.loo3*100).toFixed(1)} tun ${(d.tun1*100).toFixed(1)}/${(d.tun3*100).toFixed(1)} ${JSON.stringify({ summary, title, keyword, bestRecordShare, pairWeight })}`;
  rows.push([d.loo1 * 237 + d.tun1 * 176, line]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const r of rows) console.log(r[1]);
