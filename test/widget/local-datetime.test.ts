import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseLocalInput } from '../../widget/local-datetime';

// The browser's zone is the process's; jest's sandbox cannot change it, so each zone
// runs in its own Node process (TZ set) that prints what the module answered.
const MODULE = path.resolve(__dirname, '../../widget/local-datetime.ts');

function inZone(zone: string, inputs: string[]): { iso: string | null; back: string | null; utc: string | null }[] {
  const script = `
    const m = require(${JSON.stringify(MODULE)});
    const out = ${JSON.stringify(inputs)}.map((v) => {
      const d = m.parseLocalInput(v);
      return { iso: d && m.isoWithOffset(d), back: d && m.toLocalInputValue(d), utc: d && d.toISOString() };
    });
    process.stdout.write(JSON.stringify(out));`;
  const stdout = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { env: { ...process.env, TZ: zone } });
  return JSON.parse(stdout.toString());
}

describe('local date-times', () => {
  it('reads the datetime-local value in the browser zone and writes the offset in force then', () => {
    const [summer, winter] = inZone('Europe/Paris', ['2030-07-14T09:30', '2030-01-14T09:30']);
    expect(summer).toEqual({ iso: '2030-07-14T09:30:00+02:00', back: '2030-07-14T09:30', utc: '2030-07-14T07:30:00.000Z' });
    expect(winter).toEqual({ iso: '2030-01-14T09:30:00+01:00', back: '2030-01-14T09:30', utc: '2030-01-14T08:30:00.000Z' });
  });

  it('handles half-hour zones west and east of UTC, and UTC itself', () => {
    expect(inZone('America/St_Johns', ['2030-01-14T23:05:07'])[0]).toMatchObject({ iso: '2030-01-14T23:05:07-03:30', utc: '2030-01-15T02:35:07.000Z' });
    expect(inZone('Asia/Kolkata', ['2030-03-01T00:15'])[0]).toMatchObject({ iso: '2030-03-01T00:15:00+05:30', utc: '2030-02-28T18:45:00.000Z' });
    expect(inZone('UTC', ['2030-03-01T00:15'])[0].iso).toBe('2030-03-01T00:15:00+00:00');
  });

  it('refuses empty, malformed and impossible dates', () => {
    expect(parseLocalInput('')).toBeNull();
    expect(parseLocalInput('2030-02-31T10:00')).toBeNull();
    expect(parseLocalInput('yesterday')).toBeNull();
    expect(parseLocalInput('2030-02-28T10:00')).not.toBeNull();
  });
});
