// What the "campaign morning" soak must show, decided from what it recorded: a pure
// function, so the rules are unit-tested apart from the minute of load that feeds them.

export interface TimedStatus {
  /** ms since the soak started */
  at: number;
  /** HTTP status, or the chat ack's error code ('ok' when accepted) */
  status: number | string;
}

export interface SoakRecord {
  /** When PostgreSQL was cut, when it came back, and when the node answered /healthz 200 again. */
  outage: { cutAt: number; restoredAt: number; recoveredAt: number };
  /** Every gateway request, retries included. */
  opens: TimedStatus[];
  /** Every chat send, resends included. */
  sends: TimedStatus[];
  /** access_count of each opened link, read from the store afterwards. */
  accessCounts: number[];
  /** Messages the script sent (distinct ids), and rows stored per id afterwards. */
  sentIds: string[];
  storedPerId: Map<string, number>;
  /** The server process's id before and after. */
  pids: [number, number];
}

export interface SoakVerdict {
  ok: boolean;
  lines: string[];
}

const isServerError = (status: number | string) => typeof status === 'number' && status >= 500;
const refusedChat = (status: number | string) => status !== 'ok';

/** The checks, each a line that says what was expected and what was seen. */
export function judgeSoak(r: SoakRecord): SoakVerdict {
  const during = (t: TimedStatus) => t.at >= r.outage.cutAt && t.at <= r.outage.recoveredAt;
  const opens5xxOutside = r.opens.filter((o) => isServerError(o.status) && !during(o)).length;
  const sendsRefusedOutside = r.sends.filter((s) => refusedChat(s.status) && !during(s)).length;
  const notOnce = r.accessCounts.filter((n) => n !== 1).length;
  const stored = r.sentIds.map((id) => r.storedPerId.get(id) ?? 0);
  const lost = stored.filter((n) => n === 0).length;
  const duplicated = stored.filter((n) => n > 1).length;
  const checks: [boolean, string][] = [
    [opens5xxOutside === 0, `gateway 5xx outside the outage: ${opens5xxOutside}`],
    [sendsRefusedOutside === 0, `chat sends refused outside the outage: ${sendsRefusedOutside}`],
    [notOnce === 0, `links not counted exactly once: ${notOnce} of ${r.accessCounts.length}`],
    [lost === 0 && duplicated === 0, `chat messages lost: ${lost}, stored twice: ${duplicated}, of ${r.sentIds.length}`],
    [r.pids[0] === r.pids[1], `recovered without a restart (pid ${r.pids[0]} → ${r.pids[1]})`],
  ];
  return { ok: checks.every(([pass]) => pass), lines: checks.map(([pass, line]) => `${pass ? 'ok  ' : 'FAIL'} ${line}`) };
}

/** Percentile of already sorted numbers (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
