/** Every wait on the database has a limit (the fault suite found a silent database held requests for ever). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_TIMEOUTS, databaseTimeoutsFromEnv } from '../src/database.js';
import { ormConfig } from '../src/orm.js';

describe('database time limits', () => {
  it('has finite defaults and reads DATABASE_*_TIMEOUT_MS', () => {
    expect(databaseTimeoutsFromEnv({})).toEqual(DEFAULT_DATABASE_TIMEOUTS);
    expect(
      databaseTimeoutsFromEnv({
        DATABASE_CONNECT_TIMEOUT_MS: '1000',
        DATABASE_ACQUIRE_TIMEOUT_MS: '2000',
        DATABASE_QUERY_TIMEOUT_MS: ' 3000 ',
      }),
    ).toEqual({ connectMs: 1000, acquireMs: 2000, queryMs: 3000 });
    for (const bad of ['0', '-5', '1.5', 'soon']) {
      expect(() => databaseTimeoutsFromEnv({ DATABASE_QUERY_TIMEOUT_MS: bad })).toThrow(
        /DATABASE_QUERY_TIMEOUT_MS/,
      );
    }
  });

  it('gives them to the pool and the driver', () => {
    const config = ormConfig({
      clientUrl: 'postgresql://u@127.0.0.1:5432/db',
      schema: 's',
      entities: [],
      migrations: [],
      timeouts: { connectMs: 1000, acquireMs: 2000, queryMs: 3000 },
    });
    expect(config.pool).toMatchObject({ acquireTimeoutMillis: 2000, createTimeoutMillis: 1000 });
    expect(config.driverOptions).toMatchObject({
      connection: { connectionTimeoutMillis: 1000, query_timeout: 3000, keepAlive: true },
    });
  });
});
