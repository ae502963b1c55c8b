import { devPublicJwks, DEFAULT_AUDIENCE, DEV_ISSUER, signDevToken } from './dev-key';
import { JwtVerifier, Unauthenticated } from './jwt-verifier';

describe('JWT verification with the verified-token cache', () => {
  const verifier = () =>
    new JwtVerifier({
      issuer: DEV_ISSUER,
      audience: DEFAULT_AUDIENCE,
      clockToleranceSeconds: 30,
      algorithms: ['EdDSA', 'ES256', 'RS256'],
      localJwks: devPublicJwks(),
    });

  afterEach(() => jest.useRealTimers());

  it('a token verified once is still refused after it expires', async () => {
    jest.useFakeTimers({ now: Date.now(), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const v = verifier();
    const token = await signDevToken({ sub: 'u-1', roles: ['intake-clerk'], branches: ['HZ'] }, { ttl: 60 });
    expect((await v.verify(token)).userId).toBe('u-1');
    expect((await v.verify(token)).userId).toBe('u-1');
    jest.setSystemTime(Date.now() + 95_000);
    await expect(v.verify(token)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('a tampered copy of a cached token is not taken from the cache', async () => {
    const v = verifier();
    const token = await signDevToken({ sub: 'u-1', roles: ['intake-clerk'], branches: ['HZ'] });
    await v.verify(token);
    const [h, p, sig] = token.split('.');
    const forged = [
      h,
      Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), sub: 'u-evil' }),
      ).toString('base64url'),
      sig,
    ].join('.');
    await expect(v.verify(forged)).rejects.toBeInstanceOf(Unauthenticated);
  });
});
