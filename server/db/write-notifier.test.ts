import { WriteNotifier, writtenTables, type WrittenTables } from './write-notifier';

describe('writtenTables', () => {
  it('names the table of each write, wherever the write sits in the statement', () => {
    expect(writtenTables('UPDATE invitations SET access_count = access_count + 1 WHERE id = $1')).toEqual(new Set(['invitations']));
    expect(writtenTables('INSERT INTO invitation_events (invitation_id) VALUES ($1)')).toEqual(new Set(['invitation_events']));
    expect(writtenTables('DELETE FROM "jobs" WHERE id = $1')).toEqual(new Set(['jobs']));
    expect(writtenTables('TRUNCATE TABLE outbox, invitations CASCADE')).toBe('all');
    expect(writtenTables('WITH moved AS (UPDATE invitations SET x = 1 RETURNING id) INSERT INTO audit SELECT id FROM moved')).toEqual(
      new Set(['invitations', 'audit']),
    );
  });

  it('reads nothing into a read', () => {
    expect(writtenTables('SELECT * FROM invitations WHERE token_hash = $1')).toBeUndefined();
    expect(writtenTables('SELECT 1 FROM invitations i JOIN jobs j ON j.id = i.job_id FOR UPDATE')).toBeUndefined();
  });
});

describe('WriteNotifier', () => {
  it('reports a transaction’s writes as they happen and once more when it ends', () => {
    const notifier = new WriteNotifier();
    const seen: WrittenTables[] = [];
    notifier.on((tables) => seen.push(tables));
    const tx = notifier.transaction();
    tx.statement('SELECT * FROM invitations');
    tx.statement('UPDATE invitations SET revoked_at = now()');
    tx.statement('INSERT INTO invitation_events (x) VALUES (1)');
    expect(seen).toEqual([new Set(['invitations']), new Set(['invitation_events'])]);
    tx.end();
    expect(seen[2]).toEqual(new Set(['invitations', 'invitation_events']));
  });

  it('reports a script as a change to everything', () => {
    const notifier = new WriteNotifier();
    const seen: WrittenTables[] = [];
    notifier.on((tables) => seen.push(tables));
    notifier.script();
    expect(seen).toEqual(['all']);
  });
});
