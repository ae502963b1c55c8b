import { call, CaseStore, startProbe, TEST_ENV, tokenFor } from './test-app';

/** Hostile and careless input is refused at the edge for every route, with no rule of its own. */
describe('platform over HTTP: input no field may hold', () => {
  let probe: Awaited<ReturnType<typeof startProbe>>;
  let clerk: string;

  beforeAll(async () => {
    probe = await startProbe({ ...TEST_ENV, HTTP_MAX_BODY_DEPTH: '8' });
    clerk = await tokenFor({ sub: 'u-li', roles: ['intake-clerk'], branches: ['HZ'] });
  });
  afterAll(async () => {
    await probe.close();
  });

  const register = (body: unknown) => call(probe.url, 'POST', '/cases', { token: clerk, body });
  const registered = () => probe.app.get(CaseStore).cases.size;

  describe('a body nested deeper than the limit is a 400 naming it, before anything transforms it', () => {
    it('5,000 nested arrays', async () => {
      const res = await register('['.repeat(5_000) + ']'.repeat(5_000));
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('validation_failed');
    });

    it('objects nested past HTTP_MAX_BODY_DEPTH inside a valid field', async () => {
      let deep: unknown = { sku: 'A1', quantity: 1 };
      for (let i = 0; i < 10; i++) deep = { x: deep };
      const res = await register({ branch: 'HZ', title: 't', parts: [deep] });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        { field: 'parts.0.x.x.x.x.x.x', reason: 'body must not nest deeper than 8 levels' },
      ]);
    });

    it('a body within the limit is not affected', async () => {
      const res = await register({ branch: 'HZ', title: 't', parts: [{ sku: 'A1', quantity: 1 }] });
      expect(res.status).toBe(201);
    });
  });

  describe('text PostgreSQL, JSON or a log cannot carry is refused in every field, naming it', () => {
    it.each([
      ['a NUL character', 'a\u0000b', 'title must not contain a NUL character'],
      [
        'an unpaired surrogate',
        'x\udfffy',
        'title must not contain an unpaired surrogate (not valid Unicode)',
      ],
      ['a control character', 'bell\u0007', 'title must not contain the control character U+0007'],
      ['a C1 control character', 'x\u0085', 'title must not contain the control character U+0085'],
    ])('%s in a body field, and nothing is appended', async (_what, title, reason) => {
      const before = registered();
      const res = await register({ branch: 'HZ', title });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ error: 'validation_failed', details: [{ field: 'title', reason }] });
      expect(registered()).toBe(before);
    });

    it('in a nested field, and in an item of a list', async () => {
      const res = await register({ branch: 'HZ', title: 't', parts: [{ sku: 'A\u0000', quantity: 1 }] });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        { field: 'parts.0.sku', reason: 'sku must not contain a NUL character' },
      ]);
    });

    it('tabs, line breaks and any paired (astral) character are text like any other', async () => {
      const title = 'line 1\r\n\tline 2 😀 𠀀';
      const res = await register({ branch: 'HZ', title });
      expect(res.status).toBe(201);
      expect((await call(probe.url, 'GET', `/cases/${res.body.id}`, { token: clerk })).body.title).toBe(
        title,
      );
    });

    it('text is stored normalised (NFC): a decomposed é is the composed one', async () => {
      const res = await register({ branch: 'HZ', title: 'cafe\u0301' });
      expect(res.status).toBe(201);
      const read = await call(probe.url, 'GET', `/cases/${res.body.id}`, { token: clerk });
      expect(read.body.title).toBe('caf\u00e9');
    });

    it('a NUL in a path parameter', async () => {
      const res = await call(probe.url, 'GET', '/cases/c-hz%00', { token: clerk });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'id', reason: 'id must not contain a NUL character' }]);
    });

    it('a NUL in a query parameter', async () => {
      const res = await call(probe.url, 'GET', '/cases?status=open%00', { token: clerk });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        { field: 'status', reason: 'status must not contain a NUL character' },
      ]);
    });

    it('a query parameter longer than HTTP_MAX_PARAMETER_LENGTH', async () => {
      const res = await call(probe.url, 'GET', `/cases?status=${'x'.repeat(257)}`, { token: clerk });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        { field: 'status', reason: 'status must be at most 256 characters' },
      ]);
    });
  });

  describe('numbers beyond 2^53 are refused (they cannot be counted exactly)', () => {
    it.each([[2 ** 53], [1e308]])('%s', async (quantity) => {
      const res = await register({ branch: 'HZ', title: 't', parts: [{ sku: 'A1', quantity }] });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        {
          field: 'parts.0.quantity',
          reason: 'quantity must be a number between -9007199254740991 and 9007199254740991',
        },
      ]);
    });
  });

  describe('a body of the wrong shape is a 400, not a value a handler trips on', () => {
    it.each([['null'], ['[]'], ['"text"'], ['42']])('a body of %s', async (body) => {
      const res = await register(body);
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'body', reason: 'body must be a JSON object' }]);
    });

    it('a required nested object that is missing', async () => {
      const res = await call(probe.url, 'POST', '/shipments', { token: clerk, body: {} });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'to', reason: 'to must be an object' }]);
    });

    it('a list where one nested object is meant', async () => {
      const res = await call(probe.url, 'POST', '/shipments', {
        token: clerk,
        body: { to: { city: 'HZ' }, returnTo: [] },
      });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'returnTo', reason: 'returnTo must be an object' }]);
    });

    it('an optional nested object may be left out', async () => {
      const res = await call(probe.url, 'POST', '/shipments', { token: clerk, body: { to: { city: 'HZ' } } });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ city: 'HZ' });
    });
  });
});
