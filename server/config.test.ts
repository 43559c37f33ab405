import { ConfigError, loadConfig } from './config';

describe('DB_QUERY_TIMEOUT_MS', () => {
  it('defaults to 2.5 s, short enough for a silent partition to show within 3 s', () => {
    expect(loadConfig({}).dbQueryTimeoutMs).toBe(2500);
    expect(loadConfig({ DB_QUERY_TIMEOUT_MS: '10000' }).dbQueryTimeoutMs).toBe(10_000);
  });

  it.each(['100', 'soon', '2.5'])('refuses %j naming the variable', (value) => {
    expect(() => loadConfig({ DB_QUERY_TIMEOUT_MS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ DB_QUERY_TIMEOUT_MS: value })).toThrow(/DB_QUERY_TIMEOUT_MS/);
  });
});
