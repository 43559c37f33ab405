import { renderResolutionChart } from './resolution-chart';

const week = (w: string, v: number | null, a: number | null, h: number | null) => ({
  week: w,
  conversations: 3,
  verifiedResolutionRate: v,
  automatedResolutionRate: a,
  handoffRate: h,
});

describe('renderResolutionChart', () => {
  it('draws one line per figure, a dot per week with a value, and the week labels', () => {
    const svg = renderResolutionChart([week('2026-11-02', 0.5, 0.25, 0.5), week('2026-11-09', 1, null, 0)]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg.match(/<circle/g)).toHaveLength(5);
    expect(svg).toContain('>11-02<');
    expect(svg).toContain('Verified resolution');
    // 100 % sits at the top of the plot, 0 % at the bottom.
    expect(svg).toContain('points="44,128 624,36"');
  });

  it('says so when there is nothing to draw', () => {
    expect(renderResolutionChart([])).toContain('No conversations in this period');
  });
});
