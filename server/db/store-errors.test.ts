import { isStoreUnavailableError } from './store-errors';

describe('isStoreUnavailableError', () => {
  it.each([
    ['refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['admin shutdown', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['connection exception class', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['terminated', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['every address refused', new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })], '')],
  ])('counts %s', (_name, error) => {
    expect(isStoreUnavailableError(error)).toBe(true);
  });

  it.each([
    ['a syntax error', Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' })],
    ['a unique violation', Object.assign(new Error('duplicate key value'), { code: '23505' })],
    ['a plain bug', new TypeError('x is undefined')],
    ['not an error', 'ECONNREFUSED'],
  ])('does not count %s', (_name, error) => {
    expect(isStoreUnavailableError(error)).toBe(false);
  });
});
