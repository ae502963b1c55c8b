import { Client } from 'pg';
import { toErrorResponse } from './error.filter';

/** A database that refuses is a 503 to retry, never a 500 (issue 32: the standalone under load). */
describe('errors from an unavailable database', () => {
  const refusal = async (connectionString: string): Promise<unknown> => {
    const client = new Client({ connectionString, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      return undefined;
    } catch (error) {
      return error;
    } finally {
      await client.end().catch(() => undefined);
    }
  };

  it('a refused connection answers 503 with Retry-After', async () => {
    const error = await refusal('postgres://postgres@127.0.0.1:1/postgres');
    expect((error as { code?: string }).code).toBe('ECONNREFUSED');
    expect(toErrorResponse(error)).toEqual({
      status: 503,
      headers: { 'retry-after': '1' },
      body: { error: 'unavailable', message: 'the database is unavailable; nothing was changed, retry' },
    });
  });

  it("PostgreSQL's too-many-connections answers 503; a database that does not exist stays a 500", async () => {
    // 3D000 is not a connection failure: it stays a 500; 53300 (too many connections) and 57P03
    // (starting up) are what a loaded or restarting server answers.
    const missing = await refusal(
      `${process.env.DATABASE_URL!.replace(/\/[^/]*$/, '')}/no_such_database_xyz`,
    );
    expect((missing as { code?: string }).code).toBe('3D000');
    expect(toErrorResponse(missing).status).toBe(500);
    const tooMany = Object.assign(new Error('sorry, too many clients already'), { code: '53300' });
    expect(toErrorResponse(tooMany).status).toBe(503);
  });

  it('an ordinary bug stays a 500 that says nothing of its cause', () => {
    expect(toErrorResponse(new TypeError('x is undefined'))).toEqual({
      status: 500,
      body: { error: 'internal' },
    });
  });
});
